// The host page picks the product from its URL, as a CMS template would.
const id = new URLSearchParams(location.search).get('id');
const product = document.querySelector('vt-product');
if (id && product) product.setAttribute('product-id', id);
