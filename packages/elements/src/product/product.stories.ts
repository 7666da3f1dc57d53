import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { VitrineError } from '@vitrine/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ShopParameters } from '../../../../.storybook/storefront.js';
import { sampleProduct } from '../../../../.storybook/storefront.js';
import '../cart/vt-cart.js';
import { jacket } from '../shared/sample-variants.js';
import { withBrokenPicture, withOnePicture, withoutPicture, withViews } from './sample-gallery.js';
import './vt-product.js';

interface ProductArgs {
  productId: string;
  /** Id of the variant to open on, for a product with variants. */
  variant?: string;
}

const severalSellers = sampleProduct('VT-10003');

const meta: Meta<ProductArgs> = {
  title: 'Elements/Product',
  component: 'vt-product',
  tags: ['autodocs'],
  args: { productId: severalSellers.id },
  argTypes: {
    productId: { control: 'text', name: 'product-id' },
    variant: { control: 'text' },
  },
  render: (args) =>
    html`<vt-product product-id=${args.productId} variant=${ifDefined(args.variant)}></vt-product>`,
  parameters: { docs: { story: { iframeHeight: '720px' } } },
};
export default meta;

type Story = StoryObj<ProductArgs>;

export const SeveralSellers: Story = {
  name: 'Several sellers',
  parameters: {
    docs: {
      description: {
        story:
          'Every seller’s offer, cheapest in stock first; choose one, set the quantity, add to the cart.',
      },
    },
  },
};

export const Professional: Story = {
  name: 'B2B, French',
  globals: { channel: 'b2b', locale: 'fr' },
  parameters: {
    docs: { description: { story: 'Prices HT first with TTC beside them, in French.' } },
  },
};

export const OutOfStock: Story = {
  name: 'Out of stock',
  args: { productId: sampleProduct('VT-10005').id },
  parameters: {
    docs: { description: { story: 'The best offer has no stock: the button is disabled.' } },
  },
};

export const Variants: Story = {
  name: 'Variants, rich description, documents',
  args: { productId: jacket.id },
  parameters: {
    vitrine: { products: [jacket] } satisfies ShopParameters,
    docs: {
      description: {
        story:
          'Choose a size and a colour: a value missing with the other choices moves them (no grey S). The description comes as HTML: DOMPurify, loaded on demand, removes its script and image. The safety sheet downloads.',
      },
    },
  },
};

export const OpenedOnAVariant: Story = {
  name: 'Opened on a variant',
  args: { productId: jacket.id, variant: 's-navy' },
  parameters: {
    vitrine: { products: [jacket] } satisfies ShopParameters,
    docs: {
      description: {
        story:
          '`variant="s-navy"`: the page opens on size S in navy instead of the best offer’s variant (M navy), as a shared link or a reload would ask. Picking another size or colour fires `vt-variant-change`, for the host to keep the choice in its URL; an id the product does not have opens the default.',
      },
    },
  },
};

export const SeveralPictures: Story = {
  name: 'Several pictures',
  args: { productId: withViews.id },
  parameters: {
    vitrine: { products: [withViews] } satisfies ShopParameters,
    docs: {
      description: {
        story:
          'The first picture large, a thumbnail per picture below: click one, or tab to them and use the arrow keys. The large picture keeps its 4:3 box whichever is shown.',
      },
    },
  },
};

export const OnePicture: Story = {
  name: 'One picture',
  args: { productId: withOnePicture.id },
  parameters: {
    vitrine: { products: [withOnePicture] } satisfies ShopParameters,
    docs: { description: { story: 'A single picture: no thumbnails.' } },
  },
};

export const NoPicture: Story = {
  name: 'No picture',
  args: { productId: withoutPicture.id },
  parameters: {
    vitrine: { products: [withoutPicture] } satisfies ShopParameters,
    docs: { description: { story: 'The product has no picture: a placeholder of the same size.' } },
  },
};

export const BrokenPicture: Story = {
  name: 'Broken picture',
  args: { productId: withBrokenPicture.id },
  parameters: {
    vitrine: { products: [withBrokenPicture] } satisfies ShopParameters,
    docs: {
      description: {
        story:
          'The second picture cannot be loaded: its thumbnail and, when chosen, the large picture show the placeholder instead of a broken image; the others still show.',
      },
    },
  },
};

export const Loading: Story = {
  parameters: {
    vitrine: { adapter: { latencyMs: 60_000 } } satisfies ShopParameters,
    docs: { description: { story: 'While the product loads.' } },
  },
};

export const Error: Story = {
  parameters: {
    vitrine: {
      adapter: { failWith: new VitrineError('network', 'offline') },
    } satisfies ShopParameters,
    docs: { description: { story: 'The shop cannot be reached: a message and a retry.' } },
  },
};
