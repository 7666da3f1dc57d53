import { msg, str } from '@lit/localize';
import type { QuantityCheck } from '@vitrine/core';

/** What to tell a visitor whose quantity cannot be ordered, with the nearest ones that can. */
export function quantityMessage(check: Exclude<QuantityCheck, { ok: true }>): string {
  const { nearestBelow: below, nearestAbove: above } = check;
  if (below !== undefined && above !== undefined) {
    return msg(str`This quantity cannot be ordered: choose ${below} or ${above}.`, {
      id: 'quantity.between',
    });
  }
  if (above !== undefined)
    return msg(str`The smallest quantity is ${above}.`, { id: 'quantity.min' });
  if (below !== undefined)
    return msg(str`The largest quantity is ${below}.`, { id: 'quantity.max' });
  return msg('Enter a whole number.', { id: 'quantity.number' });
}
