import type { Cart } from '@vitrine/core';
import type { ChannelInfo } from './channel.js';
import { statedPrice } from './map-price.js';
import type { OrderPayload } from './schemas.js';

/**
 * The session's order as a cart; its code is the cart's id. Each line's unit price is the
 * prorated one: what the buyer really pays per unit once line promotions (a volume discount)
 * and order promotions spread over the lines (a customer-group discount) are taken off.
 * `discountedUnitPrice` leaves the order promotions out, so its total would not be Vendure's.
 */
export function toCart(order: OrderPayload, channel: ChannelInfo): Cart {
  return {
    id: order.code,
    currency: order.currencyCode,
    lines: order.lines.map((line) => ({
      id: line.id,
      offerId: line.productVariant.id,
      productId: line.productVariant.productId,
      sku: line.productVariant.sku,
      name: line.productVariant.name,
      seller: channel.seller,
      unitPrice: statedPrice(
        line.proratedUnitPrice,
        line.proratedUnitPriceWithTax,
        order.currencyCode,
        line.taxRate,
        channel.pricesIncludeTax,
      ),
      quantity: line.quantity,
    })),
  };
}
