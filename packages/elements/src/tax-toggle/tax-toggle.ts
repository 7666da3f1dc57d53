import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { TAX_DISPLAYS, type TaxDisplay } from '@vitrine/core';
import { html, nothing } from 'lit';
import { VitrineElement } from '../shared/vitrine-element.js';
import { taxLabel } from '../shared/labels.js';
import { StorefrontController } from '../shared/storefront-controller.js';
import { styles } from './tax-toggle.styles.js';

/**
 * Every price of the storefront follows the choice, which is remembered across pages, visits
 * and tabs. Consumers start with prices incl. VAT, professionals excl. VAT.
 *
 * @summary Lets the visitor show prices incl. VAT (TTC) or excl. VAT (HT).
 * @attr storefront - Id of the `<vt-storefront>` to use when placed outside one.
 * @csspart group - The pair of options.
 * @csspart option - Each option.
 */
export class VtTaxToggle extends VitrineElement {
  static override styles = styles;

  private readonly storefront = new StorefrontController(this, (sf) => [sf.$settings]);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override render() {
    const storefront = this.storefront.value;
    if (!storefront) return nothing;
    const current = storefront.$settings.get().taxDisplay;
    return html`<fieldset part="group">
      <legend class="visually-hidden">${msg('Show prices', { id: 'taxToggle.legend' })}</legend>
      ${TAX_DISPLAYS.map(
        (display: TaxDisplay) =>
          html`<label part="option" class=${display === current ? 'on' : ''}>
            <input
              type="radio"
              name="tax-display"
              .checked=${display === current}
              @change=${() => storefront.chooseTaxDisplay(display)}
            />
            ${taxLabel(display)}
          </label>`,
      )}
    </fieldset>`;
  }
}
