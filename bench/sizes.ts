// Benchmark step "sizes": bundle sizes of every entry and of the peers, in the same run.
//
//   node --import tsx bench/sizes.ts
//
// Stores its figures under "sizes" in bench/results.json (bench/report.ts turns them into
// docs/benchmarks.md) and prints them. The same measurements back the size budgets of `npm test`
// (test/budgets).
import { judge, readBudgets } from '../test/budgets/budgets.ts';
import { machine, saveResult } from './shared.ts';
import { measurePeers } from './sizes/peers.ts';
import { allEntries, kb, measureEntries, measures } from './sizes/measure.ts';
import type { SizesResult } from './types.ts';

const started = machine();
try {
  const { builds } = await measureEntries(allEntries(), {
    log: (line) => console.info(`  ${line}`),
  });
  const figures = measures(builds);
  const { budgets } = readBudgets();
  const { peers, problems } = measurePeers();

  const result = {
    machine: started,
    entries: builds.map((b) => ({
      id: b.id,
      label: b.label,
      entry: b.entry,
      initial: b.initial,
      lazy: b.lazy,
    })),
    figures: figures.map((figure) => ({ ...figure, verdict: judge(figure, budgets[figure.id]) })),
    modules: Object.fromEntries(
      builds
        .filter((b) => b.id === 'all' || b.id === 'b2c-embed')
        .map((b) => [b.id, { modules: b.modules, sourceFiles: b.sourceFiles.slice(0, 40) }]),
    ),
    templateWhitespace: Object.fromEntries(builds.map((b) => [b.id, b.templateWhitespace])),
    initialSplit: Object.fromEntries(builds.map((b) => [b.id, b.initialSplit])),
    peers,
    peerProblems: problems,
  } satisfies SizesResult;
  await saveResult('sizes', result);

  console.info('\n  Sizes (brotli q11; KB = 1,024 bytes)');
  for (const f of result.figures) {
    console.info(`  ${f.id.padEnd(24)} ${kb(f.brotli).padStart(8)}  ${f.verdict.summary}`);
  }
  for (const p of peers) {
    console.info(
      `  ${p.name.padEnd(24)} ${kb(p.brotli).padStart(8)}  ${p.packageName}@${p.version}`,
    );
  }
  for (const p of problems) console.info(`  ${p.name}: not measured (${p.problem})`);
} catch (error) {
  await saveResult('sizes', { machine: started, error: String((error as Error).message ?? error) });
  throw error;
}
