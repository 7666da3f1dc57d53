import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { formatMoney, formatPercent, tierTable, type Offer, type TierRow } from '@vitrine/core';
import { html, nothing } from 'lit';
import { VitrineElement } from '../shared/vitrine-element.js';
import { warnOnce } from '../shared/define.js';
import { intlLocale } from '../shared/localize.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import { styles } from './price-tiers.styles.js';

/**
 * Rows come from the offer's quantity breaks (paliers dégressifs) and its quantity rules; the
 * row of the quantity being ordered is highlighted. Nothing is shown for a single price.
 *
 * @summary A table of unit prices by quantity, excl. and incl. VAT, with the saving.
 * @attr storefront - Id of the `<vt-storefront>` to use when placed outside one.
 * @csspart table - The table.
 * @csspart current - The row of the quantity being ordered.
 */
export class VtPriceTiers extends VitrineElement {
  static override styles = styles;

  static override properties = {
    offer: { attribute: false },
    quantity: { type: Number },
  };

  /** The offer whose quantity breaks to show. */
  declare offer: Offer | undefined;
  /** The quantity being ordered; its row is highlighted. */
  declare quantity: number | undefined;

  private readonly storefront = new StorefrontController(this, (sf) => [sf.$settings]);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private rows(offer: Offer): TierRow[] {
    try {
      return tierTable({ base: offer.price, tiers: offer.tiers ?? [] }, offer.quantityRules);
    } catch (error) {
      warnOnce(`<vt-price-tiers> cannot read the tiers of offer ${offer.id}: ${String(error)}`);
      return [];
    }
  }

  protected override render() {
    const offer = this.offer;
    if (!offer?.tiers?.length) return nothing;
    const rows = this.rows(offer);
    if (rows.length < 2) return nothing;
    const locale = intlLocale();
    const excl = (this.storefront.value?.$settings.get().taxDisplay ?? 'incl') === 'excl';
    const money = (amount: number) =>
      formatMoney({ amount, currency: offer.price.currency }, locale);
    const inclHead = html`<th scope="col">
      ${msg('Unit price incl. VAT', { id: 'tiers.incl' })}
    </th>`;
    const exclHead = html`<th scope="col">
      ${msg('Unit price excl. VAT', { id: 'tiers.excl' })}
    </th>`;
    return html`<table part="table">
      <caption>
        ${msg('Prices by quantity', { id: 'tiers.caption' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Quantity', { id: 'product.quantity' })}</th>
          ${excl ? [exclHead, inclHead] : [inclHead, exclHead]}
          <th scope="col">${msg('Saving', { id: 'tiers.saving' })}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const current =
            this.quantity !== undefined &&
            this.quantity >= row.minQuantity &&
            (row.maxQuantity === undefined || this.quantity <= row.maxQuantity);
          const inclCell = html`<td>${money(row.unitIncl.amount)}</td>`;
          const exclCell = html`<td>${money(row.unitExcl.amount)}</td>`;
          return html`<tr part=${current ? 'current' : nothing} class=${current ? 'current' : ''}>
            <th scope="row">${this.range(row)}</th>
            ${excl ? [exclCell, inclCell] : [inclCell, exclCell]}
            <td>
              ${row.savingPercentBasisPoints > 0 ? `−${formatPercent(row.savingPercentBasisPoints, locale)}` : '—'}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private range(row: TierRow): string {
    if (row.maxQuantity === undefined)
      return msg(str`${row.minQuantity} and more`, { id: 'tiers.from' });
    if (row.maxQuantity === row.minQuantity) return String(row.minQuantity);
    return msg(str`${row.minQuantity} to ${row.maxQuantity}`, { id: 'tiers.range' });
  }
}
