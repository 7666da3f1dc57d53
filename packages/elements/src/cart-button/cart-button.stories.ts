import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ShopParameters } from '../../../../.storybook/storefront.js';
import '../cart/vt-cart.js';
import '../storefront/vt-storefront.js';
import './vt-cart-button.js';

interface CartButtonArgs {
  for?: string;
}

const meta: Meta<CartButtonArgs> = {
  title: 'Elements/Cart button',
  component: 'vt-cart-button',
  tags: ['autodocs'],
  args: { for: 'cart' },
  argTypes: { for: { control: 'text' } },
  // The button opens the cart drawer it names (or the page's first cart): click it.
  render: (args) =>
    html`<vt-cart-button for=${ifDefined(args.for || undefined)}></vt-cart-button>
      <vt-cart id="cart" drawer></vt-cart>`,
  parameters: { docs: { story: { iframeHeight: '320px' } } },
};
export default meta;

type Story = StoryObj<CartButtonArgs>;

export const ZeroItems: Story = {
  name: 'Zero items',
  parameters: {
    docs: { description: { story: 'An empty cart: the icon alone, no badge.' } },
  },
};

export const FewItems: Story = {
  name: 'A few items',
  parameters: {
    vitrine: {
      cart: [
        ['VT-10002', 2],
        ['VT-10017', 1],
      ],
    } satisfies ShopParameters,
    docs: {
      description: {
        story:
          'Three items in the cart: the badge counts items, not lines. Click to open the cart.',
      },
    },
  },
};
