import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  VitrineError,
  type CommerceAdapter,
  type Customer,
  type SignInCredentials,
  type SignInKind,
} from '@vitrine/core';
import { useLocale } from '../shared/localize.js';
import { eventually, mountInStorefront, textOf } from '../shared/test-fixtures.js';
import './vt-account.js';

/** The customer Medusa recorded (customer_create.json), as the Medusa adapter reads him. */
const BOB: Customer = {
  id: 'cus_01M81QCG4YYEPZSGV8ZE7H13YT',
  name: 'Bob Buyer',
  email: 'buyer+1795354410@acme.example',
  company: { id: 'ACME GmbH', name: 'ACME GmbH' },
};
const PASSWORD = 'right password';

/**
 * A shop that signs in by e-mail and password, like Medusa through its adapter: wrong
 * credentials reject as the adapter turns Medusa's 401 `{ message: "Invalid email or password" }`
 * (see adapter-medusa's customer tests). With 'persona' it also has one demo persona. Answers
 * can be held back to see the form while it waits.
 */
function passwordShop(kinds: readonly SignInKind[] = ['password']) {
  const requests: SignInCredentials[] = [];
  let gate: Promise<void> = Promise.resolve();
  let offline = false;
  const notHere = () => Promise.reject(new VitrineError('not-found', 'Not in this shop'));
  const adapter: CommerceAdapter = {
    id: 'password-shop',
    capabilities: {
      search: false,
      categories: false,
      sorts: ['relevance'],
      facets: false,
      suggestions: false,
      variants: false,
      tiers: false,
      signIn: kinds,
    },
    listProducts: notHere,
    getProduct: notHere,
    listCategories: notHere,
    createCart: notHere,
    getCart: notHere,
    addCartLine: notHere,
    updateCartLine: notHere,
    removeCartLine: notHere,
    async signIn(credentials) {
      requests.push(credentials);
      await gate;
      if (offline) throw new VitrineError('network', 'The shop could not be reached.');
      if (credentials.kind === 'persona') {
        return { id: 'camille', name: 'Camille Dubois', email: 'camille@example.test' };
      }
      if (credentials.email !== BOB.email || credentials.password !== PASSWORD) {
        throw new VitrineError('validation', 'Invalid email or password', { status: 401 });
      }
      return BOB;
    },
    async signOut() {},
    ...(kinds.includes('persona') && {
      listPersonas: async () => [
        {
          key: 'camille',
          name: 'Camille Dubois',
          description: 'Shops for herself',
          roles: ['consumer' as const],
        },
      ],
    }),
  };
  return {
    adapter,
    requests,
    /** Holds the next answers back until the returned function is called. */
    hold(): () => void {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return release;
    },
    goOffline() {
      offline = true;
    },
  };
}

async function mountAccount(shop = passwordShop(), locale: 'en' | 'fr' = 'en') {
  const { root, storefront } = await mountInStorefront(html`<vt-account></vt-account>`, {
    adapter: shop.adapter,
    settings: { locale },
  });
  const el = root.querySelector('vt-account')!;
  const shadow = el.shadowRoot!;
  const part = <T extends HTMLElement = HTMLElement>(name: string) =>
    shadow.querySelector<T>(`[part=${name}]`);
  const trigger = () => part<HTMLButtonElement>('trigger')!;
  const submit = () => part<HTMLButtonElement>('sign-in-submit')!;
  /** A field found as a person finds it: by its label. */
  const field = (label: string) =>
    [...shadow.querySelectorAll('label')]
      .find((candidate) => textOf(candidate).startsWith(label))
      ?.querySelector('input') ?? null;
  const alertText = () => textOf(shadow.querySelector('[role=alert]'));
  /** Opens the panel: the e-mail field has the focus. */
  const open = async (emailLabel = 'E-mail address') => {
    await eventually(() => expect(trigger()).to.exist);
    trigger().click();
    await eventually(() => {
      expect(field(emailLabel)).to.exist;
      expect(shadow.activeElement).to.equal(field(emailLabel));
    });
  };
  return { el, shadow, storefront, part, trigger, submit, field, alertText, open };
}

/** Types into the focused e-mail field, then the password, and presses Enter. */
async function typeAndEnter(email: string, password: string): Promise<void> {
  await sendKeys({ type: email });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: password });
  await sendKeys({ press: 'Enter' });
}

/** What the live region last said. */
const announced = (el: Element) => textOf(el.shadowRoot!.querySelector('[role=status]'));

describe('<vt-account> with e-mail and password', () => {
  beforeEach(() => useLocale('en'));

  it('offers a labelled form the browser can fill, and no demo personas', async () => {
    const { el, shadow, field, open, submit } = await mountAccount();
    await open();
    const email = field('E-mail address')!;
    const password = field('Password')!;
    expect(email.type).to.equal('email');
    expect(email.autocomplete).to.equal('username');
    expect(email.required).to.equal(true);
    expect(password.type).to.equal('password');
    expect(password.autocomplete).to.equal('current-password');
    expect(password.required).to.equal(true);
    expect(submit().type).to.equal('submit');
    expect(textOf(submit())).to.equal('Sign in');
    expect(shadow.querySelector('[part=persona]')).to.equal(null);
    expect(textOf(shadow.querySelector('[part=panel]'))).not.to.contain('demo');
    await expect(el).to.be.accessible();
  });

  it('signs in with Enter, busy meanwhile, then shows who is signed in and signs out', async () => {
    const shop = passwordShop();
    const { el, shadow, storefront, part, trigger, submit, open } = await mountAccount(shop);
    await open();
    const release = shop.hold();
    await typeAndEnter(BOB.email, PASSWORD);

    await eventually(() => expect(submit().disabled).to.equal(true));
    expect(textOf(submit())).to.equal('Signing in…');
    expect(part('sign-in-form')!.getAttribute('aria-busy')).to.equal('true');
    await eventually(() =>
      expect(shop.requests).to.deep.equal([
        { kind: 'password', email: BOB.email, password: PASSWORD },
      ]),
    );

    release();
    // Medusa names his company but knows no roles: the company, not "Consumer — ACME GmbH".
    await eventually(() => expect(textOf(trigger())).to.equal('Bob Buyer ACME GmbH'));
    await eventually(() => expect(announced(el)).to.equal('Signed in: Bob Buyer'));
    expect(part('panel')!.hidden).to.equal(true);
    expect(shadow.activeElement).to.equal(trigger(), 'focus back on the button');

    trigger().click();
    await eventually(() => expect(part('sign-out')).to.exist);
    expect(textOf(shadow.querySelector('.who'))).to.equal('Bob Buyer ACME GmbH');
    expect(textOf(part('panel'))).not.to.contain('Consumer');
    expect(part('sign-in-form')).to.equal(null);
    await expect(el).to.be.accessible();

    part<HTMLButtonElement>('sign-out')!.click();
    await eventually(() => expect(textOf(trigger())).to.equal('Sign in'));
    await eventually(() => expect(announced(el)).to.equal('Signed out'));
    expect(storefront.$customer.get().customer).to.equal(undefined);
  });

  it('says a wrong password was refused, keeps the e-mail, clears and focuses the password', async () => {
    const shop = passwordShop();
    const { el, shadow, storefront, trigger, field, alertText, open } = await mountAccount(shop);
    await open();
    await typeAndEnter(BOB.email, 'wrong password');

    await eventually(() =>
      expect(alertText()).to.contain(
        'Sign-in refused: check your e-mail address and password, then try again.',
      ),
    );
    expect(alertText()).to.contain('The shop said: Invalid email or password');
    const password = field('Password')!;
    expect(field('E-mail address')!.value).to.equal(BOB.email);
    expect(password.value).to.equal('');
    expect(shadow.activeElement).to.equal(password);
    expect(password.getAttribute('aria-describedby')).to.equal(
      shadow.querySelector('[role=alert]')!.id,
    );
    expect(storefront.$customer.get().customer).to.equal(undefined);
    await expect(el).to.be.accessible();

    // The focus is where the right password goes.
    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Enter' });
    await eventually(() => expect(textOf(trigger())).to.contain('Bob Buyer'));
    expect(shop.requests.map((r) => r.kind === 'password' && r.password)).to.deep.equal([
      'wrong password',
      PASSWORD,
    ]);
  });

  it('sends one request however often the form is submitted while it waits', async () => {
    const shop = passwordShop();
    const { storefront, part, trigger, submit, field, open } = await mountAccount(shop);
    await open();
    field('E-mail address')!.value = BOB.email;
    field('Password')!.value = PASSWORD;
    const release = shop.hold();

    submit().click();
    submit().click(); // before the button is re-rendered as disabled
    await eventually(() => expect(submit().disabled).to.equal(true));
    submit().click();
    part<HTMLFormElement>('sign-in-form')!.requestSubmit();
    await eventually(() => expect(shop.requests).to.have.length(1));

    release();
    await eventually(() => expect(textOf(trigger())).to.contain('Bob Buyer'));
    // The storefront runs sign-ins one after another: a second one would come now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shop.requests).to.have.length(1);
    expect(storefront.$customer.get().pending).to.equal(false);
  });

  it('says what to do when the shop cannot be reached, and keeps what was typed', async () => {
    const shop = passwordShop();
    const { shadow, storefront, submit, field, alertText, open } = await mountAccount(shop);
    shop.goOffline();
    await open();
    await typeAndEnter(BOB.email, PASSWORD);

    await eventually(() =>
      expect(alertText()).to.equal(
        'The shop cannot be reached. Check your connection and try again.',
      ),
    );
    expect(field('E-mail address')!.value).to.equal(BOB.email);
    expect(field('Password')!.value).to.equal(PASSWORD);
    expect(shadow.activeElement).to.equal(field('Password'));
    expect(submit().disabled).to.equal(false);
    expect(textOf(submit())).to.equal('Sign in');
    expect(storefront.$customer.get().customer).to.equal(undefined);
  });

  it('offers the form and the demo personas when the shop takes both', async () => {
    const shop = passwordShop(['password', 'persona']);
    const { el, shadow, trigger, open } = await mountAccount(shop);
    await open();
    await eventually(() => expect(shadow.querySelector('[part=persona]')).to.exist);
    expect(textOf(shadow.querySelector('[part=persona]'))).to.contain('Camille Dubois');
    expect(shadow.querySelector('[part=sign-in-form]')).to.exist;
    await expect(el).to.be.accessible();

    shadow.querySelector<HTMLButtonElement>('[part=persona]')!.click();
    await eventually(() => expect(textOf(trigger())).to.contain('Camille Dubois'));
    expect(shop.requests).to.deep.equal([{ kind: 'persona', persona: 'camille' }]);
  });

  it('speaks French on a French page', async () => {
    const { submit, field, alertText, open } = await mountAccount(passwordShop(), 'fr');
    await open('Adresse e-mail');
    expect(field('Mot de passe')).to.exist;
    expect(textOf(submit())).to.equal('Se connecter');
    await typeAndEnter(BOB.email, 'faux');
    await eventually(() =>
      expect(alertText()).to.contain(
        'Connexion refusée : vérifiez votre adresse e-mail et votre mot de passe, puis réessayez.',
      ),
    );
    expect(alertText()).to.contain('Réponse de la boutique : Invalid email or password');
  });
});
