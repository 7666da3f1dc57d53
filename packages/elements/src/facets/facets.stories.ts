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

export const SellerAndStock: Story = {
  name: 'Seller and in stock only',
  parameters: {
    vitrine: {
      query: { category: 'livres', seller: 's-bureau-plus', inStock: true },
    } satisfies ShopParameters,
    docs: {
      description: {
        story:
          'A product counts under every seller that offers it. "In stock only" keeps what can be bought now; its count ignores its own filter.',
      },
    },
  },
};

export const PriceRange: Story = {
  name: 'Price range (TTC)',
  parameters: {
    vitrine: {
      query: { price: { min: 600, max: 1000, includesTax: true } },
    } satisfies ShopParameters,
    docs: {
      description: {
        story:
          'From 6 to 10 € TTC, as a consumer sees prices: each product’s own VAT rate applies (20 % for the ramette, 5.5 % for the book). The line above the fields gives the prices of the results, whatever the range.',
      },
    },
  },
};

export const PriceRangeSeenHT: Story = {
  name: 'TTC range, prices shown HT',
  globals: { channel: 'b2b' },
  parameters: {
    vitrine: {
      query: { price: { min: 600, max: 1000, includesTax: true } },
    } satisfies ShopParameters,
    docs: {
      description: {
        story:
          'A professional sees prices HT: the bounds of the results follow at once, while the range typed TTC keeps its figures and says so (its products would change if it were re-read HT).',
      },
    },
  },
};

/** Types a range in the price fields and applies it, as a visitor would. */
async function typeRange(canvas: HTMLElement, min: string, max: string): Promise<void> {
  const facets = canvas.querySelector('vt-facets')!;
  await facets.updateComplete;
  const fields = facets.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~=price-input]');
  for (const [field, text] of [...fields].map((f, i) => [f, i === 0 ? min : max] as const)) {
    field.value = text;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  facets.shadowRoot!.querySelector('form')!.requestSubmit();
}

export const PriceRangeError: Story = {
  name: 'Price range that cannot apply',
  play: ({ canvasElement }) => typeRange(canvasElement, '20', '10'),
  parameters: {
    docs: {
      description: {
        story:
          'A minimum above the maximum (or text that is no price) is said next to the fields, which are marked invalid; the range last applied stays.',
      },
    },
  },
};

export const Specifications: Story = {
  name: 'Specifications of a category',
  parameters: {
    vitrine: {
      query: { category: 'mobilier', specs: { Garantie: '2 ans' } },
    } satisfies ShopParameters,
    docs: {
      description: {
        story:
          'Once a category is chosen, its most telling specifications: values shared by several products, with their units. Several combine (AND); the chosen one keeps its other values. Another category drops them.',
      },
    },
  },
};

export const FewerFilters: Story = {
  name: 'Backend with category and brand only',
  parameters: {
    vitrine: { adapter: { filters: [] } } satisfies ShopParameters,
    docs: {
      description: {
        story:
          'A backend that filters by category and brand only (Medusa, Vendure): no seller, price or specification choices, and the stock as a count.',
      },
    },
  },
};
