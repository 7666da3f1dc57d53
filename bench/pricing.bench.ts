// Pricing benchmark: how many cart lines per second core prices (tiered price resolution, then
// HT → TTC), by the full path and by a price schedule (tiers resolved once per product), and
// how many amounts per second it formats with its cached formatters.
//
//   node --import tsx bench/pricing.bench.ts
//   VT_PROPERTY_RUNS=1000000 node --import tsx bench/pricing.bench.ts   (adds the 10⁶-cart check
//   and the 10⁶-request check of price schedules against the full path)
//
// Prints the median of 5 runs and their spread, and writes the "Pricing" section of
// docs/benchmarks.md. Timings are reported, never pass/fail: they depend on the machine and on
// what else runs on it (the load average is recorded for that reason).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import {
  formatMoney,
  lineAmountsBuffer,
  priceLineInto,
  priceSchedule,
  resolveUnitPrice,
  splitPrice,
  toDecimalString,
  type Money,
  type Price,
  type PriceSchedule,
  type PriceTier,
} from '../packages/core/src/index.ts';
import { assertCartsMatchReference } from '../packages/core/test/support/cart-property.ts';
import { assertSchedulesMatchFullPath } from '../packages/core/test/support/schedule-property.ts';

const RUNS = 5;
/** Each run lasts about this long, so that timer resolution and JIT warm-up do not count. */
const RUN_MS = 1_000;

interface Figure {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Per second of this process's CPU time: less sensitive to other processes on the machine. */
  readonly cpuMedian: number;
}

/** Calls `batch` (which handles `size` items) until RUN_MS have passed, RUNS times. */
function measure(size: number, batch: () => number): Figure {
  let sink = 0;
  const warmUntil = performance.now() + RUN_MS / 2;
  while (performance.now() < warmUntil) sink += batch();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let items = 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < RUN_MS) {
      sink += batch();
      items += size;
      elapsed = performance.now() - start;
    }
    const used = process.cpuUsage(cpuStart);
    wall.push(items / (elapsed / 1000));
    cpu.push(items / ((used.user + used.system) / 1e6));
  }
  if (sink === Number.MIN_VALUE) console.info(sink); // keeps the work from being optimised away
  const sorted = [...wall].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(RUNS / 2)]!,
    min: sorted[0]!,
    max: sorted[RUNS - 1]!,
    cpuMedian: [...cpu].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!,
  };
}

/** A deterministic pseudo-random sequence, so every run prices the same lines. */
function* numbers(seed: number): Generator<number, never> {
  let state = seed;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    yield state;
  }
}

// 10,000 products priced HT at the French rates, each with three quantity breaks (two as
// discounts, one as a fixed price), one in ten with an eco-participation; 100,000 lines.
const random = numbers(42);
const next = (below: number) => random.next().value % below;
const RATES = [2000, 1000, 550, 210];
const products = Array.from({ length: 10_000 }, () => {
  const amount = 50 + next(200_000);
  const vatRate = RATES[next(RATES.length)]!;
  const eco = next(10) === 0 ? 10 + next(1_000) : undefined;
  const base: Price = {
    amount: eco === undefined ? amount : amount + eco,
    currency: 'EUR',
    includesTax: false,
    vatRate,
    ...(eco === undefined ? {} : { ecoContribution: eco }),
  };
  const tiers: PriceTier[] = [
    { minQuantity: 10, discount: 500 },
    { minQuantity: 50, discount: 1_000 },
    {
      minQuantity: 100,
      price: {
        amount: amount - Math.floor(amount / 5),
        currency: 'EUR',
        includesTax: false,
        vatRate,
      },
    },
  ];
  return { base, tiers };
});
const lines = Array.from({ length: 100_000 }, () => ({
  product: products[next(products.length)]!,
  quantity: 1 + next(150),
}));

const resolution = measure(lines.length, () => {
  let total = 0;
  for (const { product, quantity } of lines) {
    const resolved = resolveUnitPrice({ base: product.base, tiers: product.tiers, quantity });
    total += splitPrice(resolved.unit, quantity).incl;
  }
  return total;
});

// The same lines through each product's schedule, built once (as a catalog page or a cart
// would when its products load); the build is timed apart.
const buildStart = performance.now();
const schedules = new Map<(typeof products)[number], PriceSchedule>();
for (const product of products) {
  schedules.set(product, priceSchedule({ base: product.base, tiers: product.tiers }));
}
const buildMs = performance.now() - buildStart;
const scheduledLines = lines.map(({ product, quantity }) => ({
  schedule: schedules.get(product)!,
  quantity,
}));
const out = lineAmountsBuffer();
const scheduled = measure(scheduledLines.length, () => {
  let total = 0;
  for (const { schedule, quantity } of scheduledLines) {
    total += priceLineInto(schedule, quantity, out).incl;
  }
  return total;
});
// Both paths must agree on these lines, or the faster figure means nothing.
for (const { product, quantity } of lines.slice(0, 10_000)) {
  const resolved = resolveUnitPrice({ base: product.base, tiers: product.tiers, quantity });
  const full = splitPrice(resolved.unit, quantity);
  priceLineInto(schedules.get(product)!, quantity, out);
  if (full.excl !== out.excl || full.tax !== out.tax || full.incl !== out.incl) {
    throw new Error(`The schedule and the full path differ on ${JSON.stringify(product)}`);
  }
}

const amounts: Money[] = Array.from({ length: 100_000 }, () => ({
  amount: next(100_000_000),
  currency: 'EUR',
}));
const formatting = measure(amounts.length, () => {
  let length = 0;
  for (const amount of amounts) length += formatMoney(amount, 'fr-FR').length;
  return length;
});
// For comparison: Intl.NumberFormat itself, one cached formatter, fed the same amounts.
const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const intlFormatting = measure(amounts.length, () => {
  let length = 0;
  for (const { amount } of amounts) {
    length += intl.format(toDecimalString(amount, 2) as unknown as number).length;
  }
  return length;
});

let property: { runs: number; seconds: number } | undefined;
let scheduleProperty: { runs: number; seconds: number } | undefined;
const propertyRuns = process.env.VT_PROPERTY_RUNS;
if (propertyRuns) {
  const runs = Number(propertyRuns);
  let start = performance.now();
  assertCartsMatchReference(runs);
  property = { runs, seconds: (performance.now() - start) / 1000 };
  start = performance.now();
  assertSchedulesMatchFullPath(runs);
  scheduleProperty = { runs, seconds: (performance.now() - start) / 1000 };
}

// ---------------------------------------------------------------------------------------------
// Report

const millions = (value: number) => `${(value / 1e6).toFixed(2)} M/s`;
const figure = (f: Figure) =>
  `${millions(f.median)} (spread ${millions(f.min)} – ${millions(f.max)}; per CPU second ${millions(f.cpuMedian)})`;

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const load = loadavg()
  .map((value) => value.toFixed(2))
  .join(' / ');

console.info(`Pricing benchmark — ${date} — ${machine} — load average ${load}`);
console.info(`  tiered HT → TTC, full path:  ${figure(resolution)}`);
console.info(`  tiered HT → TTC, schedule:   ${figure(scheduled)}   target ≥ 5 M/s`);
console.info(`  10,000 schedules built in ${buildMs.toFixed(0)} ms`);
console.info(`  formatMoney (cached):        ${figure(formatting)}   target ≥ 1 M/s`);
console.info(`  Intl.NumberFormat.format:    ${figure(intlFormatting)}   (for comparison)`);
if (property) {
  console.info(
    `  property check: ${property.runs.toLocaleString('en')} random carts × 3 rounding levels equal the BigInt reference, 0 differences (${property.seconds.toFixed(0)} s)`,
  );
}
if (scheduleProperty) {
  console.info(
    `  schedule check: ${scheduleProperty.runs.toLocaleString('en')} random requests priced by a schedule equal the full path, 0 differences (${scheduleProperty.seconds.toFixed(0)} s)`,
  );
}

const file = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const existing = existsSync(file)
  ? readFileSync(file, 'utf8')
  : '# Benchmarks\n\nTimings are reported, never pass/fail: they depend on the machine and its load.\n';
const start = existing.search(/^## Pricing\s*$/m);
const afterStart = start === -1 ? '' : existing.slice(start + 1);
const nextHeading = afterStart.search(/^## /m);
const previousSection =
  start === -1 ? '' : nextHeading === -1 ? afterStart : afterStart.slice(0, nextHeading);
// A run without the property check keeps the last check's result, which has its own date.
const PROPERTY_PREFIX = 'Property check run with the benchmark';
const previousParagraph = (prefix: string) =>
  previousSection.split(/\n\s*\n/).find((paragraph) => paragraph.startsWith(prefix));
const previousProperty = previousParagraph(PROPERTY_PREFIX);
const SCHEDULE_PREFIX = 'Schedule check run with the benchmark';
const previousSchedule = previousParagraph(SCHEDULE_PREFIX);

const row = (what: string, f: Figure, target: string) =>
  `| ${what} | ${millions(f.median)} | ${millions(f.min)} – ${millions(f.max)} | ${millions(f.cpuMedian)} | ${target} |`;
const cores = availableParallelism();
const section = [
  '## Pricing',
  '',
  `Measured ${date} on ${machine}; load average ${load} (1 / 5 / 15 min: above ${cores}, other`,
  'processes were competing for the cores). `node --import tsx bench/pricing.bench.ts` rewrites',
  'this section. Median of 5 runs of about a second each, after a warm-up; the spread is the',
  'slowest and the fastest run; "per CPU second" divides by the CPU time of the benchmark process.',
  '',
  '| what | median | spread | per CPU second | target |',
  '| --- | --- | --- | --- | --- |',
  row(
    'cart lines priced: `priceLineInto` on a `priceSchedule` with 3 tiers (HT → TTC)',
    scheduled,
    '≥ 5 M/s',
  ),
  row(
    'cart lines priced, full path: `resolveUnitPrice` with 3 tiers, then `splitPrice`',
    resolution,
    '—',
  ),
  row('`formatMoney`, fr-FR, EUR, cached formatter', formatting, '≥ 1 M/s'),
  row('`Intl.NumberFormat.format` alone, for comparison', intlFormatting, '—'),
  '',
  '100,000 lines over 10,000 products priced HT at 20 / 10 / 5.5 / 2.1 %, quantities 1 to 150,',
  'breaks at 10 (−5 %), 50 (−10 %) and 100 (fixed price), one product in ten with an',
  'eco-participation. The full path checks every input on every call and works out the saving',
  'against the base price; a schedule resolves the tiers of a product once, checking its inputs',
  `then (10,000 schedules: ${buildMs.toFixed(0)} ms, not counted), and pricing a line checks the`,
  'quantity, finds its tier and divides once, writing into one reused object. Both give the same',
  'amounts (checked on 10,000 of the lines here, and by the property test in',
  '`packages/core/test/price-schedule.test.ts`). 100,000 amounts from 0 to 1,000,000.00 €.',
  '',
  property
    ? `${PROPERTY_PREFIX} on ${date}: ${property.runs.toLocaleString('en')} random carts (EUR, JPY, KWD; half-up or half-even), each at unit, line and document rounding, equal the BigInt reference in \`packages/core/test/reference/\` on every line, total and VAT row: 0 differences, ${property.seconds.toFixed(0)} s.`
    : (previousProperty?.trim() ??
      'Property check: run with `VT_PROPERTY_RUNS=1000000` to add the 10⁶-cart comparison with the BigInt reference.'),
  '',
  scheduleProperty
    ? `${SCHEDULE_PREFIX} on ${date}: ${scheduleProperty.runs.toLocaleString('en')} random requests (prices stated HT or TTC at any rate, public and list tiers, price lists, quotes; half-up or half-even; unit and line rounding) priced by \`priceSchedule\` and \`priceLineInto\` equal \`resolveUnitPrice\` then \`lineAmounts\`, refusals included: 0 differences, ${scheduleProperty.seconds.toFixed(0)} s.`
    : (previousSchedule?.trim() ??
      'Schedule check: run with `VT_PROPERTY_RUNS=1000000` to add the 10⁶-request comparison of price schedules with the full path.'),
  '',
].join('\n');

let updated: string;
if (start === -1) {
  updated = `${existing.trimEnd()}\n\n${section}`;
} else {
  const end = nextHeading === -1 ? existing.length : start + 1 + nextHeading;
  updated = `${existing.slice(0, start)}${section}${nextHeading === -1 ? '' : `\n${existing.slice(end)}`}`;
}
// The file is checked by prettier like every document: write it the way prettier would.
writeFileSync(file, await format(updated, { ...(await resolveConfig(file)), filepath: file }));
console.info(`Wrote the Pricing section of ${file}`);
