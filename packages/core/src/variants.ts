import type { Offer, ProductDetail, ProductVariant } from './catalog.js';

/** The value chosen for each option name, e.g. { Size: 'M', Colour: 'Black' }. */
export type OptionChoice = Readonly<Record<string, string>>;

export interface OptionGroup {
  readonly name: string;
  readonly values: readonly string[];
}

/** The option names and their values, in the order the backend lists the variants. */
export function optionGroups(variants: readonly ProductVariant[]): OptionGroup[] {
  const groups = new Map<string, Set<string>>();
  for (const variant of variants) {
    for (const { name, value } of variant.options) {
      let values = groups.get(name);
      if (!values) groups.set(name, (values = new Set()));
      values.add(value);
    }
  }
  return [...groups].map(([name, values]) => ({ name, values: [...values] }));
}

export function choiceOf(variant: ProductVariant): OptionChoice {
  return Object.fromEntries(variant.options.map(({ name, value }) => [name, value]));
}

const matches = (variant: ProductVariant, choice: OptionChoice) =>
  variant.options.every(({ name, value }) => choice[name] === undefined || choice[name] === value);

/** The variant with exactly these options, if the product comes that way. */
export function variantFor(
  variants: readonly ProductVariant[],
  choice: OptionChoice,
): ProductVariant | undefined {
  return variants.find(
    (variant) => variant.options.length === Object.keys(choice).length && matches(variant, choice),
  );
}

/**
 * Choosing `value` for `name`, keeping the other choices: the variant that gives, or, when that
 * combination does not exist, the first variant with `value` (the other choices follow it).
 */
export function chooseOption(
  variants: readonly ProductVariant[],
  current: OptionChoice,
  name: string,
  value: string,
): ProductVariant | undefined {
  const wanted = { ...current, [name]: value };
  return (
    variantFor(variants, wanted) ??
    variants.find((variant) => variant.options.some((o) => o.name === name && o.value === value))
  );
}

/** Whether some variant has `value` for `name` together with the other current choices. */
export function isCombinationAvailable(
  variants: readonly ProductVariant[],
  current: OptionChoice,
  name: string,
  value: string,
): boolean {
  return variants.some((variant) => matches(variant, { ...current, [name]: value }));
}

/** The offers of one variant; all offers when the product has no variants. */
export function offersOfVariant(
  product: Pick<ProductDetail, 'offers'>,
  variantId: string | undefined,
): readonly Offer[] {
  if (variantId === undefined) return product.offers;
  return product.offers.filter((offer) => offer.variantId === variantId);
}
