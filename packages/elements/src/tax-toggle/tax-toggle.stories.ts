import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../price/vt-price.js';
import './vt-tax-toggle.js';

const price = { amount: 2490, currency: 'EUR', includesTax: false, vatRate: 550 };

const meta: Meta = {
  title: 'Elements/Tax toggle',
  component: 'vt-tax-toggle',
  tags: ['autodocs'],
  render: () =>
    html`<vt-tax-toggle></vt-tax-toggle>
      <p><vt-price .price=${price} show-both></vt-price></p>`,
  parameters: { docs: { story: { iframeHeight: '200px' } } },
};
export default meta;

type Story = StoryObj;

export const Consumer: Story = {
  name: 'B2C (TTC first)',
  parameters: {
    docs: { description: { story: 'Click HT / excl. VAT: the price below follows.' } },
  },
};

export const Professional: Story = {
  name: 'B2B, French (HT first)',
  globals: { channel: 'b2b', locale: 'fr' },
};
