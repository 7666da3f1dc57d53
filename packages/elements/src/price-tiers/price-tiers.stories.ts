import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Offer } from '@vitrine/core';
import { html } from 'lit';
import './vt-price-tiers.js';

const price = (amount: number) => ({ amount, currency: 'EUR', includesTax: false, vatRate: 2000 });
const offer: Offer = {
  id: 'o-ramette',
  seller: { id: 's-bureau-plus', name: 'Bureau Plus' },
  price: price(549),
  stock: 420,
  tiers: [
    { minQuantity: 10, price: price(521) },
    { minQuantity: 50, price: price(466) },
  ],
};

interface TiersArgs {
  quantity: number;
}

const meta: Meta<TiersArgs> = {
  title: 'Elements/Price tiers',
  component: 'vt-price-tiers',
  tags: ['autodocs'],
  args: { quantity: 12 },
  argTypes: { quantity: { control: { type: 'number', min: 1, max: 999 } } },
  render: (args) =>
    html`<vt-price-tiers .offer=${offer} quantity=${args.quantity}></vt-price-tiers>`,
  parameters: { docs: { story: { iframeHeight: '240px' } } },
};
export default meta;

type Story = StoryObj<TiersArgs>;

export const Consumer: Story = {
  name: 'B2C (TTC first)',
  parameters: {
    docs: {
      description: {
        story: 'A ream of paper: cheaper from 10 and from 50; the row of 12 is highlighted.',
      },
    },
  },
};

export const Professional: Story = {
  name: 'B2B, French (HT first)',
  globals: { channel: 'b2b', locale: 'fr' },
};
