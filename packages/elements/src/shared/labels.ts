import { msg } from '@lit/localize';
import type { TaxDisplay } from '@vitrine/core';

/** HT / TTC in French, excl. / incl. VAT in English. */
export function taxLabel(display: TaxDisplay): string {
  return display === 'incl'
    ? msg('incl. VAT', { id: 'tax.incl' })
    : msg('excl. VAT', { id: 'tax.excl' });
}
