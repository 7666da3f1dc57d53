import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../storefront/vt-storefront.js';
import './vt-price.js';

interface PriceArgs {
  amount?: number;
  currency?: string;
  'vat-rate'?: number;
  'includes-tax': boolean;
  'show-both': boolean;
  'tax-display': '' | 'incl' | 'excl';
}

const meta: Meta<PriceArgs> = {
  title: 'Elements/Price',
  component: 'vt-price',
  tags: ['autodocs'],
  args: {
    amount: 2990,
    currency: 'EUR',
    'vat-rate': 2000,
    'includes-tax': true,
    'show-both': false,
    'tax-display': '',
  },
  argTypes: {
    amount: { control: { type: 'number', step: 1 } },
    currency: { control: 'text' },
    'vat-rate': { control: { type: 'number', min: 0, max: 10000, step: 10 } },
    'includes-tax': { control: 'boolean' },
    'show-both': { control: 'boolean' },
    // Empty: the storefront's display.
    'tax-display': { control: 'inline-radio', options: ['', 'incl', 'excl'] },
  },
  render: (args) =>
    html`<vt-price
      amount=${ifDefined(args.amount)}
      currency=${ifDefined(args.currency || undefined)}
      vat-rate=${ifDefined(args['vat-rate'])}
      ?includes-tax=${args['includes-tax']}
      ?show-both=${args['show-both']}
      tax-display=${ifDefined(args['tax-display'] || undefined)}
    ></vt-price>`,
  parameters: { docs: { story: { iframeHeight: '110px' } } },
};
export default meta;

type Story = StoryObj<PriceArgs>;

export const B2C: Story = {
  name: 'B2C',
  parameters: {
    docs: {
      description: {
        story:
          'Consumers see the price incl. VAT (TTC) first. Here 29.90 € stated with VAT at 20 %.',
      },
    },
  },
};

export const B2B: Story = {
  name: 'B2B, both amounts',
  globals: { channel: 'b2b' },
  args: { 'show-both': true },
  parameters: {
    docs: {
      description: {
        story:
          'Professionals see the price excl. VAT (HT) first; `show-both` adds the amount incl. VAT below.',
      },
    },
  },
};

export const TaxDisplayGiven: Story = {
  name: 'Tax display given',
  globals: { channel: 'b2b' },
  args: { 'tax-display': 'incl', 'show-both': true },
  parameters: {
    docs: {
      description: {
        story:
          '`tax-display="incl"` puts the amount incl. VAT first whatever the storefront shows first: here in a B2B storefront. A card tells its price the storefront’s display, so the price needs no storefront of its own.',
      },
    },
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  args: { 'show-both': true },
  parameters: {
    docs: {
      description: { story: 'In French: “29,90 € TTC”, with the amount HT below.' },
    },
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { 'show-both': true },
  parameters: {
    docs: {
      description: { story: 'In English: “€29.90 incl. VAT”, with the amount excl. VAT below.' },
    },
  },
};

export const Yen: Story = {
  name: 'Japanese yen',
  args: { amount: 1500, currency: 'JPY', 'vat-rate': 1000, 'show-both': true },
  parameters: {
    docs: {
      description: {
        story:
          'The yen has no minor unit (exponent 0): `amount="1500"` is 1,500 yen, written “JP¥1,500” in British English. Consumption tax at 10 %.',
      },
    },
  },
};

export const Invalid: Story = {
  name: 'Invalid price',
  args: { amount: 19.99 },
  parameters: {
    docs: {
      description: {
        story:
          'Amounts are whole minor units; `amount="19.99"` is refused and the element says “Price unavailable” instead of guessing.',
      },
    },
  },
};

export const Promotion: Story = {
  name: 'Promotion, pack and eco-participation',
  render: () =>
    html`<p>
        <vt-price
          .price=${{ amount: 1999, currency: 'EUR', includesTax: false, vatRate: 2000 }}
          .regularPrice=${{ amount: 2499, currency: 'EUR', includesTax: false, vatRate: 2000 }}
        ></vt-price>
      </p>
      <p>
        <vt-price
          .price=${{ amount: 1299, currency: 'EUR', includesTax: false, vatRate: 550 }}
          pack-size="6"
        ></vt-price>
      </p>
      <p>
        <vt-price
          .price=${{
            amount: 28900,
            currency: 'EUR',
            includesTax: true,
            vatRate: 2000,
            ecoContribution: 450,
          }}
        ></vt-price>
      </p>`,
  parameters: {
    docs: {
      description: {
        story:
          'A promotion with the usual price struck through; a pack of 6 with its price per unit; an office chair whose price includes 4.50 € of eco-participation.',
      },
    },
  },
};
