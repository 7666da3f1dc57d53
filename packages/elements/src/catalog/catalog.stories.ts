import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createMemoryAdapter, sampleCategories, sampleProducts } from '@vitrine/adapter-memory';
import { VitrineError, type ProductDetail } from '@vitrine/core';
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

/** Types in the story's search field, as a visitor would, so that suggestions open. */
async function typeInSearch(canvas: HTMLElement, text: string): Promise<void> {
  const catalog = canvas.querySelector('vt-catalog')!;
  await catalog.updateComplete;
  const input = catalog.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export const Suggestions: Story = {
  play: ({ canvasElement }) => typeInSearch(canvasElement, 'bureau'),
  parameters: {
    docs: {
      description: {
        story:
          'Typing "bureau" in the search field: the products that match, and the categories and brands holding the matches with how many. ArrowDown / ArrowUp move through them, Enter picks one, Escape closes them; Enter with none chosen searches as usual. Hidden when the backend cannot suggest.',
      },
    },
  },
};

/** 10,000 products for the scrolling list: the sample catalog over and over, each its own. */
function manyProducts(count: number): ProductDetail[] {
  return Array.from({ length: count }, (_, index) => {
    const base = sampleProducts[index % sampleProducts.length]!;
    const number = String(index + 1).padStart(5, '0');
    return { ...base, id: `p-${number}`, sku: `VT-${number}`, name: `${base.name} — ${number}` };
  });
}

export const VirtualList: Story = {
  name: 'Virtual list',
  globals: { channel: 'b2b' },
  render: () => html`<vt-catalog layout="list"></vt-catalog>`,
  parameters: {
    vitrine: {
      backend: () => createMemoryAdapter({ products: manyProducts(10_000), latencyMs: 150 }),
    } satisfies ShopParameters,
    docs: {
      description: {
        story:
          '`layout="list"`: 10,000 products as one table scrolled with the page. Only the rows in view are in the page; the results load 100 at a time as they come into view (the backend here takes 150 ms a request). The count is announced with the results, and every row can be reached with Tab.',
      },
      story: { inline: false, iframeHeight: '700px' },
    },
  },
};
