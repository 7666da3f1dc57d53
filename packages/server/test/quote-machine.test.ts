import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  eventsFor,
  isFinal,
  nextStatus,
  QUOTE_EVENTS,
  QUOTE_STATUSES,
  type QuoteEvent,
  type QuoteStatus,
} from '../src/quotes/machine.js';

/*
 * Every (status, event) pair of the quote state machine, checked against the moves written out
 * here by hand — the description of the machine, not a copy of the transition table.
 */
const ALLOWED: readonly [QuoteStatus, QuoteEvent, QuoteStatus][] = [
  ['draft', 'submit', 'submitted'],
  ['revision_requested', 'submit', 'submitted'],
  ['submitted', 'answer', 'quoted'],
  ['quoted', 'accept', 'accepted'],
  ['quoted', 'reject', 'rejected'],
  ['quoted', 'request_revision', 'revision_requested'],
  ['accepted', 'require_approval', 'pending_approval'],
  ['pending_approval', 'approve', 'approved'],
  ['pending_approval', 'deny', 'denied'],
  ['accepted', 'order', 'ordered'],
  ['approved', 'order', 'ordered'],
  // The seller's prices hold until their date: a priced quote not yet ordered expires.
  ['quoted', 'expire', 'expired'],
  ['accepted', 'expire', 'expired'],
  ['pending_approval', 'expire', 'expired'],
  ['approved', 'expire', 'expired'],
  // Cancelled from any open status.
  ['draft', 'cancel', 'cancelled'],
  ['submitted', 'cancel', 'cancelled'],
  ['quoted', 'cancel', 'cancelled'],
  ['revision_requested', 'cancel', 'cancelled'],
  ['accepted', 'cancel', 'cancelled'],
  ['pending_approval', 'cancel', 'cancelled'],
  ['approved', 'cancel', 'cancelled'],
];

const FINAL: readonly QuoteStatus[] = ['rejected', 'expired', 'denied', 'ordered', 'cancelled'];

describe('quote state machine', () => {
  test(`every one of the ${QUOTE_STATUSES.length} × ${QUOTE_EVENTS.length} pairs`, () => {
    let checked = 0;
    for (const status of QUOTE_STATUSES) {
      for (const event of QUOTE_EVENTS) {
        const expected = ALLOWED.find(([from, on]) => from === status && on === event)?.[2] ?? null;
        assert.equal(nextStatus(status, event), expected, `${status} --${event}-->`);
        checked += 1;
      }
    }
    assert.equal(checked, 132);
  });

  test('final statuses accept no event; every other status can still move', () => {
    for (const status of QUOTE_STATUSES) {
      const moves = QUOTE_EVENTS.filter((event) => nextStatus(status, event) !== null);
      assert.equal(isFinal(status), FINAL.includes(status), status);
      assert.equal(moves.length === 0, FINAL.includes(status), status);
    }
  });

  test('every status is reachable from draft', () => {
    const seen = new Set<QuoteStatus>(['draft']);
    const queue: QuoteStatus[] = ['draft'];
    while (queue.length > 0) {
      const status = queue.shift()!;
      for (const event of QUOTE_EVENTS) {
        const next = nextStatus(status, event);
        if (next !== null && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    assert.deepEqual([...seen].sort(), [...QUOTE_STATUSES].sort());
  });

  test('who may cause what', () => {
    assert.deepEqual(eventsFor('draft', 'buyer'), ['submit', 'cancel']);
    assert.deepEqual(eventsFor('submitted', 'seller'), ['answer', 'cancel']);
    assert.deepEqual(eventsFor('submitted', 'buyer'), ['cancel']);
    assert.deepEqual(eventsFor('quoted', 'buyer'), [
      'accept',
      'reject',
      'request_revision',
      'cancel',
    ]);
    assert.deepEqual(eventsFor('quoted', 'seller'), ['cancel']);
    assert.deepEqual(eventsFor('accepted', 'buyer'), ['order', 'cancel']);
    assert.deepEqual(eventsFor('pending_approval', 'approver'), ['approve', 'deny']);
    assert.deepEqual(eventsFor('pending_approval', 'buyer'), ['cancel']);
    assert.deepEqual(eventsFor('approved', 'buyer'), ['order', 'cancel']);
    assert.deepEqual(eventsFor('ordered', 'buyer'), []);
    // The server alone expires quotes and sends them for approval.
    for (const status of QUOTE_STATUSES) {
      for (const actor of ['buyer', 'seller', 'approver'] as const) {
        assert.ok(!eventsFor(status, actor).includes('expire'));
        assert.ok(!eventsFor(status, actor).includes('require_approval'));
      }
    }
  });
});
