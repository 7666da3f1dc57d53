/*
 * The quote (devis) state machine: one transition table, no I/O. Services ask it whether an
 * event may happen and what status follows; docs/quotes.md draws the same table.
 *
 *   draft ─submit→ submitted ─answer→ quoted ─accept→ accepted ─order→ ordered
 *                     ↑                 │ ├─reject→ rejected     │
 *                     │                 │ └─expire→ expired      └─require_approval→ pending_approval
 *   revision_requested ←request_revision┘                              ├─approve→ approved ─order→ ordered
 *                                                                      └─deny→ denied
 *   cancel: from every open status → cancelled.  expire: also from accepted, pending_approval and
 *   approved, once the seller's validity date has passed (the price held until then).
 */

export const QUOTE_STATUSES = [
  'draft',
  'submitted',
  'quoted',
  'revision_requested',
  'accepted',
  'pending_approval',
  'approved',
  'rejected',
  'expired',
  'denied',
  'ordered',
  'cancelled',
] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export const QUOTE_EVENTS = [
  'submit',
  'answer',
  'accept',
  'reject',
  'request_revision',
  'require_approval',
  'approve',
  'deny',
  'order',
  'expire',
  'cancel',
] as const;
export type QuoteEvent = (typeof QUOTE_EVENTS)[number];

/** Who causes an event: the requesting buyer, the seller, an approver, or the server itself. */
export type QuoteActor = 'buyer' | 'seller' | 'approver' | 'system';

export interface Transition {
  from: readonly QuoteStatus[];
  to: QuoteStatus;
  by: readonly QuoteActor[];
}

/** Statuses in which the quote can still move; every other status is final. */
export const OPEN_STATUSES: readonly QuoteStatus[] = [
  'draft',
  'submitted',
  'quoted',
  'revision_requested',
  'accepted',
  'pending_approval',
  'approved',
];

/** Statuses holding seller prices that an order may still use, until their validity date. */
export const PRICED_STATUSES: readonly QuoteStatus[] = [
  'quoted',
  'accepted',
  'pending_approval',
  'approved',
];

export const TRANSITIONS: Readonly<Record<QuoteEvent, Transition>> = {
  submit: { from: ['draft', 'revision_requested'], to: 'submitted', by: ['buyer'] },
  answer: { from: ['submitted'], to: 'quoted', by: ['seller'] },
  accept: { from: ['quoted'], to: 'accepted', by: ['buyer'] },
  reject: { from: ['quoted'], to: 'rejected', by: ['buyer'] },
  request_revision: { from: ['quoted'], to: 'revision_requested', by: ['buyer'] },
  require_approval: { from: ['accepted'], to: 'pending_approval', by: ['system'] },
  approve: { from: ['pending_approval'], to: 'approved', by: ['approver'] },
  deny: { from: ['pending_approval'], to: 'denied', by: ['approver'] },
  order: { from: ['accepted', 'approved'], to: 'ordered', by: ['buyer'] },
  expire: { from: PRICED_STATUSES, to: 'expired', by: ['system'] },
  cancel: { from: OPEN_STATUSES, to: 'cancelled', by: ['buyer', 'seller'] },
};

/** The status after `event`, or null when the event cannot happen in `status`. */
export function nextStatus(status: QuoteStatus, event: QuoteEvent): QuoteStatus | null {
  const transition = TRANSITIONS[event];
  return transition.from.includes(status) ? transition.to : null;
}

export function isFinal(status: QuoteStatus): boolean {
  return !OPEN_STATUSES.includes(status);
}

/** The events `actor` may cause from `status`, in table order. */
export function eventsFor(status: QuoteStatus, actor: QuoteActor): QuoteEvent[] {
  return QUOTE_EVENTS.filter(
    (event) => TRANSITIONS[event].by.includes(actor) && nextStatus(status, event) !== null,
  );
}
