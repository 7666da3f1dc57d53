import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ShopParameters } from '../../../../.storybook/storefront.js';
import '../catalog/vt-catalog.js';
import '../storefront/vt-storefront.js';
import './vt-facets.js';

const meta: Meta = {
  title: 'Elements/Facets',
  component: 'vt-facets',
  tags: ['autodocs'],
  // Beside a catalog, as a shop's sidebar: choosing a value filters the grid.
  render: () =>
    html`<div
      style="display: grid; grid-template-columns: minmax(0, 15rem) minmax(0, 1fr); gap: 24px; align-items: start"
    >
      <vt-facets></vt-facets>
      <vt-catalog page-size="6"></vt-catalog>
    </div>`,
  parameters: { docs: { story: { iframeHeight: '860px' } } },
};
export default meta;

type Story = StoryObj;

export const Default: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The sample catalog: categories and brands with their counts, most products first. Choose one and the grid follows; "All" lifts the filter.',
      },
    },
  },
};

export const Filtered: Story = {
  name: 'Category and brand chosen',
  parameters: {
    vitrine: { query: { category: 'livres', brand: 'Gallimard' } } satisfies ShopParameters,
    docs: {
      description: {
        story:
          'Each facet counts with the other filter only: brands within Livres, categories within Gallimard. "Clear filters" lifts both.',
      },
    },
  },
};

export const NothingLeft: Story = {
  name: 'Chosen value without products',
  parameters: {
    vitrine: { query: { category: 'mobilier', brand: 'Gallimard' } } satisfies ShopParameters,
    docs: {
      description: {
        story:
          'No furniture from a publisher: the chosen category stays in the list, checked, with 0.',
      },
    },
  },
};

export const B2BFrench: Story = {
  name: 'B2B, French',
  globals: { channel: 'b2b', locale: 'fr' },
  parameters: {
    docs: {
      description: { story: 'Beside the professional table, in French.' },
    },
  },
};

export const Loading: Story = {
  parameters: {
    vitrine: { adapter: { latencyMs: 3_600_000 } } satisfies ShopParameters,
    docs: {
      description: {
        story: 'Before the first counts arrive: the choices to lift a filter only.',
      },
    },
  },
};
