import { atom, onMount, type ReadableAtom } from 'nanostores';
import type { CommerceAdapter } from './adapter.js';
import type { Offer, SellerRef } from './catalog.js';
import { REQUEST_QUOTE } from './customer.js';
import { isNotFoundError, toVitrineError, VitrineError } from './errors.js';
import { assertQuantity } from './quantity.js';
import { withQuoteLine, type QuoteDraft } from './quote-draft.js';
import type { SessionState } from './session-store.js';
import type { KeyValueStorage } from './storage.js';

export interface QuoteDraftState {
  /** The drafts of the active membership this page has seen, by seller id. */
  readonly drafts: Readonly<Record<string, QuoteDraft>>;
  /** An addition is under way. */
  readonly pending: boolean;
  /** What last went wrong; the drafts shown are still the last ones the backend confirmed. */
  readonly error?: VitrineError;
  /** The last addition that went through, for the announcement. */
  readonly lastAdded?: {
    readonly offerId: string;
    readonly quantity: number;
    readonly seller: SellerRef;
  };
}

export type QuoteDraftStores = ReturnType<typeof createQuoteDraftStores>;

/**
 * The buyer's draft quote requests, one per seller (a quote is one seller's answer). The ids are
 * persisted per membership, so a draft grows across pages and visits until the buyer submits
 * it; its lines are read from the backend before each change, so another tab's additions are
 * kept. Additions run one at a time, and a failed one leaves the draft as it was.
 *
 * Loaded on demand (see `loadQuoteDrafts` on the storefront): guests and consumers never need it.
 */
export function createQuoteDraftStores(
  adapter: CommerceAdapter,
  storage: KeyValueStorage,
  $customer: ReadableAtom<SessionState>,
) {
  const $quoteDrafts = atom<QuoteDraftState>({ drafts: {}, pending: false });
  let queue: Promise<unknown> = Promise.resolve();
  let membership = activeMembership();

  function activeMembership(): string | undefined {
    const { customer } = $customer.get();
    return customer && (customer.activeMembershipId ?? customer.id);
  }

  const keyOf = (member: string) => `vitrine:quote-drafts:${adapter.id}:${member}`;

  /** Draft ids by seller id, as saved for `member`; anything unreadable counts as none. */
  function savedIds(member: string): Record<string, string> {
    try {
      const saved: unknown = JSON.parse(storage.get(keyOf(member)) ?? '{}');
      if (typeof saved !== 'object' || saved === null) return {};
      return Object.fromEntries(
        Object.entries(saved).filter((entry): entry is [string, string] => {
          return typeof entry[1] === 'string';
        }),
      );
    } catch {
      return {};
    }
  }

  function saveId(member: string, sellerId: string, quoteId: string | undefined): void {
    const { [sellerId]: _left, ...others } = savedIds(member);
    storage.set(
      keyOf(member),
      JSON.stringify(quoteId ? { ...others, [sellerId]: quoteId } : others),
    );
  }

  // Another membership has other drafts: forget what was shown for the last one.
  onMount($quoteDrafts, () =>
    $customer.subscribe(() => {
      const next = activeMembership();
      if (next !== membership) $quoteDrafts.set({ drafts: {}, pending: false });
      membership = next;
    }),
  );

  /** The draft of `sellerId` saved for `member`, if it is still a draft. */
  async function openDraft(member: string, sellerId: string): Promise<QuoteDraft | undefined> {
    const id = savedIds(member)[sellerId];
    if (!id) return undefined;
    try {
      const draft = await required(adapter.getQuoteDraft).call(adapter, id);
      if (draft.draft) return draft;
    } catch (error) {
      // Deleted, or no longer visible to this membership: start another.
      if (!isNotFoundError(error)) throw error;
    }
    saveId(member, sellerId, undefined);
    return undefined;
  }

  /**
   * Adds `quantity` of `offer` to the draft request to the offer's seller: the quantity is added
   * to the offer's line when it is there, else a line is added; without a draft for that seller,
   * one is started.
   */
  function addToQuote(offer: Offer, quantity: number): Promise<QuoteDraft> {
    const task = queue.then(async () => {
      $quoteDrafts.set({ ...$quoteDrafts.get(), pending: true, error: undefined });
      try {
        const { customer } = $customer.get();
        if (!customer?.permissions.includes(REQUEST_QUOTE)) {
          throw new VitrineError('invalid-input', 'Sign in as a company buyer to ask for quotes');
        }
        assertQuantity(quantity, offer.quantityRules);
        const member = customer.activeMembershipId ?? customer.id;
        if (member !== membership) $quoteDrafts.set({ drafts: {}, pending: true });
        membership = member;
        const open = await openDraft(member, offer.seller.id);
        const draft = open
          ? await required(adapter.replaceQuoteDraftLines).call(
              adapter,
              open.id,
              withQuoteLine(open.lines, offer.id, quantity),
            )
          : await required(adapter.createQuoteDraft).call(adapter, [
              { offerId: offer.id, quantity },
            ]);
        saveId(member, draft.seller.id, draft.id);
        $quoteDrafts.set({
          drafts: { ...$quoteDrafts.get().drafts, [draft.seller.id]: draft },
          pending: false,
          lastAdded: { offerId: offer.id, quantity, seller: draft.seller },
        });
        return draft;
      } catch (error) {
        const failure = toVitrineError(error);
        $quoteDrafts.set({ ...$quoteDrafts.get(), pending: false, error: failure });
        throw failure;
      }
    });
    queue = task.catch(() => undefined);
    return task;
  }

  function dismissQuoteError(): void {
    $quoteDrafts.set({ ...$quoteDrafts.get(), error: undefined });
  }

  return { $quoteDrafts, addToQuote, dismissQuoteError };
}

function required<T>(method: T | undefined): T {
  if (!method) throw new VitrineError('invalid-input', 'This shop takes no quote requests');
  return method;
}
