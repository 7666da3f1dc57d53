import { ContextProvider } from '@lit/context';
import { createStorefront, resolveSettings, type Storefront } from '@vitrine/core';
import { html, type PropertyValues } from 'lit';
import { VitrineElement } from '../shared/vitrine-element.js';
import { adapterNames, createAdapter } from '../shared/adapters.js';
import { storefrontContext } from '../shared/context.js';
import { warnOnce } from '../shared/define.js';
import { VtCartChangeEvent } from '../shared/events.js';
import { useLocale } from '../shared/localize.js';
import { registerStorefront } from '../shared/registry.js';
import { styles } from './storefront.styles.js';

/**
 * Widgets inside it use it; widgets elsewhere on the page use it too when it is the page's first
 * storefront, or when they name its `id` in their `storefront` attribute.
 *
 * @summary Connects the widgets of a page to one shop: backend, channel, language and currency.
 *
 * @slot - Any content, including other Vitrine widgets.
 * @fires vt-cart-change - The visitor added, changed or removed a cart line. `event.cart`, `event.change`.
 */
export class VtStorefront extends VitrineElement {
  static override styles = styles;

  static override properties = {
    api: { type: String },
    adapter: { type: String },
    apiKey: { type: String, attribute: 'api-key' },
    country: { type: String },
    channel: { type: String },
    locale: { type: String },
    currency: { type: String },
    taxDisplay: { type: String, attribute: 'tax-display' },
    storefront: { attribute: false },
  };

  /** Base URL of the backend API, absolute or relative to the page. */
  declare api: string;
  /** Which adapter talks to the backend: `reference` (default), `medusa`, `vendure`. */
  declare adapter: string;
  /** The backend's public key, for adapters that need one (Medusa's publishable key). */
  declare apiKey: string;
  /** The buyer's country (ISO 3166-1 alpha-2), for backends that price by country (Medusa). */
  declare country: string;
  /** `b2c` (consumers, prices incl. VAT first) or `b2b` (professionals, excl. VAT first). */
  declare channel: string;
  /** `en` or `fr`. Default: the page's `lang`, else `en`. */
  declare locale: string;
  /** ISO 4217 code. Default: `EUR`. */
  declare currency: string;
  /** `incl` or `excl`: which price comes first. Default: from the channel. */
  declare taxDisplay: string;
  /** A ready-made storefront (from `createStorefront`), instead of `api` and `adapter`. */
  declare storefront: Storefront | undefined;

  private readonly provider = new ContextProvider(this, { context: storefrontContext });
  private active: Storefront | undefined;
  private unregister: (() => void) | undefined;
  private stopCartEvents: (() => void) | undefined;
  /** Counts builds, so that an adapter that loads late never replaces a newer one. */
  private generation = 0;

  constructor() {
    super();
    this.adapter = 'reference';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.active) this.activate(this.active);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.deactivate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      ['storefront', 'api', 'adapter', 'apiKey', 'country'].some((key) => changed.has(key as 'api'))
    ) {
      this.deactivate();
      this.active = undefined;
      const generation = ++this.generation;
      const adapter = this.storefront ? undefined : this.adapterFromAttributes();
      const use = (storefront: Storefront) => {
        // A build that finished after a newer one started is dropped.
        if (generation !== this.generation) return;
        this.active = storefront;
        if (this.isConnected) this.activate(storefront);
      };
      if (this.storefront) use(this.storefront);
      else if (adapter instanceof Promise) {
        void adapter.then(
          (loaded) => {
            use(createStorefront({ adapter: loaded }));
            this.applySettings();
          },
          (error: unknown) => warnOnce(`adapter="${this.adapter}" failed to load: ${error}`),
        );
      } else if (adapter) use(createStorefront({ adapter }));
    }
    this.applySettings();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private adapterFromAttributes(): ReturnType<typeof createAdapter> {
    if (!this.api) {
      warnOnce('<vt-storefront> needs an `api` attribute (or a `storefront` property).');
      return undefined;
    }
    const adapter = createAdapter(this.adapter, {
      api: new URL(this.api, document.baseURI).href,
      apiKey: this.apiKey,
      currency: this.currency,
      locale: this.locale,
      country: this.country,
    });
    if (!adapter) {
      warnOnce(`adapter="${this.adapter}" is not registered; known: ${adapterNames().join(', ')}.`);
    }
    return adapter;
  }

  private applySettings(): void {
    // A ready-made storefront keeps its own settings where no attribute overrides them.
    const given = this.storefront?.$settings.get();
    const { settings, problems } = resolveSettings({
      channel: this.channel || given?.channel,
      locale: this.locale || given?.locale || document.documentElement.lang,
      currency: this.currency || given?.currency,
      // The visitor's own HT / TTC choice wins over the page's default.
      taxDisplay:
        this.active?.visitorTaxDisplay() ||
        this.taxDisplay ||
        (this.channel ? undefined : given?.taxDisplay),
    });
    for (const problem of problems) warnOnce(`<vt-storefront> ${problem}`);
    this.active?.updateSettings(settings);
    void useLocale(settings.locale);
  }

  private activate(storefront: Storefront): void {
    this.provider.setValue(storefront);
    this.unregister = registerStorefront(storefront, this.id || undefined);
    let reported = storefront.$cart.get().cart;
    this.stopCartEvents = storefront.$cart.listen(({ cart, lastChange }) => {
      if (cart === reported) return;
      reported = cart;
      if (lastChange === 'add' || lastChange === 'update' || lastChange === 'remove') {
        this.dispatchEvent(new VtCartChangeEvent(cart, lastChange));
      }
    });
  }

  private deactivate(): void {
    this.unregister?.();
    this.stopCartEvents?.();
    this.unregister = this.stopCartEvents = undefined;
  }
}
