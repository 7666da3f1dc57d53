// Size budgets: the design target of each measured figure and the ceiling `npm test` enforces.
//
// A figure at or under its target is held to the target. A figure over its target (or without
// one) is held to a ceiling: its size when the ceiling was set, rounded up to the next 0.5 KB,
// so that it cannot grow unnoticed while it is being brought down. Targets come from the Budgets
// section of the design; both live in budgets.json next to this file (ceilings.ts shows or
// writes the ceilings the rule gives the current sources).
import { readFileSync } from 'node:fs';
import { KB, type Measure } from '../../bench/sizes/measure.ts';

export const BUDGETS_FILE = new URL('./budgets.json', import.meta.url);

export interface Budget {
  /** The design target in KB of brotli, or null when the design sets none. */
  readonly target: number | null;
  /** The enforced maximum in KB of brotli. */
  readonly ceiling: number;
  readonly note?: string;
}

export interface BudgetFile {
  readonly unit: string;
  readonly budgets: Readonly<Record<string, Budget>>;
}

export function readBudgets(): BudgetFile {
  return JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as BudgetFile;
}

/** The ceiling the rule gives a figure of `bytes` brotli bytes. */
export function ruleCeiling(bytes: number, target: number | null): number {
  const roundedUp = Math.ceil((bytes / KB) * 2) / 2;
  return target !== null && roundedUp <= target ? target : roundedUp;
}

export interface Verdict {
  readonly id: string;
  readonly label: string;
  readonly now: number;
  readonly budget: Budget | undefined;
  readonly withinCeiling: boolean;
  /** One line for people: "target 15 KB, now 22.4 KB, 7.4 KB over target". */
  readonly summary: string;
  /** Set when the figure went over its ceiling: which entry, by how much, what to do. */
  readonly failure?: string;
  /** Set when the ceiling could be lowered to lock in a gain. */
  readonly hint?: string;
}

const one = (value: number) => `${value.toFixed(1)} KB`;
const two = (value: number) => `${value.toFixed(2)} KB`;

export function judge(measure: Measure, budget: Budget | undefined): Verdict {
  const now = measure.brotli / KB;
  const base = { id: measure.id, label: measure.label, now, budget };
  if (!budget) {
    return {
      ...base,
      withinCeiling: true,
      summary: `no budget line, now ${one(now)} (covered by the suite budget)`,
      hint: `add "${measure.id}" to test/budgets/budgets.json (rule ceiling ${one(ruleCeiling(measure.brotli, null))})`,
    };
  }
  const { target, ceiling } = budget;
  const summary =
    target === null
      ? `no design target, now ${one(now)}, ceiling ${one(ceiling)}`
      : now <= target
        ? `target ${one(target)}, now ${one(now)}, ${one(target - now)} under target, ceiling ${one(ceiling)}`
        : `target ${one(target)}, now ${one(now)}, ${one(now - target)} over target, ceiling ${one(ceiling)}`;
  const withinCeiling = now <= ceiling;
  const tighter = ruleCeiling(measure.brotli, target);
  return {
    ...base,
    withinCeiling,
    summary,
    ...(!withinCeiling && {
      failure:
        `${measure.id} (${measure.label}) grew to ${two(now)} brotli: ${two(now - ceiling)} over ` +
        `its ceiling of ${one(ceiling)}` +
        (target === null ? '' : ` (design target ${one(target)}, ${two(now - target)} over it)`) +
        `. Files: ${measure.files.join(', ')}. If the growth is wanted, raise its ceiling in ` +
        'test/budgets/budgets.json (`node --import tsx test/budgets/ceilings.ts --write` applies ' +
        'the rule to every figure) and say why in the commit.',
    }),
    ...(withinCeiling &&
      tighter < ceiling && {
        hint: `${measure.id} is now ${one(now)}: its ceiling can come down to ${one(tighter)}`,
      }),
  };
}
