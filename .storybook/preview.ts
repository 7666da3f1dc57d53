/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import {
  controlsForRenderedArgs,
  extractArgTypes,
  extractComponentDescription,
  type Manifest,
} from './manifest.js';
import { shopLoader, withStorefront } from './storefront.js';

// custom-elements.json is generated (`npm run manifest`, run by the storybook scripts). A glob
// instead of an import keeps Storybook and the typecheck working when it has not been generated.
const [manifest] = Object.values(
  import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' }),
);
if (manifest) setCustomElementsManifest(manifest);
else console.warn('custom-elements.json is missing: run `npm run manifest` for the docs tables.');

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [shopLoader],
  decorators: [withStorefront],
  argTypesEnhancers: [controlsForRenderedArgs],
  globalTypes: {
    locale: {
      description: 'Language of the storefront (its `locale` attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
        ],
        dynamicTitle: true,
      },
    },
    channel: {
      description: 'Sales channel of the storefront (its `channel` attribute)',
      toolbar: {
        title: 'Channel',
        icon: 'user',
        items: [
          { value: 'b2c', title: 'B2C (consumers, prices incl. VAT first)', right: 'b2c' },
          { value: 'b2b', title: 'B2B (professionals, prices excl. VAT first)', right: 'b2b' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'en',
    channel: 'b2c',
    backgrounds: { value: 'page' },
  },
  parameters: {
    layout: 'padded',
    // A light host page; the tinted one checks that the widgets' subtle surfaces (notices,
    // placeholders) still stand out on a coloured page.
    backgrounds: {
      options: {
        page: { name: 'Light page', value: '#ffffff' },
        tinted: { name: 'Tinted page', value: '#eef1f5' },
      },
    },
    options: {
      storySort: {
        order: [
          'Elements',
          ['Storefront', 'Catalog', 'Product card', 'Price', 'Cart', 'Cart button'],
        ],
      },
    },
    controls: { expanded: true },
    docs: {
      // Each example runs in its own frame: the language is global to a page (@lit/localize),
      // a cart drawer is a modal dialog, and a cart button opens the first cart of its page.
      story: { inline: false, iframeHeight: '180px' },
      extractArgTypes,
      extractComponentDescription,
    },
  },
};

export default preview;
