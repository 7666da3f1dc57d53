// Shows, and on request writes, the ceilings the budget rule gives the current sources:
// the target when a figure is at or under it, otherwise its size rounded up to the next 0.5 KB.
//
//   node --import tsx test/budgets/ceilings.ts           show current sizes and rule ceilings
//   node --import tsx test/budgets/ceilings.ts --write   write them to budgets.json
//
// Writing raises the ceilings of figures that grew (say why in the commit) and lowers those of
// figures that shrank, so that the gain is kept. Figures without a line get one (no target).
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { allEntries, kb, measureEntries, measures } from '../../bench/sizes/measure.ts';
import { BUDGETS_FILE, readBudgets, ruleCeiling, type Budget } from './budgets.ts';

const write = process.argv.includes('--write');
const file = readBudgets();
const { builds } = await measureEntries(allEntries());
const budgets: Record<string, Budget> = { ...file.budgets };

for (const figure of measures(builds)) {
  const current = budgets[figure.id];
  const target = current?.target ?? null;
  const ceiling = ruleCeiling(figure.brotli, target);
  const change =
    current === undefined
      ? 'new line'
      : ceiling === current.ceiling
        ? 'unchanged'
        : `${current.ceiling} KB → ${ceiling} KB`;
  console.info(
    `${figure.id.padEnd(18)} now ${kb(figure.brotli, 2).padStart(9)}  target ${target === null ? '—' : `${target} KB`}  ceiling ${ceiling} KB (${change})`,
  );
  budgets[figure.id] = { ...current, target, ceiling };
}

if (write) {
  const text = JSON.stringify({ ...file, budgets });
  const path = BUDGETS_FILE.pathname;
  writeFileSync(path, await format(text, { ...(await resolveConfig(path)), filepath: path }));
  console.info(`Wrote ${path}`);
} else {
  console.info('Nothing written (add --write to write these ceilings).');
}
