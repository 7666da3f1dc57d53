import { msg, str } from '@lit/localize';
import {
  mayRequestQuotes,
  toVitrineError,
  type Offer,
  type Storefront,
  type VitrineError,
} from '@vitrine/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { errorMessage } from './error-message.js';

type QuoteAddState = 'idle' | 'adding' | 'added' | 'failed';

/**
 * "Add to quote" as the buyer lives it, next to "Add to cart": offered only when the backend
 * takes quotes and the active role may ask for them, it adds the offer to the draft request to
 * the offer's seller and announces the outcome. The quote code loads on the first click.
 *
 * The host re-renders on session changes by subscribing to `$customer` (see `allowed`).
 */
export class AddToQuoteController implements ReactiveController {
  state: QuoteAddState = 'idle';
  message = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly storefront: () => Storefront | undefined,
  ) {
    host.addController(this);
  }

  get busy(): boolean {
    return this.state === 'adding';
  }

  /** Whether to show the button at all; the server checks again on every request. */
  allowed(): boolean {
    const storefront = this.storefront();
    if (!storefront) return false;
    return mayRequestQuotes(storefront.$customer.get().customer, storefront.adapter.capabilities);
  }

  async add(offer: Offer, quantity: number): Promise<void> {
    const storefront = this.storefront();
    // Set before anything is awaited: a double click adds once.
    if (!storefront || this.busy) return;
    this.set('adding');
    try {
      const drafts = await storefront.loadQuoteDrafts();
      const draft = await drafts.addToQuote(offer, quantity);
      this.set(
        'added',
        msg(str`Added to your quote request from ${draft.seller.name}`, { id: 'quote.added' }),
      );
    } catch (error) {
      this.set('failed', quoteErrorMessage(toVitrineError(error)));
    }
  }

  reset(): void {
    if (this.state !== 'idle') this.set('idle');
  }

  /** A page that shows the element again starts without the last announcement. */
  hostDisconnected(): void {
    if (!this.busy) this.state = 'idle';
  }

  buttonLabel(): string {
    return this.busy
      ? msg('Adding…', { id: 'card.adding' })
      : msg('Add to quote', { id: 'quote.add' });
  }

  /** The live region that announces the outcome; rendered with the button. */
  renderMessage() {
    return html`<p part="quote-message" class="message ${this.state}" role="status">
      ${this.state === 'added' || this.state === 'failed' ? this.message : nothing}
    </p>`;
  }

  private set(state: QuoteAddState, message = ''): void {
    this.state = state;
    this.message = message;
    this.host.requestUpdate();
  }
}

/** What went wrong, and what to do about it. */
function quoteErrorMessage(error: VitrineError): string {
  switch (error.code) {
    case 'validation':
    case 'invalid-input':
      return msg(
        'This cannot be added to a quote request: check the quantity, or choose a role that may ask for quotes.',
        { id: 'quote.refused' },
      );
    case 'conflict':
      return msg('Your quote request changed meanwhile. Please try again.', {
        id: 'quote.conflict',
      });
    default:
      return `${errorMessage(error)} ${msg('Your quote request is unchanged.', { id: 'quote.unchanged' })}`;
  }
}
