import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { sampleCategories } from '@vitrine/adapter-memory';
import { VitrineError } from '@vitrine/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ShopParameters } from '../../../../.storybook/storefront.js';
import '../storefront/vt-storefront.js';
import './vt-catalog.js';

interface CatalogArgs {
  'page-size'?: number;
  category?: string;
}

const meta: Meta<CatalogArgs> = {
  title: 'Elements/Catalog',
  component: 'vt-catalog',
  tags: ['autodocs'],
  args: { 'page-size': 8 },
  argTypes: {
    'page-size': { control: { type: 'number', min: 1, max: 100, step: 1 } },
    category: {
      control: {
        type: 'select',
        labels: Object.fromEntries(sampleCategories.map((c) => [c.id, c.name])),
      },
      options: sampleCategories.map((c) => c.id),
    },
  },
  render: (args) =>
    html`<vt-catalog
      page-size=${ifDefined(args['page-size'])}
      category=${ifDefined(args.category || undefined)}
    ></vt-catalog>`,
  parameters: { docs: { story: { iframeHeight: '920px' } } },
};
export default meta;

type Story = StoryObj<CatalogArgs>;

export const Default: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The sample catalog, eight products a page: search, category filter, sort and pages all work against the in-memory backend.',
      },
    },
  },
};

export const B2BFrench: Story = {
  name: 'B2B, French',
  globals: { channel: 'b2b', locale: 'fr' },
  parameters: {
    docs: {
      description: {
        story: 'A French professional shop: prices HT first, SKUs on the cards.',
      },
    },
  },
};

export const Loading: Story = {
  parameters: {
    vitrine: { adapter: { latencyMs: 3_600_000 } } satisfies ShopParameters,
    docs: {
      description: {
        story: 'While the first page loads, placeholder cards hold the layout.',
      },
    },
  },
};

export const Empty: Story = {
  name: 'No results',
  parameters: {
    vitrine: { query: { text: 'zzz' } } satisfies ShopParameters,
    docs: {
      description: {
        story: 'Nothing matches the search: the catalog says so and offers to show everything.',
      },
    },
  },
};

export const LoadError: Story = {
  name: 'Error',
  parameters: {
    vitrine: {
      adapter: { failWith: new VitrineError('server', 'Internal error', { status: 500 }) },
    } satisfies ShopParameters,
    docs: {
      description: {
        story:
          'The backend fails (HTTP 500): a message the visitor understands, and a retry button.',
      },
    },
  },
};
