import type { ProductDetail } from './catalog.js';

export const MAX_COMPARED = 4;

/** What the comparison tray shows before details load. */
export interface ComparedProduct {
  readonly id: string;
  readonly name: string;
  readonly imageUrl?: string;
}

export interface SpecRow {
  readonly name: string;
  /** One value per product, in the products' order; undefined where a product lacks it. */
  readonly values: readonly (string | undefined)[];
  /** True when the products do not all have the same value: highlighted in the table. */
  readonly differs: boolean;
}

function specText(spec: { value: string; unit?: string }): string {
  return spec.unit ? `${spec.value} ${spec.unit}` : spec.value;
}

/** Specifications side by side, rows in first-seen order, differences flagged. */
export function compareSpecs(products: readonly ProductDetail[]): SpecRow[] {
  const names: string[] = [];
  for (const product of products) {
    for (const spec of product.specs) if (!names.includes(spec.name)) names.push(spec.name);
  }
  return names.map((name) => {
    const values = products.map((product) => {
      const spec = product.specs.find((s) => s.name === name);
      return spec ? specText(spec) : undefined;
    });
    return { name, values, differs: new Set(values).size > 1 };
  });
}
