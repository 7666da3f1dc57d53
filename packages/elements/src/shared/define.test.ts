import { expect, html } from '@open-wc/testing';
import { pageLocale } from './localize.js';

// A French page. Elements are imported only after this line runs (each test file has its own
// page), as a script tag placed after <html lang="fr"> would.
document.documentElement.lang = 'fr';

describe('registering elements on a page in another language', () => {
  it('registers a text element once the page’s catalogue has loaded, so it renders French first, and <vt-storefront> without waiting for it', async () => {
    const localeWhenDefined = customElements.whenDefined('vt-tax-toggle').then(() => pageLocale());
    const { mountInStorefront, textOf } = await import('./test-fixtures.js');
    await import('../tax-toggle/vt-tax-toggle.js');
    // The storefront shows no text and starts talking to the backend: it does not wait for
    // French, only for the next task.
    await customElements.whenDefined('vt-storefront');
    expect(customElements.get('vt-tax-toggle'), 'French is still loading').to.equal(undefined);
    expect(await localeWhenDefined).to.equal('fr');

    const { root } = await mountInStorefront(html`<vt-tax-toggle></vt-tax-toggle>`, {
      settings: { locale: 'fr' },
    });
    expect(textOf(root.querySelector('vt-tax-toggle')!)).to.contain('TTC');
  });
});
