import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ProductDetail, ProductSummary } from '@vitrine/core';
import { html } from 'lit';
import { sampleProduct } from '../../../../.storybook/storefront.js';
import '../storefront/vt-storefront.js';
import './vt-product-card.js';

/** What a catalog page carries for a product: no description, specs or full offer list. */
function summary(sku: string): ProductSummary {
  const { description: _d, specs: _s, offers: _o, ...rest }: ProductDetail = sampleProduct(sku);
  return rest;
}

const { bestOffer: _best, ...unsold } = summary('VT-10023');
const { imageUrl: _image, ...imageless } = summary('VT-10015');

/** The products the stories show, by the name the Controls panel gives them. */
const products = {
  'Ramette papier A4 (in stock)': summary('VT-10001'),
  'Étagère métallique (out of stock)': summary('VT-10013'),
  'Classeur à levier (3 sellers)': summary('VT-10003'),
  'Guide de la TVA (no offer)': { ...unsold, offerCount: 0 },
  'Café grains (no image)': imageless,
  'Bureau assis-debout': summary('VT-10010'),
  'Thé vert Sencha (5.5 % VAT)': summary('VT-10016'),
} satisfies Record<string, ProductSummary>;

interface CardArgs {
  /** One of the sample products (the `product` property takes the object itself). */
  product: keyof typeof products;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/Product card',
  component: 'vt-product-card',
  tags: ['autodocs'],
  args: { product: 'Ramette papier A4 (in stock)' },
  argTypes: { product: { control: 'select', options: Object.keys(products) } },
  render: (args) => html`<vt-product-card .product=${products[args.product]}></vt-product-card>`,
  // Cards live in a grid; give them a card's width.
  decorators: [(story) => html`<div style="max-width: 260px">${story()}</div>`],
  parameters: { docs: { story: { iframeHeight: '480px' } } },
};
export default meta;

type Story = StoryObj<CardArgs>;

export const InStock: Story = {
  name: 'In stock',
  parameters: {
    docs: {
      description: {
        story: 'One seller, in stock: the button adds the product to the storefront’s cart.',
      },
    },
  },
};

export const OutOfStock: Story = {
  name: 'Out of stock',
  args: { product: 'Étagère métallique (out of stock)' },
  parameters: {
    docs: {
      description: { story: 'The only offer has no stock left: the button is disabled.' },
    },
  },
};

export const SeveralSellers: Story = {
  name: 'Several sellers',
  args: { product: 'Classeur à levier (3 sellers)' },
  parameters: {
    docs: {
      description: {
        story: 'Three sellers offer the product: the card shows the cheapest offer in stock.',
      },
    },
  },
};

export const NoOffer: Story = {
  name: 'No offer',
  args: { product: 'Guide de la TVA (no offer)' },
  parameters: {
    docs: {
      description: {
        story: 'Nobody sells the product at the moment: no seller, no price, nothing to add.',
      },
    },
  },
};

export const MissingImage: Story = {
  name: 'Missing image',
  args: { product: 'Café grains (no image)' },
  parameters: {
    docs: {
      description: { story: 'The product has no picture: a neutral placeholder keeps its place.' },
    },
  },
};

export const B2B: Story = {
  name: 'B2B',
  globals: { channel: 'b2b' },
  args: { product: 'Bureau assis-debout' },
  parameters: {
    docs: {
      description: {
        story:
          'For professionals: the SKU, and the price excl. VAT first with the amount incl. VAT.',
      },
    },
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  args: { product: 'Thé vert Sencha (5.5 % VAT)' },
  parameters: {
    docs: {
      description: { story: 'In French, with the reduced VAT rate of 5.5 % of groceries.' },
    },
  },
};
