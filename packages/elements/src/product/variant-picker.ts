import { msg } from '@lit/localize';
import {
  isCombinationAvailable,
  optionGroups,
  type OptionChoice,
  type ProductVariant,
} from '@vitrine/core';
import { html } from 'lit';

/**
 * One group of radio buttons per option (size, colour…). A value that does not exist with the
 * other choices stays choosable: picking it moves the other choices to a variant that has it.
 */
export function renderVariantPicker(
  variants: readonly ProductVariant[],
  choice: OptionChoice,
  choose: (name: string, value: string) => void,
) {
  return html`<div class="variants" part="variants">
    ${optionGroups(variants).map(
      (group) =>
        html`<fieldset>
          <legend>${group.name}</legend>
          ${group.values.map((value) => {
            const combines = isCombinationAvailable(variants, choice, group.name, value);
            return html`<label class=${combines ? '' : 'other-combination'}>
              <input
                type="radio"
                name=${`option-${group.name}`}
                .checked=${choice[group.name] === value}
                @change=${() => choose(group.name, value)}
              />
              <span>${value}</span>
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
