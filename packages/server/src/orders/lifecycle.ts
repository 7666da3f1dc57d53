import { randomUUID } from 'node:crypto';
import { dueDate, earlyPaymentDiscount, type PaymentTerms } from '@vitrine/core';
import type { Queryable } from '../db.js';
import * as repo from './repository.js';

/*
 * What happens to an order after it is written: its invoices when it is placed (B2B), and
 * everything undone when it is cancelled (an approver said no). Due dates and early-payment
 * discounts come from @vitrine/core (`dueDate`, `earlyPaymentDiscount`).
 */

export function paymentTerms(terms: repo.CompanyTerms): PaymentTerms {
  return {
    kind: terms.kind,
    days: terms.days,
    ...(terms.earlyDiscount !== null && terms.earlyDays !== null
      ? { earlyPayment: { discount: terms.earlyDiscount, withinDays: terms.earlyDays } }
      : {}),
  };
}

/** One invoice per seller order, issued `issuedOn`, due under the company's payment terms. */
export async function issueInvoices(
  tx: Queryable,
  order: { id: string; companyId: string; currency: string },
  issuedOn: string,
): Promise<void> {
  const terms = paymentTerms(await repo.findCompanyTerms(tx, order.companyId));
  for (const sellerOrder of await repo.findSellerOrders(tx, [order.id])) {
    if (sellerOrder.status === 'cancelled') continue;
    const total = { amount: sellerOrder.total_incl, currency: order.currency };
    const early = earlyPaymentDiscount(total, terms, issuedOn);
    const number = await repo.nextNumber(tx, 'invoice');
    await repo.insertInvoice(tx, {
      id: randomUUID(),
      number: `FAC-${issuedOn.slice(0, 4)}-${String(number).padStart(6, '0')}`,
      sellerOrderId: sellerOrder.id,
      companyId: order.companyId,
      issuedOn,
      dueOn: dueDate(issuedOn, terms),
      earlyPaymentDeadline: early?.deadline ?? null,
      earlyPaymentDiscount: early?.discount.amount ?? null,
      currency: order.currency,
      totals: {
        excl: sellerOrder.total_excl,
        tax: sellerOrder.total_tax,
        incl: sellerOrder.total_incl,
      },
    });
  }
}

/** An order whose approval came through: sellers may now act on it, and it is invoiced. */
export async function placeApprovedOrder(
  tx: Queryable,
  orderId: string,
  today: string,
): Promise<void> {
  const order = (await repo.findOrder(tx, orderId, true))!;
  await repo.setOrderStatus(tx, order.id, 'placed');
  for (const sellerOrder of await repo.findSellerOrders(tx, [order.id])) {
    await repo.setSellerOrderStatus(tx, sellerOrder.id, 'new');
  }
  if (order.company_id !== null) {
    await issueInvoices(
      tx,
      { id: order.id, companyId: order.company_id, currency: order.currency.trim() },
      today,
    );
  }
}

/** Cancels an order as a whole: its seller orders, invoices and payment, and gives the stock back. */
export async function cancelWholeOrder(tx: Queryable, orderId: string): Promise<void> {
  await repo.setOrderStatus(tx, orderId, 'cancelled');
  for (const sellerOrder of await repo.findSellerOrders(tx, [orderId])) {
    if (sellerOrder.status === 'cancelled') continue;
    await repo.setSellerOrderStatus(tx, sellerOrder.id, 'cancelled');
    await repo.returnStock(tx, sellerOrder.id);
    await repo.cancelInvoiceOf(tx, sellerOrder.id);
  }
  await repo.cancelPaymentOf(tx, orderId);
}
