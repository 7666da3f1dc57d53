import type { FacetCount } from '@vitrine/core';

/** Values shown before "Show all": enough to choose from, short enough above a grid on a phone. */
export const VISIBLE_CHOICES = 6;

export interface FacetChoice extends FacetCount {
  readonly checked: boolean;
  /** Nothing to find with it: no products under this value with the other filters. */
  readonly disabled: boolean;
}

export interface FacetChoices {
  readonly shown: readonly FacetChoice[];
  /** How many values the short list leaves out (0: the list is short enough as it is). */
  readonly more: number;
  readonly total: number;
}

/**
 * The choices of one facet, in the backend's order (most products first). The chosen value is
 * always among them, even when the counts leave it out (no products with the other filter) or
 * it falls beyond the short list: the visitor must see what narrows the results.
 */
export function facetChoices(
  values: readonly FacetCount[],
  selected: string,
  nameOf: (id: string) => string,
  all: boolean,
): FacetChoices {
  const counted = values.some((value) => value.id === selected);
  const choices: FacetChoice[] = [
    ...values,
    ...(selected && !counted ? [{ id: selected, name: nameOf(selected), count: 0 }] : []),
  ].map((value) => ({
    ...value,
    checked: value.id === selected,
    disabled: value.count === 0 && value.id !== selected,
  }));
  // A "Show all" button for a single value more would take that value's room.
  const short =
    choices.length <= VISIBLE_CHOICES + 1
      ? choices
      : choices.filter((choice, index) => index < VISIBLE_CHOICES || choice.checked);
  return {
    shown: all ? choices : short,
    more: choices.length - short.length,
    total: choices.length,
  };
}
