import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { samplePersonas } from '@vitrine/adapter-memory';
import { VitrineError } from '@vitrine/core';
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
