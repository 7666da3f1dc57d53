import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter, samplePersonas } from '@vitrine/adapter-memory';
import { VitrineError, type CommerceAdapter } from '@vitrine/core';
import { useLocale } from '../shared/localize.js';
import { eventually, mountInStorefront, sampleProducts, textOf } from '../shared/test-fixtures.js';
import './vt-account.js';

const withPersonas = (overrides: Partial<CommerceAdapter> = {}): CommerceAdapter => ({
  ...createMemoryAdapter({ products: sampleProducts, personas: samplePersonas }),
  ...overrides,
});

async function mountAccount(adapter: CommerceAdapter = withPersonas(), locale = 'en') {
  const { root, storefront } = await mountInStorefront(html`<vt-account></vt-account>`, {
    adapter,
    settings: { locale: locale as 'en' },
  });
  const el = root.querySelector('vt-account')!;
  const part = <T extends Element = HTMLElement>(name: string) =>
    el.shadowRoot!.querySelector<T & HTMLElement>(`[part=${name}]`);
  const trigger = () => part<HTMLButtonElement>('trigger')!;
  const personaButton = (name: string) =>
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=persona]')].find((b) =>
      b.textContent!.includes(name),
    )!;
  return { el, storefront, part, trigger, personaButton };
}

/** What the live region last said. */
const announced = (el: Element) => textOf(el.shadowRoot!.querySelector('[role=status]'));

describe('<vt-account>', () => {
  beforeEach(() => useLocale('en'));

  it('signs in as a demo persona chosen from the list the backend gives', async () => {
    const { el, storefront, part, trigger, personaButton } = await mountAccount();
    await eventually(() => expect(trigger()).to.exist);
    expect(textOf(trigger())).to.equal('Sign in');
    expect(trigger().getAttribute('aria-expanded')).to.equal('false');
    expect(part('panel')!.hidden).to.equal(true);

    trigger().click();
    await eventually(() => expect(personaButton('Léa Fontaine')).to.exist);
    expect(trigger().getAttribute('aria-expanded')).to.equal('true');
    const names = [...el.shadowRoot!.querySelectorAll('[part=persona] .name')].map(textOf);
    expect(names).to.deep.equal(['Léa Fontaine', 'Paul Girard', 'Camille Dubois']);
    expect(textOf(personaButton('Paul Girard'))).to.contain('Viewer at Atelier Martin SARL');
    await expect(el).to.be.accessible();

    personaButton('Léa Fontaine').click();
    await eventually(() => expect(textOf(trigger())).to.contain('Léa Fontaine'));
    expect(textOf(trigger())).to.contain('Buyer — Atelier Martin SARL');
    await eventually(() => expect(announced(el)).to.equal('Signed in: Léa Fontaine'));
    expect(part('panel')!.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(trigger(), 'focus back on the button');
    expect(storefront.$customer.get().customer?.activeMembershipId).to.equal('m-lea-buyer');
  });

  it('switches role with a native select, and signs out', async () => {
    const { el, storefront, part, trigger } = await mountAccount();
    await storefront.signIn({ kind: 'persona', persona: 'lea' });
    await eventually(() => expect(textOf(trigger())).to.contain('Léa Fontaine'));
    trigger().click();
    await eventually(() => expect(part('role-switcher')).to.exist);
    const select = part<HTMLSelectElement>('role-switcher')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Buyer — Atelier Martin SARL',
      'Consumer',
    ]);
    expect(select.value).to.equal('m-lea-buyer');
    expect(textOf(el.shadowRoot!.querySelector('label.field'))).to.contain('Acting as');
    await expect(el).to.be.accessible();

    select.value = 'm-lea-consumer';
    select.dispatchEvent(new Event('change'));
    await eventually(() => expect(announced(el)).to.equal('Now acting as Consumer'));
    expect(textOf(trigger())).to.contain('Consumer');
    expect(storefront.$customer.get().customer?.role).to.equal('consumer');

    part<HTMLButtonElement>('sign-out')!.click();
    await eventually(() => expect(textOf(trigger())).to.equal('Sign in'));
    await eventually(() => expect(announced(el)).to.equal('Signed out'));
    expect(storefront.$customer.get().customer).to.equal(undefined);
  });

  it('shows one role without a switcher when the customer holds one', async () => {
    const { el, storefront, part, trigger } = await mountAccount();
    await storefront.signIn({ kind: 'persona', persona: 'paul' });
    await eventually(() => expect(textOf(trigger())).to.contain('Viewer — Atelier Martin SARL'));
    trigger().click();
    await eventually(() => expect(part('sign-out')).to.exist);
    expect(part('role-switcher')).to.equal(null);
    expect(textOf(part('panel'))).to.contain('Viewer — Atelier Martin SARL');
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
  });

  it('closes with Escape and gives the focus back', async () => {
    const { el, part, trigger } = await mountAccount();
    await eventually(() => expect(trigger()).to.exist);
    trigger().focus();
    trigger().click();
    await eventually(() => expect(part('panel')!.hidden).to.equal(false));
    part('panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await eventually(() => expect(part('panel')!.hidden).to.equal(true));
    expect(trigger().getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(trigger());
  });

  it('says what went wrong and keeps the list when sign-in fails', async () => {
    const { el, storefront, trigger, personaButton } = await mountAccount(
      withPersonas({ signIn: () => Promise.reject(new VitrineError('network', 'offline')) }),
    );
    await eventually(() => expect(trigger()).to.exist);
    trigger().click();
    await eventually(() => expect(personaButton('Léa Fontaine')).to.exist);
    personaButton('Léa Fontaine').click();
    await eventually(() =>
      expect(textOf(el.shadowRoot!.querySelector('[role=alert]'))).to.contain(
        'The shop cannot be reached. Check your connection and try again.',
      ),
    );
    expect(personaButton('Léa Fontaine')).to.exist;
    expect(storefront.$customer.get().customer).to.equal(undefined);
  });

  it('offers a retry when the personas cannot be listed', async () => {
    let failing = true;
    const real = withPersonas();
    const { el, trigger, personaButton } = await mountAccount({
      ...real,
      listPersonas: (options) =>
        failing
          ? Promise.reject(new VitrineError('server', 'HTTP 503', { status: 503 }))
          : real.listPersonas!(options),
    });
    await eventually(() => expect(trigger()).to.exist);
    trigger().click();
    await eventually(() =>
      expect(textOf(el.shadowRoot!.querySelector('[role=alert]'))).to.contain(
        'The shop had a problem',
      ),
    );
    failing = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await eventually(() => expect(personaButton('Camille Dubois')).to.exist);
  });

  it('shows nothing to a guest when the backend has no persona sign-in', async () => {
    const { el } = await mountAccount(createMemoryAdapter({ products: sampleProducts }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('speaks French on a French page', async () => {
    const { storefront, trigger } = await mountAccount(withPersonas(), 'fr');
    await eventually(() => expect(textOf(trigger())).to.equal('Se connecter'));
    await storefront.signIn({ kind: 'persona', persona: 'lea' });
    await eventually(() => expect(textOf(trigger())).to.contain('Acheteur — Atelier Martin SARL'));
  });
});
