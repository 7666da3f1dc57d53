import { assertLineQuantity, VitrineError, type Cart, type CommerceAdapter } from '@vitrine/core';
import type * as v from 'valibot';
import type { ChannelCache } from './channel.js';
import { ACTIVE_ORDER, ADD_ITEM, ADJUST_LINE, REMOVE_LINE } from './documents.js';
import { fromErrorResult, isErrorResult } from './error-results.js';
import type { GraphqlRequest, GraphqlRequestOptions } from './graphql.js';
import { graphqlErrorCode } from './graphql-errors.js';
import { toCart } from './map-cart.js';
import {
  activeOrderSchema,
  addItemSchema,
  adjustLineSchema,
  removeLineSchema,
  type ErrorResultPayload,
  type OrderPayload,
} from './schemas.js';

/**
 * A cart Vendure has no order for yet: Vendure opens the session's order with its first item
 * and cannot open an empty one. Until then the cart lives under this id (with its currency);
 * afterwards its id is the order's code.
 */
export const NEW_CART_PREFIX = 'new-order:';

interface CartContext {
  readonly request: GraphqlRequest;
  readonly channel: ChannelCache;
  /** The currency the adapter asks Vendure for, if one was configured. */
  readonly currencyCode?: string | undefined;
}

type CartMethods = Pick<
  CommerceAdapter,
  'createCart' | 'getCart' | 'addCartLine' | 'updateCartLine' | 'removeCartLine'
>;

type OrderOrError = ({ __typename: 'Order' } & OrderPayload) | ErrorResultPayload;

/** A GraphQL error about one of our ids means that thing is gone (e.g. another tab removed it). */
function goneIf(codes: readonly string[], path: string, message: string) {
  const onError: GraphqlRequestOptions['onError'] = (error) =>
    codes.includes(graphqlErrorCode(error))
      ? new VitrineError('not-found', message, {
          status: 404,
          fields: [{ path, message: error.message }],
        })
      : undefined;
  return { onError };
}

/**
 * Vendure keeps one active order per session (the session token): that order is the cart.
 * `getCart` finds it only under its own code; mutations act on the session's order, which is
 * the cart the storefront holds unless the order was placed or merged meanwhile, in which case
 * the answer carries the new order's code.
 */
export function createCartMethods(context: CartContext): CartMethods {
  const { request, channel } = context;

  async function orderAnswer<S extends v.GenericSchema>(
    query: string,
    variables: Record<string, unknown>,
    schema: S,
    pick: (data: v.InferOutput<S>) => OrderOrError,
    options?: GraphqlRequestOptions,
  ): Promise<Cart> {
    // Order answers do not say whether prices were entered with tax: the channel does.
    const info = await channel.get();
    const result = pick(await request(query, variables, schema, options));
    if (isErrorResult(result)) throw fromErrorResult(result);
    return toCart(result, info);
  }

  return {
    async createCart(currency) {
      if (!/^[A-Z]{3}$/.test(currency)) {
        throw new VitrineError('invalid-input', `Not a currency code: ${currency}`);
      }
      if (context.currencyCode && currency !== context.currencyCode) {
        throw new VitrineError(
          'invalid-input',
          `This shop is set to sell in ${context.currencyCode}, not ${currency}`,
        );
      }
      return { id: `${NEW_CART_PREFIX}${currency}`, currency, lines: [] };
    },

    async getCart(cartId) {
      const info = await channel.get();
      const { activeOrder } = await request(ACTIVE_ORDER, {}, activeOrderSchema);
      const isNew = cartId.startsWith(NEW_CART_PREFIX);
      if (activeOrder && (isNew || activeOrder.code === cartId)) return toCart(activeOrder, info);
      if (isNew) return { id: cartId, currency: cartId.slice(NEW_CART_PREFIX.length), lines: [] };
      throw new VitrineError('not-found', 'This cart no longer exists.', {
        status: 404,
        fields: [{ path: 'cartId', message: `The session has no active order ${cartId}` }],
      });
    },

    async addCartLine(_cartId, offerId, quantity) {
      assertLineQuantity(quantity);
      return orderAnswer(
        ADD_ITEM,
        { variantId: offerId, quantity },
        addItemSchema,
        (data) => data.addItemToOrder,
        goneIf(['ENTITY_NOT_FOUND'], 'offerId', 'This item is no longer sold.'),
      );
    },

    async updateCartLine(_cartId, lineId, quantity) {
      // Vendure removes a line adjusted to 0: refuse it here rather than lose the line.
      assertLineQuantity(quantity);
      return orderAnswer(
        ADJUST_LINE,
        { lineId, quantity },
        adjustLineSchema,
        (data) => data.adjustOrderLine,
        goneIf(
          ['USER_INPUT_ERROR', 'ENTITY_NOT_FOUND'],
          'lineId',
          'This line is no longer in the cart.',
        ),
      );
    },

    async removeCartLine(_cartId, lineId) {
      return orderAnswer(
        REMOVE_LINE,
        { lineId },
        removeLineSchema,
        (data) => data.removeOrderLine,
        goneIf(
          ['USER_INPUT_ERROR', 'ENTITY_NOT_FOUND'],
          'lineId',
          'This line is no longer in the cart.',
        ),
      );
    },
  };
}
