// The host site's language switch: it changes the page language and tells the shop.
for (const link of document.querySelectorAll('[data-lang]')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const lang = link.dataset.lang;
    document.documentElement.lang = lang;
    for (const shop of document.querySelectorAll('vt-storefront'))
      shop.setAttribute('locale', lang);
    for (const other of document.querySelectorAll('[data-lang]')) {
      other.setAttribute('aria-current', String(other === link));
    }
    for (const text of document.querySelectorAll('[data-fr]')) {
      text.textContent = lang === 'fr' ? text.dataset.fr : text.dataset.en;
    }
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
  });
}
const wanted = new URLSearchParams(location.search).get('lang');
if (wanted) document.querySelector(`[data-lang="${wanted}"]`)?.click();
