import { randomUUID } from 'node:crypto';
import { productImageUrl } from '../catalog/types.js';
import type { Auth } from '../auth/types.js';
import type { Database, Queryable } from '../db.js';
import { ApiError, notFound, validationError } from '../http/errors.js';
import { loadPricingCustomer } from '../pricing/customer.js';
import { loadOfferPricing } from '../pricing/repository.js';
import { resolveOfferPrice } from '../pricing/resolve.js';
import * as repo from './repository.js';
import { cartTotals } from './totals.js';
import { MAX_LINE_QUANTITY, type Cart, type CartLine } from './types.js';

/*
 * Cart rules. Every mutation runs in one transaction that first locks the cart row, so
 * that checks and writes see the same state and a rejected request writes nothing.
 * A cart created while signed in belongs to that person: to anyone else it does not exist.
 * Lines are priced for the cart's owner (price list, quantity tiers) at every read.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids we hand out are UUIDs; anything else cannot exist, so it is a 404 like any unknown id. */
export function normaliseId(id: string): string | null {
  return UUID.test(id) ? id.toLowerCase() : null;
}

/** Whether `auth` may see the cart: anonymous carts are open to whoever holds the id. */
export function mayAccessCart(cart: repo.CartRow, auth: Auth): boolean {
  return cart.user_id === null || cart.user_id === auth.user?.id;
}

/** Cart lines priced for the owner of the cart. */
export async function pricedLines(
  db: Queryable,
  cart: repo.CartRow,
  rows: readonly repo.CartLineRow[],
): Promise<CartLine[]> {
  const customer = await loadPricingCustomer(db, cart.membership_id);
  const pricing = await loadOfferPricing(
    db,
    rows.map((r) => r.offer_id),
    customer,
  );
  return rows.map((r) => {
    const resolved = resolveOfferPrice(pricing.get(r.offer_id)!, r.quantity, customer);
    return {
      id: r.id,
      offerId: r.offer_id,
      productId: r.product_id,
      sku: r.sku,
      name: r.name,
      imageUrl: productImageUrl(r.product_id),
      seller: { id: r.seller_id, name: r.seller_name },
      unitPrice: { amount: resolved.amount, currency: r.currency.trim(), includesTax: false },
      priceRule: resolved.rule === 'negotiated' ? 'base' : resolved.rule,
      vatRate: r.vat_rate,
      quantity: r.quantity,
    };
  });
}

async function loadCart(db: Queryable, cart: repo.CartRow): Promise<Cart> {
  const lines = await pricedLines(db, cart, await repo.findCartLines(db, cart.id));
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

/** The cart, locked for this transaction, if `auth` may change it. */
async function lockCart(tx: Queryable, rawId: string, auth: Auth): Promise<repo.CartRow> {
  const id = normaliseId(rawId);
  const cart = id === null ? null : await repo.findCart(tx, id, true);
  if (cart === null || !mayAccessCart(cart, auth)) throw notFound(`Unknown cart ${rawId}`);
  if (cart.checked_out_at !== null) {
    throw new ApiError('cart_checked_out', `Cart ${cart.id} has become an order: start a new cart`);
  }
  return cart;
}

async function reload(tx: Queryable, cartId: string): Promise<Cart> {
  return loadCart(tx, (await repo.findCart(tx, cartId))!);
}

export async function createCart(db: Database, auth: Auth, currency: string): Promise<Cart> {
  return db.transaction(async (tx) => {
    const id = randomUUID();
    await repo.insertCart(tx, {
      id,
      currency,
      userId: auth.user?.id ?? null,
      membershipId: auth.membership?.id ?? null,
    });
    return reload(tx, id);
  });
}

export async function getCart(db: Queryable, auth: Auth, rawId: string): Promise<Cart> {
  const id = normaliseId(rawId);
  const cart = id === null ? null : await repo.findCart(db, id);
  if (cart === null || !mayAccessCart(cart, auth)) throw notFound(`Unknown cart ${rawId}`);
  return loadCart(db, cart);
}

/** Adds an offer, or adds to the quantity of the line that already holds it. */
export async function addLine(
  db: Database,
  auth: Auth,
  rawCartId: string,
  offerId: string,
  quantity: number,
): Promise<Cart> {
  return db.transaction(async (tx) => {
    const cart = await lockCart(tx, rawCartId, auth);
    const cartId = cart.id;
    const offer = await repo.findOffer(tx, offerId);
    if (offer === null) {
      throw new ApiError('not_found', `Unknown offer ${offerId}`, [
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
      throw new ApiError('out_of_stock', `Offer ${offerId} is out of stock`, [
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
    return reload(tx, cartId);
  });
}

/** The cart's line with this id; a malformed id or another cart's line is not found. */
async function lineOf(tx: Parameters<typeof repo.findLine>[0], cartId: string, rawLineId: string) {
  const lineId = normaliseId(rawLineId);
  const line = lineId === null ? null : await repo.findLine(tx, cartId, lineId);
  if (line === null) throw notFound(`Unknown line ${rawLineId} in cart ${cartId}`);
  return line;
}

export async function updateLine(
  db: Database,
  auth: Auth,
  rawCartId: string,
  rawLineId: string,
  quantity: number,
): Promise<Cart> {
  return db.transaction(async (tx) => {
    const { id: cartId } = await lockCart(tx, rawCartId, auth);
    const line = await lineOf(tx, cartId, rawLineId);
    if (quantity > line.quantity) {
      // Lowering the quantity of a line whose offer ran out stays possible; raising it does not.
      const offer = await repo.findOffer(tx, line.offerId);
      if (offer !== null && offer.stock <= 0) {
        throw new ApiError('out_of_stock', `Offer ${line.offerId} is out of stock`, [
          { path: 'quantity', message: 'Out of stock' },
        ]);
      }
    }
    await repo.setLineQuantity(tx, line.id, quantity);
    await repo.touchCart(tx, cartId);
    return reload(tx, cartId);
  });
}

export async function removeLine(
  db: Database,
  auth: Auth,
  rawCartId: string,
  rawLineId: string,
): Promise<Cart> {
  return db.transaction(async (tx) => {
    const { id: cartId } = await lockCart(tx, rawCartId, auth);
    const line = await lineOf(tx, cartId, rawLineId);
    await repo.deleteLine(tx, line.id);
    await repo.touchCart(tx, cartId);
    return reload(tx, cartId);
  });
}
