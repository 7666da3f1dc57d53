import { updateWhenLocaleChanges } from '@lit/localize';
import { adoptStyles, css, nothing } from 'lit';
import { VitrineElement } from '../shared/vitrine-element.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import type { CartPanel } from './cart-panel.js';

/**
 * Inline by default; with `drawer` it is a side panel that `<vt-cart-button>` opens.
 *
 * The element itself is small: what it shows (lines, quantities, totals) loads when it is first
 * needed — at once for an inline cart, when the drawer first opens otherwise.
 *
 * @summary The cart: lines with quantities, removal, and totals excl. VAT, VAT and incl. VAT.
 * @attr storefront - Id of the `<vt-storefront>` to use when placed outside one.
 * @slot empty - Replaces the "Your cart is empty" message.
 * @slot footer - Below the totals, e.g. a link to the host's checkout page.
 * @csspart drawer - The side panel's dialog, with `drawer`.
 * @csspart panel - The cart's content: heading, lines, totals.
 * @csspart heading - The "Cart" title.
 * @csspart line - One line of the cart.
 * @csspart quantity - The quantity field of a line.
 * @csspart remove-button - The remove button of a line.
 * @csspart totals - The totals table.
 * @csspart error - The message shown when a change failed.
 * @cssproperty --vt-cart-drawer-width - Width of the drawer (default min(420px, 100vw)).
 */
export class VtCart extends VitrineElement {
  // Its box only: the rest of its styles come with the panel (cart.styles.ts).
  static override styles = css`
    :host {
      display: block;
    }
  `;

  static override properties = {
    drawer: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
  };

  /** Show the cart as a side panel, opened by `<vt-cart-button>` or `show()`. */
  declare drawer: boolean;
  /** Whether the drawer is open. */
  declare open: boolean;

  private readonly storefront = new StorefrontController(this, (sf) => [sf.$settings, sf.$cart]);
  private panel: CartPanel | undefined;
  private panelLoaded: Promise<void> | undefined;

  constructor() {
    super();
    this.drawer = false;
    this.open = false;
    updateWhenLocaleChanges(this);
  }

  /** Opens the drawer, or brings the inline cart into view, and moves focus to it. */
  show(): void {
    if (this.drawer) this.open = true;
    else this.scrollIntoView({ block: 'start', behavior: 'smooth' });
    void this.loadPanel()
      .then(() => this.updateComplete)
      .then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  close(): void {
    this.open = false;
  }

  toggle(): void {
    if (this.drawer && this.open) this.close();
    else this.show();
  }

  protected override willUpdate(): void {
    // A closed drawer shows nothing, so nothing more is loaded until it opens.
    if (this.open || !this.drawer) void this.loadPanel();
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    // The panel can arrive after the element left the page: a modal needs a document.
    if (this.open && !dialog.open && this.isConnected) dialog.showModal();
    if (!this.open && dialog.open) dialog.close();
  }

  protected override render() {
    return this.panel?.render() ?? nothing;
  }

  private loadPanel(): Promise<void> {
    this.panelLoaded ??= import('./cart-panel.js').then(
      ({ CartPanel, panelStyles }) => {
        // The panel's styles go first, so that a subclass's own static styles still win.
        if (this.renderRoot instanceof ShadowRoot) {
          const own = (this.constructor as typeof VitrineElement).elementStyles;
          adoptStyles(this.renderRoot, [...panelStyles, ...own]);
        }
        this.panel = new CartPanel(this, this.storefront);
        this.requestUpdate();
      },
      (error: unknown) => {
        // Offline, or a new deployment removed the chunk: the next opening tries again.
        this.panelLoaded = undefined;
        this.open = false;
        throw error;
      },
    );
    return this.panelLoaded;
  }
}
