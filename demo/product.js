// The host page picks the product, and the variant shown, from its URL, as a CMS template would:
// `product.html?id=p-0265&variant=v-0004`. A link shared or a page reloaded opens the same choice.
const product = document.querySelector('vt-product');

/** Shows what the URL names: on load, and on back / forward within the page. */
function showFromUrl() {
  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  const variant = params.get('variant');
  if (id) product.setAttribute('product-id', id);
  if (variant) product.setAttribute('variant', variant);
  else product.removeAttribute('variant');
}

if (product) {
  showFromUrl();
  window.addEventListener('popstate', showFromUrl);
  // Each pick replaces the URL: Back leaves the product instead of stepping through the sizes.
  product.addEventListener('vt-variant-change', (event) => {
    const url = new URL(location.href);
    url.searchParams.set('variant', event.variant.id);
    history.replaceState(history.state, '', url);
  });
}
