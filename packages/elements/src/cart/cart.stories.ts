import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { VitrineError } from '@vitrine/core';
import { html } from 'lit';
import { sampleOffer, shopOf, type ShopParameters } from '../../../../.storybook/storefront.js';
import '../storefront/vt-storefront.js';
import './vt-cart.js';

interface CartArgs {
  drawer: boolean;
  open: boolean;
}

/** Office paper at 20 % VAT, coffee and a book at 5.5 %: the totals show both rates. */
const lines: ShopParameters['cart'] = [
  ['VT-10001', 5],
  ['VT-10015', 2],
  ['VT-10021', 1],
];

const meta: Meta<CartArgs> = {
  title: 'Elements/Cart',
  component: 'vt-cart',
  tags: ['autodocs'],
  args: { drawer: false, open: false },
  argTypes: {
    drawer: { control: 'boolean' },
    open: { control: 'boolean' },
  },
  render: (args) => html`<vt-cart ?drawer=${args.drawer} ?open=${args.open}></vt-cart>`,
  decorators: [(story) => html`<div style="max-width: 460px">${story()}</div>`],
  parameters: { docs: { story: { iframeHeight: '240px' } } },
};
export default meta;

type Story = StoryObj<CartArgs>;

export const Empty: Story = {
  parameters: {
    docs: { description: { story: 'Nothing added yet.' } },
  },
};

export const WithLines: Story = {
  name: 'With lines',
  parameters: {
    vitrine: { cart: lines } satisfies ShopParameters,
    docs: {
      story: { iframeHeight: '640px' },
      description: {
        story:
          'Three lines at two VAT rates: quantities can be changed or removed, and the totals show the VAT of each rate.',
      },
    },
  },
};

export const B2BFrench: Story = {
  name: 'B2B, French',
  globals: { channel: 'b2b', locale: 'fr' },
  parameters: {
    vitrine: { cart: lines } satisfies ShopParameters,
    docs: {
      story: { iframeHeight: '640px' },
      description: { story: 'For a French professional: unit prices and total HT first.' },
    },
  },
};

export const CartError: Story = {
  name: 'Error',
  parameters: {
    vitrine: {
      adapter: { failWith: new VitrineError('server', 'Internal error', { status: 500 }) },
    } satisfies ShopParameters,
    docs: {
      description: {
        story: 'The backend fails when the visitor adds a product: the cart says so, with a retry.',
      },
    },
  },
  play: async (context) => {
    // The visitor adds a product; the failure is what this story shows, and the cart displays it.
    await shopOf(context)
      .storefront.addLine(sampleOffer('VT-10001').id, 1)
      .catch(() => undefined);
  },
};

export const Drawer: Story = {
  args: { drawer: true, open: true },
  parameters: {
    vitrine: { cart: lines } satisfies ShopParameters,
    docs: {
      story: { iframeHeight: '640px' },
      description: {
        story:
          'With `drawer`, the cart is a side panel (a modal dialog) that `<vt-cart-button>` or `show()` opens; `open` opens it from the start.',
      },
    },
  },
};
