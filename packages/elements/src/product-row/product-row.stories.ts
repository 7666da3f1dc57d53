import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sampleProduct } from '../../../../.storybook/storefront.js';
import '../catalog/vt-catalog.js';
import { jacket } from '../shared/sample-variants.js';
import './vt-product-row.js';

const meta: Meta = {
  title: 'Elements/Product row',
  component: 'vt-product-row',
  tags: ['autodocs'],
  globals: { channel: 'b2b' },
  render: () => html`<vt-catalog layout="table" page-size="8" compare></vt-catalog>`,
  parameters: { docs: { story: { iframeHeight: '760px' } } },
};
export default meta;

type Story = StoryObj;

export const Table: Story = {
  name: 'Dense table (B2B)',
  parameters: {
    docs: {
      description: {
        story:
          'What professional buyers see: SKU, seller, price excl. VAT with VAT beside it, stock, a quantity and Add on every row.',
      },
    },
  },
};

export const French: Story = {
  name: 'Dense table, French',
  globals: { channel: 'b2b', locale: 'fr' },
};

export const WithVariants: Story = {
  name: 'Product with variants',
  render: () =>
    html`<div role="table" aria-label="Products">
      <vt-product-row
        .product=${{ ...jacket, variantCount: jacket.variants!.length }}
        href="#product-jacket"
      ></vt-product-row>
      <vt-product-row
        .product=${sampleProduct('VT-10001')}
        href="#product-VT-10001"
      ></vt-product-row>
    </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'A work jacket in three sizes and colours, above a plain product: its row cannot know which one the buyer wants, so its price reads "From" (the best offer over every variant) and a "Choose options" link to its page takes the place of the quantity and Add.',
      },
    },
  },
};
