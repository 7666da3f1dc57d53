import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../catalog/vt-catalog.js';
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
