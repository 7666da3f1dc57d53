import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { createMemoryAdapter, sampleProducts, samplePersonas } from '@vitrine/adapter-memory';
import { VitrineError, type CommerceAdapter, type SignInKind } from '@vitrine/core';
import { html } from 'lit';
import type { ShopParameters } from '../../../../.storybook/storefront.js';
import { sampleProduct, shopOf } from '../../../../.storybook/storefront.js';
import '../product/vt-product.js';
import './vt-account.js';

const withPersonas: ShopParameters = { adapter: { personas: samplePersonas } };

/** Signs a sample persona in once the story has rendered (and opens the panel to show it). */
const signedInAs =
  (persona: string, open = true) =>
  async (context: StoryContext) => {
    await shopOf(context).storefront.signIn({ kind: 'persona', persona });
    const account = context.canvasElement.querySelector('vt-account');
    await account?.updateComplete;
    if (open) account?.shadowRoot?.querySelector<HTMLButtonElement>('[part=trigger]')?.click();
  };

/** The one account of the password shop below. */
const DEMO_ACCOUNT = { email: 'bob@acme.example', password: 'vitrine' };

/**
 * The sample catalog in a shop that signs in by e-mail and password, as Medusa and Vendure do
 * (and by demo persona too with `['password', 'persona']`). It answers after 800 ms, so that
 * the form is seen waiting; wrong credentials are refused the way the Medusa adapter refuses
 * them (a validation error of HTTP 401 with Medusa's words).
 */
function passwordShop(kinds: readonly SignInKind[]): CommerceAdapter {
  const shop = createMemoryAdapter({ products: sampleProducts, personas: samplePersonas });
  return {
    ...shop,
    capabilities: { ...shop.capabilities, signIn: kinds },
    async signIn(credentials) {
      await new Promise((resolve) => setTimeout(resolve, 800));
      if (credentials.kind === 'persona') return shop.signIn!(credentials);
      if (
        credentials.email !== DEMO_ACCOUNT.email ||
        credentials.password !== DEMO_ACCOUNT.password
      ) {
        throw new VitrineError('validation', 'Invalid email or password', { status: 401 });
      }
      return {
        id: 'cus_bob',
        name: 'Bob Buyer',
        email: DEMO_ACCOUNT.email,
        company: { id: 'ACME GmbH', name: 'ACME GmbH' },
      };
    },
  };
}

/** The account alone at the right of the page, its panel opening under it. */
const renderAccount = () =>
  html`<div style="display: flex; justify-content: flex-end; min-height: 420px">
    <vt-account></vt-account>
  </div>`;

/** The element of the account's shadow root matching `selector`, once it is rendered. */
async function inAccount<T extends Element>(canvas: HTMLElement, selector: string): Promise<T> {
  for (;;) {
    const found = canvas.querySelector('vt-account')?.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Opens the panel (the form loads on first use), and signs in with `password` when given. */
const openForm =
  (password?: string) =>
  async ({ canvasElement }: StoryContext) => {
    (await inAccount<HTMLButtonElement>(canvasElement, '[part=trigger]')).click();
    const form = await inAccount<HTMLFormElement>(canvasElement, '[part=sign-in-form]');
    if (password === undefined) return;
    form.querySelector<HTMLInputElement>('input[name=email]')!.value = DEMO_ACCOUNT.email;
    form.querySelector<HTMLInputElement>('input[name=password]')!.value = password;
    form.requestSubmit();
  };

const meta: Meta = {
  title: 'Elements/Account',
  component: 'vt-account',
  tags: ['autodocs'],
  render: () =>
    html`<div style="display: flex; justify-content: flex-end; min-height: 360px">
      <vt-account></vt-account>
    </div>`,
  parameters: { vitrine: withPersonas, docs: { story: { iframeHeight: '420px' } } },
};
export default meta;

type Story = StoryObj;

export const SignedOut: Story = {
  name: 'Signed out',
  parameters: {
    docs: {
      description: {
        story: 'A guest: "Sign in" opens the list of demo personas the backend gives.',
      },
    },
  },
};

export const Buyer: Story = {
  name: 'Buyer with two memberships',
  play: signedInAs('lea'),
  parameters: {
    docs: {
      description: {
        story:
          'Léa buys for Atelier Martin SARL and shops privately too: the select switches role, and prices and allowed actions follow.',
      },
    },
  },
};

export const Viewer: Story = {
  name: 'Viewer, French',
  globals: { channel: 'b2b', locale: 'fr' },
  play: signedInAs('paul'),
};

export const PersonasFail: Story = {
  name: 'Personas cannot be listed',
  parameters: {
    vitrine: {
      adapter: {
        personas: samplePersonas,
        failWith: new VitrineError('server', 'HTTP 503', { status: 503 }),
      },
    },
  },
  play: ({ canvasElement }) =>
    canvasElement
      .querySelector('vt-account')
      ?.shadowRoot?.querySelector<HTMLButtonElement>('[part=trigger]')
      ?.click(),
};

export const BuyerOnProductPage: Story = {
  name: 'Buyer on a product page: Add to quote',
  globals: { channel: 'b2b' },
  render: () =>
    html`<div style="display: flex; justify-content: flex-end">
        <vt-account></vt-account>
      </div>
      <vt-product product-id=${sampleProduct('VT-10003').id}></vt-product>`,
  play: signedInAs('lea', false),
  parameters: {
    docs: {
      description: {
        story:
          'A role that may ask for quotes sees "Add to quote" next to "Add to cart"; switch to Consumer and it goes.',
      },
      story: { iframeHeight: '760px' },
    },
  },
};

export const Password: Story = {
  name: 'E-mail and password',
  render: renderAccount,
  play: openForm(),
  parameters: {
    vitrine: { backend: () => passwordShop(['password']) } satisfies ShopParameters,
    docs: {
      description: {
        story: `A shop that signs in by e-mail and password (Medusa, Vendure). The browser and password managers fill the form. Try ${DEMO_ACCOUNT.email} with "${DEMO_ACCOUNT.password}", or a wrong password.`,
      },
    },
  },
};

export const PasswordRefused: Story = {
  name: 'E-mail and password: wrong password',
  render: renderAccount,
  play: openForm('not the password'),
  parameters: {
    vitrine: { backend: () => passwordShop(['password']) } satisfies ShopParameters,
    docs: {
      description: {
        story:
          'The shop refused the password: the e-mail stays, the password is cleared and has the focus, and the shop’s own words are shown under the message.',
      },
    },
  },
};

export const PasswordAndPersonas: Story = {
  name: 'E-mail and password, and demo personas',
  render: renderAccount,
  play: openForm(),
  parameters: {
    vitrine: { backend: () => passwordShop(['password', 'persona']) } satisfies ShopParameters,
    docs: {
      description: {
        story: 'A shop that takes both: the form first, the demo personas under it.',
      },
      story: { iframeHeight: '640px' },
    },
  },
};
