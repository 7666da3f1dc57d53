import { msg } from '@lit/localize';
import {
  isCombinationAvailable,
  optionGroups,
  type OptionChoice,
  type ProductVariant,
} from '@vitrine/core';
import { html } from 'lit';
import { live } from 'lit/directives/live.js';

/**
 * One group of radio buttons per option (size, colour…). A value that does not exist with the
 * other choices stays choosable: picking it moves the other choices to a variant that has it.
 * A value that leads to a variant no seller has in stock stays choosable too (to see its price
 * and sellers), marked sold out for the eye and for screen readers.
 */
export function renderVariantPicker(
  variants: readonly ProductVariant[],
  choice: OptionChoice,
  choose: (name: string, value: string) => void,
  soldOut: (name: string, value: string) => boolean,
) {
  return html`<div class="variants" part="variants">
    ${optionGroups(variants).map(
      (group) =>
        html`<fieldset>
          <legend>${group.name}</legend>
          ${group.values.map((value) => {
            const combines = isCombinationAvailable(variants, choice, group.name, value);
            const gone = soldOut(group.name, value);
            return html`<label
              class="${combines ? '' : 'other-combination'} ${gone ? 'sold-out' : ''}"
            >
              <input
                type="radio"
                name=${`option-${group.name}`}
                // live: a click checks a radio before the element renders; the render must
                // set the group back to the choice (it may move another option).
                .checked=${live(choice[group.name] === value)}
                @change=${() => choose(group.name, value)}
              />
              <span>${value}</span>
              ${
                gone
                  ? html`<span class="visually-hidden">
                      ${msg('(sold out)', { id: 'product.soldOut' })}
                    </span>`
                  : ''
              }
              ${
                combines
                  ? ''
                  : html`<span class="visually-hidden">
                      ${msg('(changes the other options)', { id: 'product.otherCombination' })}
                    </span>`
              }
            </label>`;
          })}
        </fieldset>`,
    )}
  </div>`;
}
