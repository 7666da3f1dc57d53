// Size budgets, run by `npm test` (step "budgets"): every element entry, the B2C embed page and
// the whole suite are bundled with the project's build settings and measured in brotli
// (quality 11). Deterministic: no timing is ever checked here (see `npm run bench`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allEntries, kb, measureEntries, measures } from '../../bench/sizes/measure.ts';
import { judge, readBudgets } from './budgets.ts';

const { builds } = await measureEntries(allEntries());
const figures = measures(builds);
const { budgets } = readBudgets();
const verdicts = figures.map((figure) => ({ figure, verdict: judge(figure, budgets[figure.id]) }));

const rows = [
  ['figure', 'brotli', 'gzip', 'min.', 'budget'],
  ...verdicts.map(({ figure, verdict }) => [
    figure.id,
    kb(figure.brotli),
    kb(figure.gzip),
    kb(figure.raw),
    `${verdict.withinCeiling ? 'ok  ' : 'OVER'} ${verdict.summary}`,
  ]),
];
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
const line = (row: string[]) =>
  row
    .map((cell, c) => (c >= 1 && c <= 3 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
    .join('  ')
    .trimEnd();
console.info('\nSize budgets (KB = 1,024 bytes; brotli q11, gzip -9, summed over loaded files)');
console.info(line(rows[0]!));
for (const row of rows.slice(1)) console.info(line(row));
for (const { verdict } of verdicts) if (verdict.hint) console.info(`  note: ${verdict.hint}`);
for (const id of Object.keys(budgets).filter((id) => !figures.some((f) => f.id === id))) {
  console.info(`  note: budget "${id}" names no measured entry any more: remove it`);
}
console.info('');

for (const { figure, verdict } of verdicts) {
  test(`${figure.id}: ${figure.label} — ${verdict.summary}`, () => {
    assert.ok(verdict.withinCeiling, verdict.failure);
  });
}
