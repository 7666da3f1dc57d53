import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CHANNELS, LOCALES, TAX_DISPLAYS } from '@vitrine/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { shopOf, type ShopParameters } from '../../../../.storybook/storefront.js';
import '../cart-button/vt-cart-button.js';
import '../cart/vt-cart.js';
import '../catalog/vt-catalog.js';
import './vt-storefront.js';

interface StorefrontArgs {
  channel?: string;
  locale?: string;
  currency?: string;
  'tax-display'?: string;
  onVtCartChange?: (event: Event) => void;
  // Documented attributes and properties that this story does not use: it passes a ready-made
  // storefront instead of `api` and `adapter`.
  api?: string;
  adapter?: string;
  storefront?: unknown;
}

// Light-DOM layout of the host page around the widgets; the widgets style themselves.
const page = html`<style>
  .shop {
    display: grid;
    gap: 16px;
    font-family: system-ui, sans-serif;
    color: #1d2430;
  }
  .shop header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 16px;
    padding: 12px 16px;
    background: #fff;
    border: 1px solid #d6dbe3;
    border-radius: 8px;
  }
  .shop header p {
    margin: 0;
    color: #5b6474;
  }
  .shop .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(280px, 360px);
    gap: 24px;
    align-items: start;
  }
  @media (max-width: 760px) {
    .shop .layout {
      grid-template-columns: 1fr;
    }
  }
</style>`;

const meta: Meta<StorefrontArgs> = {
  title: 'Elements/Storefront',
  component: 'vt-storefront',
  tags: ['autodocs'],
  args: {},
  argTypes: {
    channel: { control: 'inline-radio', options: [...CHANNELS] },
    locale: { control: 'inline-radio', options: [...LOCALES] },
    currency: { control: 'text' },
    'tax-display': { control: 'inline-radio', options: [...TAX_DISPLAYS] },
    api: { control: false },
    adapter: { control: false },
    storefront: { control: false },
  },
  parameters: {
    // This story writes its own <vt-storefront>, as a host page does.
    vitrine: {
      wrap: false,
      cart: [
        ['VT-10002', 1],
        ['VT-10017', 2],
      ],
    } satisfies ShopParameters,
    layout: 'fullscreen',
    docs: { story: { iframeHeight: '1100px' } },
  },
};
export default meta;

type Story = StoryObj<StorefrontArgs>;

export const WholeShop: Story = {
  name: 'Whole shop',
  render: (args, context) => {
    const { storefront, settings } = shopOf(context);
    return html`${page}
      <vt-storefront
        .storefront=${storefront}
        channel=${args.channel || settings.channel}
        locale=${args.locale || settings.locale}
        currency=${ifDefined(args.currency || undefined)}
        tax-display=${ifDefined(args['tax-display'] || undefined)}
        @vt-cart-change=${(event: Event) => args.onVtCartChange?.(event)}
      >
        <div class="shop" style="padding: 16px">
          <header>
            <div>
              <strong>Maison Vitrine</strong>
              <p>Bureau, mobilier, épicerie fine et livres</p>
            </div>
            <vt-cart-button></vt-cart-button>
          </header>
          <div class="layout">
            <vt-catalog page-size="6" style="--vt-catalog-min-card-width: 180px"></vt-catalog>
            <aside><vt-cart></vt-cart></aside>
          </div>
        </div>
      </vt-storefront>`;
  },
  parameters: {
    docs: {
      description: {
        story:
          'One `<vt-storefront>` connects a cart button, the catalog and the cart: add a product and the badge and the cart follow. Channel and language come from the toolbar unless set in the controls.',
      },
    },
  },
};
