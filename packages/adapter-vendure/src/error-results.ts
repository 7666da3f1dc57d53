import { VitrineError } from '@vitrine/core';
import type { ErrorResultPayload } from './schemas.js';

/** Tells an ErrorResult from the success type of a union (an Order, a CurrentUser). */
export function isErrorResult<T extends object>(
  result: T | ErrorResultPayload,
): result is ErrorResultPayload {
  return 'errorCode' in result;
}

/**
 * Vendure's "errors as data" (an ErrorResult in place of the order or the user) as VitrineErrors
 * with a message a shopper understands; Vendure's own message stays in `fields`.
 */
export function fromErrorResult(result: ErrorResultPayload): VitrineError {
  const detail = (path: string) => [{ path, message: result.message }];
  switch (result.errorCode) {
    case 'INSUFFICIENT_STOCK_ERROR': {
      // Vendure has already put what it had into the order: the cart must be read again.
      const added = result.quantityAvailable ?? 0;
      const message =
        added > 0
          ? `Only ${added} could be added to the cart: there is no more in stock.`
          : 'None could be added to the cart: it is out of stock.';
      return new VitrineError('conflict', message, {
        status: 409,
        fields: [
          { path: 'quantity', message: result.message },
          { path: 'quantityAdded', message: String(added) },
        ],
      });
    }
    case 'ORDER_LIMIT_ERROR':
      return new VitrineError('validation', 'An order cannot hold that many items.', {
        status: 400,
        fields: detail('quantity'),
      });
    case 'NEGATIVE_QUANTITY_ERROR':
      return new VitrineError('validation', 'The quantity must be at least 1.', {
        status: 400,
        fields: detail('quantity'),
      });
    case 'ORDER_MODIFICATION_ERROR':
      return new VitrineError('conflict', 'This order is being paid and can no longer change.', {
        status: 409,
        fields: detail('order'),
      });
    case 'NO_ACTIVE_ORDER_ERROR':
      return new VitrineError('not-found', 'This cart no longer exists.', {
        status: 404,
        fields: detail('order'),
      });
    case 'INVALID_CREDENTIALS_ERROR':
      return new VitrineError('validation', 'The e-mail address or the password is wrong.', {
        status: 401,
        fields: detail('credentials'),
      });
    case 'NOT_VERIFIED_ERROR':
      return new VitrineError('validation', 'Confirm your e-mail address before signing in.', {
        status: 401,
        fields: detail('email'),
      });
    case 'NATIVE_AUTH_STRATEGY_ERROR':
      return new VitrineError('validation', 'This shop does not sign in with a password.', {
        status: 400,
        fields: detail('credentials'),
      });
    default:
      return new VitrineError('validation', 'The shop refused this request.', {
        status: 400,
        fields: detail(result.errorCode),
      });
  }
}
