import type { SellerOrderStatus } from './repository.js';

/**
 * What a seller may do with its part of an order. Orders awaiting the buyer's approver cannot
 * be touched; shipped goods can no longer be cancelled, only delivered.
 */
export const SELLER_ORDER_MOVES: Readonly<Record<SellerOrderStatus, readonly SellerOrderStatus[]>> =
  {
    awaiting_approval: [],
    new: ['accepted', 'cancelled'],
    accepted: ['shipped', 'cancelled'],
    shipped: ['delivered'],
    delivered: [],
    cancelled: [],
  };

export const SELLER_SETTABLE = ['accepted', 'shipped', 'delivered', 'cancelled'] as const;

export function maySetSellerOrder(from: SellerOrderStatus, to: SellerOrderStatus): boolean {
  return SELLER_ORDER_MOVES[from].includes(to);
}
