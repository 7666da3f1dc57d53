import { msg } from '@lit/localize';
import { isVitrineError, mayAddToCart, type Storefront } from '@vitrine/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { errorMessage } from './error-message.js';

export type AddState = 'idle' | 'adding' | 'added' | 'failed';

/**
 * "Add to cart" as the visitor lives it: the button says it is adding, then the result is
 * announced ("Added", or what went wrong and what to do). Shared by cards, rows and the product
 * page so they all behave the same.
 *
 * Offered only to those who may order (see `allowed`): the host re-renders on session changes by
 * subscribing to `$customer`, and renders `renderNotAllowed()` in place of the button otherwise.
 */
export class AddToCartController implements ReactiveController {
  state: AddState = 'idle';
  message = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly storefront: () => Storefront | undefined,
    /** How long "Added" stays; undefined keeps it until the next change. */
    private readonly fadeAfterMs?: number,
  ) {
    host.addController(this);
  }

  get busy(): boolean {
    return this.state === 'adding';
  }

  /** Whether to show the button at all; the server checks again on every request. */
  allowed(): boolean {
    return mayAddToCart(this.storefront()?.$customer.get().customer);
  }

  async add(offerId: string, quantity: number): Promise<void> {
    const storefront = this.storefront();
    if (!storefront || this.busy) return;
    this.set('adding');
    try {
      await storefront.addLine(offerId, quantity);
      this.set('added');
      if (this.fadeAfterMs !== undefined) {
        this.timer = setTimeout(() => this.set('idle'), this.fadeAfterMs);
      }
    } catch (error) {
      this.set('failed', isVitrineError(error) ? errorMessage(error) : String(error));
    }
  }

  /** Shows a problem found before asking the shop (an invalid quantity). */
  fail(message: string): void {
    this.set('failed', message);
  }

  reset(): void {
    this.set('idle');
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  buttonLabel(): string {
    return this.busy
      ? msg('Adding…', { id: 'card.adding' })
      : msg('Add to cart', { id: 'card.add' });
  }

  /** Says why there is no button, in its place, to a signed-in role that may not order. */
  renderNotAllowed() {
    return html`<p
      part="cannot-order"
      class="message"
      .textContent=${msg('Your role cannot order: ask a buyer of your company', {
        id: 'card.cannotOrder',
      })}
    ></p>`;
  }

  /** The live region that announces the outcome; always rendered so announcements are heard. */
  renderMessage() {
    return html`<p part="message" class="message ${this.state}" role="status">
      ${
        this.state === 'added'
          ? msg('Added to your cart', { id: 'card.added' })
          : this.state === 'failed'
            ? this.message
            : nothing
      }
    </p>`;
  }

  private set(state: AddState, message = ''): void {
    clearTimeout(this.timer);
    this.state = state;
    this.message = message;
    this.host.requestUpdate();
  }
}
