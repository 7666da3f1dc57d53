import { randomUUID } from 'node:crypto';
import { approvalNeedFor, openApproval } from '../approvals/need.js';
import { pricingCustomerOf, type Auth, type MemberAuth } from '../auth/types.js';
import { LINE_NAME, LINE_SKU, LINE_VARIANT_JOIN } from '../cart/line-label.js';
import * as carts from '../cart/repository.js';
import { mayAccessCart, normaliseId } from '../cart/service.js';
import { cartTotals } from '../cart/totals.js';
import type { Queryable } from '../db.js';
import { isoDay, type Deps } from '../http/deps.js';
import { ApiError, forbidden, notFound, validationError } from '../http/errors.js';
import { idempotent } from '../http/idempotency.js';
import { lineAmounts, sumAmounts } from '../pricing/amounts.js';
import { loadOfferPricing } from '../pricing/repository.js';
import { resolveOfferPrice } from '../pricing/resolve.js';
import { markOrdered, quoteForOrder } from '../quotes/service.js';
import { cancelWholeOrder, issueInvoices } from './lifecycle.js';
import * as repo from './repository.js';
import { maySetSellerOrder } from './seller-machine.js';
import type {
  Address,
  InvoicePage,
  Order,
  OrderConflict,
  OrderLine,
  OrderPage,
  SellerOrderPage,
  SellerOrderView,
} from './types.js';
import { buyerOf, invoiceView, orderViews, sellerOrderViews } from './views.js';

/*
 * Placing an order. The server prices every line again — the client's figures are only
 * compared, never used — checks stock, and answers 409 with its own figures when the buyer saw
 * something else. Everything runs in one transaction behind the Idempotency-Key: a retry
 * after a lost answer gets the same order, never a second one.
 */

export interface CreateOrderInput {
  cartId?: string | undefined;
  quoteId?: string | undefined;
  /** The total incl. VAT the buyer was shown and agreed to. */
  expectedTotal: { amount: number; currency: string };
  email?: string | undefined;
  shippingAddress?: Address | undefined;
  purchaseOrderNumber?: string | undefined;
}

interface SourceLine {
  offerId: string;
  quantity: number;
  /** A quote's accepted unit price; undefined: priced now for the buyer. */
  quotedPrice?: number;
}

interface PricedLine {
  offerId: string;
  productId: string;
  sellerId: string;
  categoryId: string;
  quantity: number;
  available: number;
  vatRate: number;
  currency: string;
  unitPrice: number;
  priceRule: OrderLine['priceRule'];
}

function conflictDetails(lines: readonly PricedLine[], currency: string): OrderConflict {
  return {
    lines: lines.map((l) => ({
      offerId: l.offerId,
      quantity: l.quantity,
      available: l.available,
      unitPrice: { amount: l.unitPrice, currency: l.currency, includesTax: false },
      priceRule: l.priceRule,
    })),
    totals: cartTotals(
      lines.map((l) => ({
        unitPrice: { amount: l.unitPrice },
        quantity: l.quantity,
        vatRate: l.vatRate,
      })),
      currency,
    ),
  };
}

/** Where the goods go: given, else (B2B) the company's address; guests also leave an email. */
async function deliveryOf(
  tx: Queryable,
  auth: Auth,
  input: CreateOrderInput,
): Promise<{ address: Address; email: string | null }> {
  const fields: { path: string; message: string }[] = [];
  if (auth.user === null && input.email === undefined) {
    fields.push({ path: 'email', message: 'Is required when ordering without an account' });
  }
  let address = input.shippingAddress;
  const company = auth.membership?.company ?? null;
  if (address === undefined && company !== null) {
    address = (await repo.findCompanyTerms(tx, company.id)).address as unknown as Address;
  }
  if (address === undefined) fields.push({ path: 'shippingAddress', message: 'Is required' });
  if (fields.length > 0) throw validationError(fields);
  return { address: address!, email: auth.user === null ? input.email! : null };
}

async function sourceLines(
  tx: Queryable,
  deps: Deps,
  auth: Auth,
  input: CreateOrderInput,
): Promise<{
  lines: SourceLine[];
  cartId: string | null;
  quote: Awaited<ReturnType<typeof quoteForOrder>>['quote'] | null;
}> {
  if (input.cartId !== undefined) {
    const id = normaliseId(input.cartId);
    const cart = id === null ? null : await carts.findCart(tx, id, true);
    if (cart === null || !mayAccessCart(cart, auth)) {
      throw new ApiError('not_found', `Unknown cart ${input.cartId}`, [
        { path: 'cartId', message: 'No such cart' },
      ]);
    }
    if (cart.checked_out_at !== null) {
      throw new ApiError('cart_checked_out', `Cart ${cart.id} has already become an order`);
    }
    const rows = await carts.findCartLines(tx, cart.id);
    if (rows.length === 0)
      throw validationError([{ path: 'cartId', message: 'The cart is empty' }]);
    return {
      lines: rows.map((r) => ({ offerId: r.offer_id, quantity: r.quantity })),
      cartId: cart.id,
      quote: null,
    };
  }
  if (auth.user === null) {
    throw new ApiError('not_found', `Unknown quote ${input.quoteId}`, [
      { path: 'quoteId', message: 'No such quote' },
    ]);
  }
  const { quote, lines } = await quoteForOrder(tx, deps, auth as MemberAuth, input.quoteId!);
  return {
    lines: lines.map((l) => ({
      offerId: l.offer_id,
      quantity: l.quantity,
      quotedPrice: l.quoted_price!,
    })),
    cartId: null,
    quote,
  };
}

async function priceLines(
  tx: Queryable,
  auth: Auth,
  lines: readonly SourceLine[],
): Promise<PricedLine[]> {
  const customer = pricingCustomerOf(auth);
  const pricing = await loadOfferPricing(
    tx,
    lines.map((l) => l.offerId),
    customer,
  );
  return lines.map((line) => {
    const offer = pricing.get(line.offerId)!;
    const resolved =
      line.quotedPrice !== undefined
        ? { amount: line.quotedPrice, rule: 'negotiated' as const }
        : resolveOfferPrice(offer, line.quantity, customer);
    return {
      offerId: line.offerId,
      productId: offer.productId,
      sellerId: offer.sellerId,
      categoryId: offer.categoryId,
      quantity: line.quantity,
      available: offer.stock,
      vatRate: offer.vatRate,
      currency: offer.currency,
      unitPrice: resolved.amount,
      priceRule: resolved.rule,
    };
  });
}

/**
 * What each offer's order line is called, as its cart line was: the variant's SKU and the
 * product's name with the variant's, so that the order keeps the size that was bought.
 */
async function lineLabels(
  tx: Queryable,
  offerIds: readonly string[],
): Promise<Map<string, { sku: string; name: string }>> {
  const rows = await tx.query<{ offer_id: string; sku: string; name: string }>(
    `SELECT o.id AS offer_id, ${LINE_SKU} AS sku, ${LINE_NAME} AS name
     FROM offers o
     JOIN products p ON p.id = o.product_id
     ${LINE_VARIANT_JOIN}
     WHERE o.id = ANY($1::text[])`,
    [offerIds],
  );
  return new Map(rows.map((r) => [r.offer_id, { sku: r.sku, name: r.name }]));
}

async function writeOrder(
  tx: Queryable,
  deps: Deps,
  auth: Auth,
  input: CreateOrderInput,
): Promise<string> {
  const source = await sourceLines(tx, deps, auth, input);
  const delivery = await deliveryOf(tx, auth, input);
  const offerIds = source.lines.map((l) => l.offerId);
  await repo.lockOffers(tx, offerIds);
  const lines = await priceLines(tx, auth, source.lines);
  const currency = lines[0]!.currency;

  const short = lines.filter((l) => l.available < l.quantity);
  if (short.length > 0) {
    throw new ApiError(
      'out_of_stock',
      `Not enough stock for ${short.map((l) => l.offerId).join(', ')}`,
      short.map((l) => ({
        path: `lines.${lines.indexOf(l)}`,
        message: `Only ${l.available} left`,
      })),
      { details: conflictDetails(lines, currency) },
    );
  }
  const amounts = lines.map((l) => lineAmounts(l.unitPrice, l.quantity, l.vatRate));
  const total = sumAmounts(amounts);
  if (input.expectedTotal.currency !== currency || input.expectedTotal.amount !== total.incl) {
    throw new ApiError(
      'price_changed',
      `Prices changed since they were shown: the total is now ${total.incl} ${currency} incl. VAT, not ${input.expectedTotal.amount}`,
      [{ path: 'expectedTotal', message: `The total is now ${total.incl} ${currency}` }],
      { details: conflictDetails(lines, currency) },
    );
  }

  // A company member's purchase may need an approver first (an approved quote already has one).
  const membership = auth.membership;
  const company = membership?.company ?? null;
  const need =
    source.quote?.status === 'approved'
      ? null
      : await approvalNeedFor(
          tx,
          membership,
          { total: total.excl, categoryIds: lines.map((l) => l.categoryId) },
          deps.clock(),
        );
  const status: repo.OrderStatus = need === null ? 'placed' : 'pending_approval';

  const orderId = randomUUID();
  await repo.insertOrder(tx, {
    id: orderId,
    number: `CMD-${await repo.nextNumber(tx, 'order')}`,
    userId: auth.user?.id ?? null,
    membershipId: membership?.id ?? null,
    companyId: company?.id ?? null,
    guestEmail: delivery.email,
    source: source.quote === null ? 'cart' : 'quote',
    cartId: source.cartId,
    quoteId: source.quote?.id ?? null,
    status,
    paymentMethod: company === null ? 'card' : 'invoice',
    currency,
    totals: total,
    shippingAddress: delivery.address,
    purchaseOrderNumber: input.purchaseOrderNumber ?? null,
  });

  // One order per seller, lines in the order they came.
  const sellers = [...new Set(lines.map((l) => l.sellerId))];
  for (const sellerId of sellers) {
    const sellerOrderId = randomUUID();
    const mine = lines.flatMap((l, i) =>
      l.sellerId === sellerId ? [{ line: l, amounts: amounts[i]! }] : [],
    );
    await repo.insertSellerOrder(tx, {
      id: sellerOrderId,
      orderId,
      sellerId,
      status: status === 'placed' ? 'new' : 'awaiting_approval',
      totals: sumAmounts(mine.map((m) => m.amounts)),
    });
    const labels = await lineLabels(
      tx,
      mine.map((m) => m.line.offerId),
    );
    for (const [position, { line, amounts: a }] of mine.entries()) {
      const label = labels.get(line.offerId)!;
      await repo.insertLine(tx, {
        id: randomUUID(),
        seller_order_id: sellerOrderId,
        position: position + 1,
        offer_id: line.offerId,
        product_id: line.productId,
        sku: label.sku,
        name: label.name,
        vat_rate: line.vatRate,
        quantity: line.quantity,
        unit_price: line.unitPrice,
        price_rule: line.priceRule,
        line_excl: a.excl,
        line_tax: a.tax,
        line_incl: a.incl,
      });
      if (!(await repo.takeStock(tx, line.offerId, line.quantity))) {
        throw new Error(`Stock of ${line.offerId} changed under a lock`);
      }
    }
  }

  if (source.cartId !== null) await carts.markCheckedOut(tx, source.cartId);
  if (source.quote !== null) await markOrdered(tx, source.quote, membership!.id);
  if (need !== null) {
    await openApproval(tx, {
      companyId: company!.id,
      requestedBy: membership!.id,
      total: total.excl,
      currency,
      need,
      orderId,
    });
  } else if (company !== null) {
    await issueInvoices(tx, { id: orderId, companyId: company.id, currency }, isoDay(deps.clock()));
  } else {
    await repo.insertPayment(tx, { id: randomUUID(), orderId, amount: total.incl, currency });
  }
  return orderId;
}

export async function createOrder(
  deps: Deps,
  auth: Auth,
  input: CreateOrderInput,
  idempotencyKey: string,
): Promise<{ status: 201; body: Order; replayed: boolean }> {
  return deps.db.transaction(async (tx) => {
    const answer = await idempotent(
      tx,
      {
        scope: auth.user?.id ?? 'guest',
        key: idempotencyKey,
        operation: 'createOrder',
        request: input,
      },
      async () => {
        const orderId = await writeOrder(tx, deps, auth, input);
        const [view] = await orderViews(tx, [(await repo.findOrder(tx, orderId))!]);
        return { status: 201 as const, body: view! };
      },
    );
    return { status: 201, body: answer.body, replayed: answer.replayed };
  });
}

/** Which orders the caller may see. */
function orderScope(auth: MemberAuth): Partial<repo.OrderFilter> {
  const { membership } = auth;
  switch (membership.role) {
    case 'operator':
      return {};
    case 'consumer':
      return { userId: auth.user.id, consumerOnly: true };
    case 'buyer':
      return { membershipId: membership.id };
    default:
      return { companyId: membership.company!.id };
  }
}

function mayAccessOrder(order: repo.OrderRow, auth: MemberAuth): boolean {
  const scope = orderScope(auth);
  if (scope.userId !== undefined && order.user_id !== scope.userId) return false;
  if (scope.consumerOnly && order.company_id !== null) return false;
  if (scope.membershipId !== undefined && order.membership_id !== scope.membershipId) return false;
  if (scope.companyId !== undefined && order.company_id !== scope.companyId) return false;
  return true;
}

export async function listOrders(
  deps: Deps,
  auth: MemberAuth,
  page: { page: number; pageSize: number },
): Promise<OrderPage> {
  const { rows, total } = await repo.listOrders(deps.db, {
    ...orderScope(auth),
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return { items: await orderViews(deps.db, rows), total, ...page };
}

export async function getOrder(deps: Deps, auth: MemberAuth, id: string): Promise<Order> {
  const order = await repo.findOrder(deps.db, id);
  if (order === null || !mayAccessOrder(order, auth)) throw notFound(`Unknown order ${id}`);
  const [view] = await orderViews(deps.db, [order]);
  return view!;
}

async function sellerOrderView(
  db: Queryable,
  rows: readonly repo.SellerOrderRow[],
): Promise<SellerOrderView[]> {
  const orders = new Map<string, repo.OrderRow>();
  for (const id of new Set(rows.map((r) => r.order_id))) {
    orders.set(id, (await repo.findOrder(db, id))!);
  }
  const views = await sellerOrderViews(db, rows, (so) => orders.get(so.order_id)!.currency.trim());
  return rows.map((row) => {
    const order = orders.get(row.order_id)!;
    return {
      ...views.get(row.id)!,
      order: {
        id: order.id,
        number: order.number,
        buyer: buyerOf(order),
        shippingAddress: order.shipping_address as unknown as Address,
        purchaseOrderNumber: order.purchase_order_number,
        paymentMethod: order.payment_method,
      },
    };
  });
}

export async function listSellerOrders(
  deps: Deps,
  auth: MemberAuth,
  page: { page: number; pageSize: number },
): Promise<SellerOrderPage> {
  const sellerId = auth.role === 'seller' ? auth.membership.seller!.id : undefined;
  const { rows, total } = await repo.listSellerOrders(deps.db, {
    ...(sellerId !== undefined ? { sellerId } : {}),
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return { items: await sellerOrderView(deps.db, rows), total, ...page };
}

/** A seller moves its part of an order along (accept, ship, deliver, or cancel before shipping). */
export async function updateSellerOrder(
  deps: Deps,
  auth: MemberAuth,
  id: string,
  status: 'accepted' | 'shipped' | 'delivered' | 'cancelled',
): Promise<SellerOrderView> {
  return deps.db.transaction(async (tx) => {
    const sellerOrder = await repo.findSellerOrder(tx, id, true);
    if (
      sellerOrder === null ||
      sellerOrder.seller_id !== auth.membership.seller?.id ||
      sellerOrder.status === 'awaiting_approval'
    ) {
      throw notFound(`Unknown seller order ${id}`);
    }
    if (!maySetSellerOrder(sellerOrder.status, status)) {
      throw new ApiError(
        'invalid_transition',
        `A seller order that is ${sellerOrder.status} cannot become ${status}`,
      );
    }
    await repo.setSellerOrderStatus(tx, sellerOrder.id, status);
    if (status === 'cancelled') {
      await repo.returnStock(tx, sellerOrder.id);
      await repo.cancelInvoiceOf(tx, sellerOrder.id);
      const siblings = await repo.findSellerOrders(tx, [sellerOrder.order_id]);
      if (siblings.every((so) => so.status === 'cancelled')) {
        await cancelWholeOrder(tx, sellerOrder.order_id);
      }
    }
    const [view] = await sellerOrderView(tx, [(await repo.findSellerOrder(tx, sellerOrder.id))!]);
    return view!;
  });
}

export async function listInvoices(
  deps: Deps,
  auth: MemberAuth,
  page: { page: number; pageSize: number },
): Promise<InvoicePage> {
  if (auth.role !== 'operator' && auth.membership.company === null) {
    throw forbidden('Invoices belong to companies');
  }
  const { rows, total } = await repo.listInvoices(deps.db, {
    ...(auth.role === 'operator' ? {} : { companyId: auth.membership.company!.id }),
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return { items: rows.map(invoiceView), total, ...page };
}
