import type { Queryable } from '../db.js';
import type { CartTotals } from '../cart/types.js';
import * as repo from './repository.js';
import type { Address, Buyer, Invoice, Order, OrderLine, SellerOrder } from './types.js';

/** Rows → the API's shapes, loading the children of several orders in a few queries. */

const totals = (excl: number, tax: number, incl: number, currency: string): CartTotals => ({
  exclTax: { amount: excl, currency },
  tax: { amount: tax, currency },
  inclTax: { amount: incl, currency },
});

export function invoiceView(row: repo.InvoiceRow): Invoice {
  const currency = row.currency.trim();
  return {
    id: row.id,
    number: row.number,
    orderId: row.order_id,
    orderNumber: row.order_number,
    seller: { id: row.seller_id, name: row.seller_name },
    company: { id: row.company_id, name: row.company_name },
    issuedOn: row.issued_on,
    dueOn: row.due_on,
    earlyPayment:
      row.early_payment_deadline === null || row.early_payment_discount === null
        ? null
        : {
            deadline: row.early_payment_deadline,
            discount: { amount: row.early_payment_discount, currency },
            payable: { amount: row.total_incl - row.early_payment_discount, currency },
          },
    totals: totals(row.total_excl, row.total_tax, row.total_incl, currency),
    status: row.status,
  };
}

function lineView(row: repo.OrderLineRow, currency: string): OrderLine {
  return {
    id: row.id,
    offerId: row.offer_id,
    productId: row.product_id,
    sku: row.sku,
    name: row.name,
    vatRate: row.vat_rate,
    quantity: row.quantity,
    unitPrice: { amount: row.unit_price, currency, includesTax: false },
    priceRule: row.price_rule,
    totals: totals(row.line_excl, row.line_tax, row.line_incl, currency),
  };
}

export function buyerOf(row: repo.OrderRow): Buyer {
  return {
    name: row.buyer_name,
    email: row.guest_email,
    company: row.company_id === null ? null : { id: row.company_id, name: row.company_name ?? '' },
  };
}

/** Seller orders with their lines and invoices, by id. */
export async function sellerOrderViews(
  db: Queryable,
  sellerOrders: readonly repo.SellerOrderRow[],
  currencyOf: (sellerOrder: repo.SellerOrderRow) => string,
): Promise<Map<string, SellerOrder>> {
  const ids = sellerOrders.map((so) => so.id);
  const [lines, invoices] = [await repo.findLines(db, ids), await repo.findInvoicesOf(db, ids)];
  const views = new Map<string, SellerOrder>();
  for (const so of sellerOrders) {
    const currency = currencyOf(so);
    const invoice = invoices.find((i) => i.seller_order_id === so.id);
    views.set(so.id, {
      id: so.id,
      seller: { id: so.seller_id, name: so.seller_name },
      status: so.status,
      lines: lines.filter((l) => l.seller_order_id === so.id).map((l) => lineView(l, currency)),
      totals: totals(so.total_excl, so.total_tax, so.total_incl, currency),
      invoice: invoice === undefined ? null : invoiceView(invoice),
      createdAt: new Date(so.created_at).toISOString(),
      updatedAt: new Date(so.updated_at).toISOString(),
    });
  }
  return views;
}

export async function orderViews(db: Queryable, rows: readonly repo.OrderRow[]): Promise<Order[]> {
  const ids = rows.map((r) => r.id);
  const currencies = new Map(rows.map((r) => [r.id, r.currency.trim()]));
  const sellerOrders = await repo.findSellerOrders(db, ids);
  const sellerViews = await sellerOrderViews(db, sellerOrders, (so) =>
    currencies.get(so.order_id)!,
  );
  const payments = await repo.findPayments(db, ids);
  const views: Order[] = [];
  for (const row of rows) {
    const currency = row.currency.trim();
    const payment = payments.find((p) => p.order_id === row.id);
    views.push({
      id: row.id,
      number: row.number,
      status: row.status,
      channel: row.company_id === null ? 'b2c' : 'b2b',
      source: row.source,
      cartId: row.cart_id,
      quoteId: row.quote_id,
      buyer: buyerOf(row),
      paymentMethod: row.payment_method,
      currency,
      totals: totals(row.total_excl, row.total_tax, row.total_incl, currency),
      sellerOrders: sellerOrders
        .filter((so) => so.order_id === row.id)
        .map((so) => sellerViews.get(so.id)!),
      payment:
        payment === undefined
          ? null
          : {
              id: payment.id,
              method: payment.method,
              status: payment.status,
              amount: { amount: payment.amount, currency: payment.currency.trim() },
            },
      approvalId: await repo.findApprovalIdOfOrder(db, row.id),
      shippingAddress: row.shipping_address as unknown as Address,
      purchaseOrderNumber: row.purchase_order_number,
      createdAt: new Date(row.created_at).toISOString(),
    });
  }
  return views;
}
