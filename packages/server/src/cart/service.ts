import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../db.js';
import { ApiError, notFound, validationError } from '../http/errors.js';
import * as repo from './repository.js';
import { cartTotals } from './totals.js';
import { MAX_LINE_QUANTITY, type Cart } from './types.js';

/*
 * Cart rules. Every mutation runs in one transaction that first locks the cart row, so
 * that checks and writes see the same state and a rejected request writes nothing.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids we hand out are UUIDs; anything else cannot exist, so it is a 404 like any unknown id. */
function normaliseId(id: string): string | null {
  return UUID.test(id) ? id.toLowerCase() : null;
}

async function loadCart(db: Queryable, cartId: string): Promise<Cart> {
  const cart = await repo.findCart(db, cartId);
  if (cart === null) throw notFound(`Unknown cart ${cartId}`);
  const lines = await repo.findCartLines(db, cartId);
  const currency = cart.currency.trim();
  return {
    id: cart.id,
    currency,
    lines,
    totals: cartTotals(lines, currency),
    createdAt: new Date(cart.created_at).toISOString(),
    updatedAt: new Date(cart.updated_at).toISOString(),
  };
}

async function lockCart(tx: Queryable, rawId: string): Promise<repo.CartRow> {
  const id = normaliseId(rawId);
  const cart = id === null ? null : await repo.findCart(tx, id, true);
  if (cart === null) throw notFound(`Unknown cart ${rawId}`);
  return cart;
}

export async function createCart(db: Database, currency: string): Promise<Cart> {
  return db.transaction(async (tx) => {
    const id = randomUUID();
    await repo.insertCart(tx, id, currency);
    return loadCart(tx, id);
  });
}

export async function getCart(db: Queryable, rawId: string): Promise<Cart> {
  const id = normaliseId(rawId);
  if (id === null) throw notFound(`Unknown cart ${rawId}`);
  return loadCart(db, id);
}

/** Adds an offer, or adds to the quantity of the line that already holds it. */
export async function addLine(
  db: Database,
  rawCartId: string,
  offerId: string,
  quantity: number,
): Promise<Cart> {
  return db.transaction(async (tx) => {
    const cart = await lockCart(tx, rawCartId);
    const cartId = cart.id;
    const offer = await repo.findOffer(tx, offerId);
    if (offer === null) {
      throw new ApiError(404, 'not_found', `Unknown offer ${offerId}`, [
        { path: 'offerId', message: 'No such offer' },
      ]);
    }
    if (offer.currency !== cart.currency.trim()) {
      throw validationError([
        {
          path: 'offerId',
          message: `The offer is priced in ${offer.currency}, the cart in ${cart.currency.trim()}`,
        },
      ]);
    }
    if (offer.stock <= 0) {
      throw new ApiError(409, 'out_of_stock', `Offer ${offerId} is out of stock`, [
        { path: 'offerId', message: 'Out of stock' },
      ]);
    }
    const existing = await repo.findLineByOffer(tx, cartId, offerId);
    if (existing === null) {
      await repo.insertLine(tx, { id: randomUUID(), cartId, offerId, quantity });
    } else {
      const total = existing.quantity + quantity;
      if (total > MAX_LINE_QUANTITY) {
        throw validationError([
          {
            path: 'quantity',
            message: `The cart already holds ${existing.quantity} of this offer; a line holds at most ${MAX_LINE_QUANTITY}`,
          },
        ]);
      }
      await repo.setLineQuantity(tx, existing.id, total);
    }
    await repo.touchCart(tx, cartId);
    return loadCart(tx, cartId);
  });
}

export async function updateLine(
  db: Database,
  rawCartId: string,
  rawLineId: string,
  quantity: number,
): Promise<Cart> {
  return db.transaction(async (tx) => {
    const { id: cartId } = await lockCart(tx, rawCartId);
    const lineId = normaliseId(rawLineId);
    const line = lineId === null ? null : await repo.findLine(tx, cartId, lineId);
    if (line === null) throw notFound(`Unknown line ${rawLineId} in cart ${cartId}`);
    if (quantity > line.quantity) {
      // Lowering the quantity of a line whose offer ran out stays possible; raising it does not.
      const offer = await repo.findOffer(tx, line.offerId);
      if (offer !== null && offer.stock <= 0) {
        throw new ApiError(409, 'out_of_stock', `Offer ${line.offerId} is out of stock`, [
          { path: 'quantity', message: 'Out of stock' },
        ]);
      }
    }
    await repo.setLineQuantity(tx, line.id, quantity);
    await repo.touchCart(tx, cartId);
    return loadCart(tx, cartId);
  });
}

export async function removeLine(
  db: Database,
  rawCartId: string,
  rawLineId: string,
): Promise<Cart> {
  return db.transaction(async (tx) => {
    const { id: cartId } = await lockCart(tx, rawCartId);
    const lineId = normaliseId(rawLineId);
    const line = lineId === null ? null : await repo.findLine(tx, cartId, lineId);
    if (line === null) throw notFound(`Unknown line ${rawLineId} in cart ${cartId}`);
    await repo.deleteLine(tx, line.id);
    await repo.touchCart(tx, cartId);
    return loadCart(tx, cartId);
  });
}
