import { msg } from '@lit/localize';
import type { VitrineError } from '@vitrine/core';

/** What a visitor reads for each kind of failure: what happened and what to do. */
export function errorMessage(error: VitrineError): string {
  switch (error.code) {
    case 'network':
      return msg('The shop cannot be reached. Check your connection and try again.', {
        id: 'error.network',
      });
    case 'server':
      return msg('The shop had a problem. Please try again in a moment.', { id: 'error.server' });
    case 'invalid-response':
      return msg('The shop sent an answer we could not read. Please try again later.', {
        id: 'error.invalidResponse',
      });
    case 'not-found':
      return msg('This item no longer exists. Refresh the page to see the current offer.', {
        id: 'error.notFound',
      });
    case 'conflict':
      return msg('This item is no longer available in that quantity.', { id: 'error.conflict' });
    case 'validation':
    case 'invalid-input':
      return msg('That value is not accepted. Check it and try again.', { id: 'error.validation' });
  }
}
