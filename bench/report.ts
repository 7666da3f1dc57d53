// Writes docs/benchmarks.md (and the size chart docs/benchmarks-sizes.svg) from
// bench/results.json. Sections written by other benchmarks ("Pricing", "API", any other) are
// kept as they are; the sections below are regenerated from the latest figures of each step.
//
//   node --import tsx bench/report.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { barChart, type Bar, type Line } from './report/chart.ts';
import { readResults, stats, type Machine, type Stats } from './shared.ts';
import { KB } from './sizes/measure.ts';
import type {
  Failed,
  InpageRate,
  InpageResult,
  LighthousePage,
  LighthouseResult,
  Results,
  SizesResult,
} from './types.ts';

const DOC = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const CHART = fileURLToPath(new URL('../docs/benchmarks-sizes.svg', import.meta.url));

const results = readResults() as Results;
const failed = (value: object | undefined): value is Failed =>
  value !== undefined && 'error' in value;

// ---------------------------------------------------------------------------------------------
// Formatting

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const bytes = (value: number) => Math.round(value).toLocaleString('en');
const ms = (value: number) =>
  Number.isNaN(value) ? '—' : value < 100 ? `${value.toFixed(1)} ms` : `${value.toFixed(0)} ms`;
const msSpread = (s: Stats) => `${ms(s.min)} – ${ms(s.max)}`;
const score = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(2));
const when = (m: Machine) => `${m.date.slice(0, 16).replace('T', ' ')} UTC`;
const load = (m: Machine) => m.load.map((v) => v.toFixed(2)).join(' / ');
const onMachine = (m: Machine) =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; Node ${m.node}; ${m.chromium}`;
const measured = (m: Machine) =>
  `Measured ${when(m)} on ${onMachine(m)}. Load average when the step started: ${load(m)} ` +
  `(1 / 5 / 15 min; above ${m.cores} means other work was competing for the CPU).`;
const met = (ok: boolean) => (ok ? 'met' : '**not met**');
/** Tag names in table text, as code (markdown would take them for HTML). */
const tags = (text: string) => text.replace(/<(vt-[\w-]+)>/g, '`<$1>`');
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
const notRun = (what: string, result: Failed | undefined) =>
  result
    ? `Not measured: the ${what} step failed on ${when(result.machine)} — ${result.error.split('\n')[0]}`
    : `Not measured yet: run \`npm run bench -- --only=${what}\`.`;

// Targets (the design's Budgets section and the issue): reported, never pass/fail.
const TARGET = {
  b2cKB: 15,
  allKB: 40,
  performance: 0.98,
  accessibility: 1,
  bestPractices: 1,
  tbtMs: 50,
  gridRatio: 1.5,
  filterMs: 25,
  sortMs: 60,
  scrollP95Ms: 20,
  addToCartMs: 50,
};

// ---------------------------------------------------------------------------------------------
// Sizes

function sizesSection(s: SizesResult | Failed | undefined): string {
  if (!s || failed(s)) return `## Sizes\n\n${notRun('sizes', s)}\n`;
  const figure = (id: string) => s.figures.find((f) => f.id === id);
  const b2c = figure('b2c-page-fr');
  const b2cEn = figure('b2c-page-en');
  const all = figure('all');
  const lightest = [...s.peers].sort((a, b) => a.brotli - b.brotli)[0];

  // The chart
  const bars: Bar[] = [
    ...(b2c ? [{ label: 'Vitrine B2C page', note: 'French demo page', kb: b2c.brotli / KB }] : []),
    ...(b2cEn ? [{ label: 'Vitrine B2C page', note: 'in English', kb: b2cEn.brotli / KB }] : []),
    ...(all
      ? [{ label: 'Vitrine, every element', note: 'lazy chunks included', kb: all.brotli / KB }]
      : []),
  ].map((b) => ({ ...b, kind: 'ours' as const }));
  for (const p of s.peers) {
    bars.push({
      label: p.name,
      note: `${p.packageName}@${p.version}`,
      kb: p.brotli / KB,
      kind: 'peer',
    });
  }
  for (const p of s.peerProblems) {
    bars.push({
      label: p.name,
      note: 'figure quoted in the issue, not measured',
      kb: p.quotedBrotliKB,
      kind: 'quoted',
    });
  }
  const lightestKB = Math.min(
    ...s.peers.map((p) => p.brotli / KB),
    ...s.peerProblems.map((p) => p.quotedBrotliKB),
  );
  const lines: Line[] = [
    { label: 'design budget, B2C page', kb: TARGET.b2cKB, style: 'budget' },
    ...(Number.isFinite(lightestKB)
      ? [{ label: 'aim: a third of the lightest peer', kb: lightestKB / 3, style: 'aim' as const }]
      : []),
  ];
  writeFileSync(
    CHART,
    barChart(
      'JavaScript a shop page loads, brotli',
      `Measured ${s.machine.date.slice(0, 10)} with node:zlib (brotli quality 11); shorter is better`,
      bars,
      lines,
    ),
  );

  const budgetRows = s.figures.map((f) => {
    const v = f.verdict;
    const target = v.budget?.target;
    return [
      `\`${f.id}\``,
      tags(f.label),
      kb(f.raw),
      kb(f.gzip),
      `**${kb(f.brotli)}**`,
      target === null || target === undefined ? '—' : `≤ ${target} KB`,
      v.budget ? `${v.budget.ceiling} KB` : '—',
      target === null || target === undefined
        ? 'regression guard'
        : f.brotli / KB <= target
          ? `met, ${(target - f.brotli / KB).toFixed(1)} KB to spare`
          : `**${(f.brotli / KB - target).toFixed(1)} KB over target**`,
    ];
  });

  const peerRows = s.peers.map((p) => [
    `${p.name} (\`${p.packageName}@${p.version}\`)`,
    p.measured,
    kb(p.raw),
    kb(p.gzip),
    `**${kb(p.brotli)}**`,
    b2c ? `${((b2c.brotli / p.brotli) * 100).toFixed(0)} %` : '—',
  ]);
  for (const p of s.peerProblems) {
    peerRows.push([
      `${p.name} (\`${p.packageName}\`)`,
      `could not be measured: ${p.problem}; the issue's figure is shown instead`,
      '—',
      '—',
      `${p.quotedBrotliKB} KB (quoted)`,
      b2c ? `${((b2c.brotli / KB / p.quotedBrotliKB) * 100).toFixed(0)} %` : '—',
    ]);
  }
  const wholeNotes = s.peers
    .filter((p) => p.whole)
    .map(
      (p) =>
        `${p.name}'s whole CDN build (every JS file of it) is ${kb(p.whole!.brotli)} brotli; ` +
        'a page only loads the bundles of the elements it uses.',
    );

  const entryRows = s.entries.map((e) => [
    `\`${e.id}\``,
    `\`${e.entry}\``,
    e.initial.files.map((f) => `\`${f.file}\` ${kb(f.brotli)}`).join(', '),
    kb(e.initial.brotli),
    e.lazy.length
      ? e.lazy.map((l) => `${l.name}${l.excluded ? ' (excluded)' : ''} ${kb(l.brotli)}`).join(', ')
      : '—',
  ]);

  const b2cModules = new Map((s.modules['b2c-embed']?.modules ?? []).map((m) => [m.name, m]));
  const allModules = s.modules['all']?.modules ?? [];
  const allRaw = allModules.reduce((sum, m) => sum + m.raw, 0);
  const moduleRows = allModules.map((m) => [
    m.name,
    b2cModules.has(m.name) ? bytes(b2cModules.get(m.name)!.raw) : '—',
    bytes(m.raw),
    `${((m.raw / allRaw) * 100).toFixed(1)} %`,
    kb(m.brotliAlone),
  ]);
  const fileRows = (s.modules['all']?.sourceFiles ?? [])
    .slice(0, 15)
    .map((f) => [`\`${f.file}\``, bytes(f.raw)]);
  const whitespace = s.templateWhitespace['all'];
  const split = s.initialSplit?.['b2c-embed'];
  const b2cTarget = s.figures.find((f) => f.id === 'b2c-page-en')?.verdict.budget?.target;

  return [
    '## Sizes',
    '',
    measured(s.machine),
    '',
    '![Brotli size of the JavaScript each page loads: Vitrine against Commerce Layer drop-in and Shopify Buy Button](benchmarks-sizes.svg)',
    '',
    '### Budgeted figures',
    '',
    "`b2c-page-*` is the design's B2C embed: storefront, catalog (with product card and price),",
    'cart, cart button and the reference adapter, bundled alone (bench/sizes/b2c-embed.ts). The',
    'demo pages themselves load the whole `vitrine.js` (the `all` figure), with every element.',
    '',
    'What each figure loads, minified, then gzip (level 9) and brotli (quality 11), each file',
    'compressed on its own as a browser downloads it. `npm test` (step `budgets`) enforces the',
    'ceilings of `test/budgets/budgets.json`: the target when a figure is at or under it,',
    'otherwise its size when the ceiling was set rounded up to the next 0.5 KB, so that a figure',
    'over its target cannot grow unnoticed.',
    '',
    table(
      ['figure', 'what it loads', 'min.', 'gzip', 'brotli', 'target', 'ceiling', 'status'],
      budgetRows,
    ),
    '',
    '### Peers, measured in the same run',
    '',
    table(['peer', 'measured', 'min.', 'gzip', 'brotli', 'our B2C page is'], peerRows),
    '',
    ...(wholeNotes.length ? [wholeNotes.join(' '), ''] : []),
    ...(lightest && b2c
      ? [
          `Aim: a third of the lightest peer, ${kb(lightest.brotli / 3)} (${lightest.name}). ` +
            `The B2C page is ${kb(b2c.brotli)}: ${met(b2c.brotli <= lightest.brotli / 3)}.`,
          '',
        ]
      : []),
    '### Every entry',
    '',
    'Each entry is bundled alone with the settings of `vite.config.ts` (bench/sizes/config.ts):',
    'one per element registration file, `b2c-embed` (bench/sizes/b2c-embed.ts) and `all`',
    '(`embed.ts`, which is `vitrine.js`). "Loads" is the entry file and every chunk it imports',
    'statically; lazy chunks load on demand (the French catalogue loads at once on a French page).',
    '',
    table(['entry', 'source', 'loads (brotli per file)', 'total', 'lazy chunks'], entryRows),
    '',
    '### Where the bytes are',
    '',
    'Minified bytes of every chunk attributed to their sources by the source maps. "Alone" is',
    "that package's code compressed by itself: an upper bound of what it adds, since brotli",
    'shares its dictionary across a file.',
    '',
    table(
      [
        'package or part',
        'B2C embed, min. bytes',
        'all, min. bytes',
        'share of all',
        'brotli alone',
      ],
      moduleRows,
    ),
    '',
    ...(split && b2cTarget
      ? [
          `The B2C embed's initial JS in two parts, each compressed alone: the libraries ` +
            `(${split.libraryNames.join(', ')}) ${kb(split.libraries.brotli)}, ` +
            `Vitrine's own code ${kb(split.own.brotli)}. The libraries alone take ` +
            `${Math.round((split.libraries.brotli / (b2cTarget * KB)) * 100)} % of the ` +
            `${b2cTarget} KB target, which would leave ${kb(b2cTarget * KB - split.libraries.brotli)} ` +
            `for the storefront, catalog, card, price, cart button and adapter.`,
          '',
        ]
      : []),
    'Largest source files of the repository in `all` (minified bytes):',
    '',
    table(['file', 'min. bytes'], fileRows),
    '',
    ...(whitespace
      ? [
          `Line breaks and indentation kept inside \`html\` and \`css\` templates: ${bytes(whitespace.raw)} minified bytes in \`all\`, ${bytes(whitespace.brotli)} bytes once compressed with brotli — minifying the templates would save about that much.`,
          '',
        ]
      : []),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

const LIGHTHOUSE_ROWS: {
  key: string;
  label: string;
  kind: 'score' | 'metric';
  target?: { value: number; text: string; lowerIsBetter?: boolean };
}[] = [
  {
    key: 'performance',
    label: 'Performance',
    kind: 'score',
    target: { value: TARGET.performance, text: '≥ 0.98' },
  },
  {
    key: 'accessibility',
    label: 'Accessibility',
    kind: 'score',
    target: { value: TARGET.accessibility, text: '1.00' },
  },
  {
    key: 'best-practices',
    label: 'Best practices',
    kind: 'score',
    target: { value: TARGET.bestPractices, text: '1.00' },
  },
  { key: 'seo', label: 'SEO', kind: 'score' },
  {
    key: 'tbt',
    label: 'Total Blocking Time',
    kind: 'metric',
    target: { value: TARGET.tbtMs, text: '≤ 50 ms', lowerIsBetter: true },
  },
  { key: 'fcp', label: 'First Contentful Paint', kind: 'metric' },
  { key: 'lcp', label: 'Largest Contentful Paint', kind: 'metric' },
  { key: 'si', label: 'Speed Index', kind: 'metric' },
  { key: 'tti', label: 'Time to Interactive', kind: 'metric' },
  { key: 'cls', label: 'Cumulative Layout Shift', kind: 'metric' },
];

function lighthouseRows(page: LighthousePage): string[][] {
  return LIGHTHOUSE_ROWS.map((row) => {
    const s = row.kind === 'score' ? page.scores[row.key] : page.metrics[row.key];
    if (!s) return [row.label, '—', '—', row.target?.text ?? '—', '—'];
    const show = row.kind === 'score' || row.key === 'cls' ? score : ms;
    const ok = row.target
      ? row.target.lowerIsBetter
        ? s.median <= row.target.value
        : s.median >= row.target.value
      : undefined;
    return [
      row.label,
      `**${show(s.median)}**`,
      `${show(s.min)} – ${show(s.max)}`,
      row.target?.text ?? '—',
      ok === undefined ? '—' : met(ok),
    ];
  });
}

function lighthouseSection(l: LighthouseResult | Failed | undefined): string {
  if (!l || failed(l)) return `## Lighthouse\n\n${notRun('lighthouse', l)}\n`;
  const benchmarkIndex = l.pages.flatMap((p) => p.runs.map((r) => r.benchmarkIndex));
  const warnings = [...new Set(l.pages.flatMap((p) => p.runs.flatMap((r) => r.warnings)))];
  const parts = [
    '## Lighthouse',
    '',
    measured(l.machine),
    '',
    `Lighthouse ${l.version}, mobile preset (its default: mobile screen, simulated slow 4G and 4× CPU slowdown), ` +
      `${l.runs} runs per page, interleaved; the median of each figure with the spread of the runs. ` +
      'The demo pages are served by the reference server with its seeded catalogue (in-memory database).',
    `Lighthouse's CPU benchmark index on this machine: ${Math.round(Math.min(...benchmarkIndex))} – ${Math.round(Math.max(...benchmarkIndex))} over the runs. ` +
      'Lighthouse warns below 1,000 that the machine is slower than its 4× CPU slowdown assumes: ' +
      'its simulated Total Blocking Time, built from the tasks observed here, then reads high.',
    '',
  ];
  for (const page of l.pages) {
    const misses = new Map<string, string[]>();
    for (const run of page.runs) {
      for (const m of run.misses) {
        const key = `${m.category}: ${m.title}`;
        misses.set(key, [...(misses.get(key) ?? []), m.value]);
      }
    }
    const withCompression = page.runs.filter((run) => run.compression);
    const compression = withCompression.length
      ? {
          bytes: stats(withCompression.map((run) => run.compression.bytes)).median,
          fcpMs: stats(withCompression.map((run) => run.compression.fcpMs)).median,
          lcpMs: stats(withCompression.map((run) => run.compression.lcpMs)).median,
        }
      : undefined;
    const lcp = page.runs.find((run) => run.lcpElement)?.lcpElement;
    const shifts = new Map<string, number>();
    for (const run of page.runs) {
      for (const shift of run.layoutShifts ?? []) {
        const element = shift.element.replace(/\s+/g, ' ');
        shifts.set(element, Math.max(shifts.get(element) ?? 0, shift.score));
      }
    }
    const tasks = new Map<string, number[]>();
    for (const run of page.runs) {
      for (const t of run.longTasks) tasks.set(t.url, [...(tasks.get(t.url) ?? []), t.duration]);
    }
    parts.push(
      `### ${page.name}: \`${page.path}\``,
      '',
      table(['figure', 'median', 'spread', 'target', 'verdict'], lighthouseRows(page)),
      '',
      `JavaScript transferred: ${bytes(page.scriptBytes)} bytes in ${page.scriptRequests} requests.`,
      compression && compression.bytes > 0
        ? `The reference server sends its files uncompressed: Lighthouse estimates that compression would save ${bytes(compression.bytes)} bytes and about ${ms(compression.fcpMs)} of First Contentful Paint and ${ms(compression.lcpMs)} of Largest Contentful Paint (a CDN serving \`vitrine.js\` would compress it).`
        : '',
      lcp ? `Largest Contentful Paint element: \`${lcp}\`.` : '',
      shifts.size
        ? `Elements that moved (layout shift score, worst run): ${[...shifts]
            .map(([element, score]) => `\`${element}\` ${score.toFixed(3)}`)
            .join(', ')}.`
        : '',
      misses.size
        ? `Audits below a full score: ${[...misses]
            .map(
              ([m, values]) =>
                `${m} in ${values.length} of ${page.runs.length} runs (${values.filter(Boolean).join(', ')})`,
            )
            .join('; ')}.`
        : 'Every scored audit passed in every run.',
      tasks.size
        ? `Long main-thread tasks seen (simulated, per run): ${[...tasks]
            .map(([url, d]) => `\`${url || '(page)'}\` ${d.length} (longest ${ms(Math.max(...d))})`)
            .join(', ')}.`
        : '',
      '',
    );
  }
  if (warnings.length) parts.push(`Lighthouse warned: ${warnings.join(' ')}`, '');
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// In-page timings

function inpageSection(r: InpageResult | Failed | undefined): string {
  if (!r || failed(r)) return `## In-page timings\n\n${notRun('inpage', r)}\n`;
  const rows: string[][] = [];
  const row = (what: string, rate: InpageRate, s: Stats, target?: number) => {
    rows.push([
      what,
      `${rate.rate}×`,
      `**${ms(s.median)}**`,
      msSpread(s),
      ms(s.p95),
      String(s.n),
      target === undefined ? '—' : `≤ ${target} ms`,
      target === undefined ? '—' : met(s.median <= target),
    ]);
  };
  for (const rate of r.rates) {
    const at4 = rate.rate === 4;
    row('24-card grid: `<vt-product-card>` × 24 (Lit)', rate, rate.grid.lit);
    row('24-card grid: hand-written `innerHTML`, same markup', rate, rate.grid.hand);
    rows.push([
      '24-card grid: ratio Lit / hand-written (medians)',
      `${rate.rate}×`,
      `**${rate.grid.ratio.toFixed(2)}**`,
      '—',
      '—',
      '—',
      '≤ 1.5',
      met(rate.grid.ratio <= TARGET.gridRatio),
    ]);
    const fs = rate.filterSort;
    row(
      `filter 100,000: text "cafe" (${bytes(fs.matches.text)} found)`,
      rate,
      fs.filterText,
      at4 ? TARGET.filterMs : undefined,
    );
    row(
      `filter 100,000: category and text "stylo bleu" (${bytes(fs.matches.textCategory)} found)`,
      rate,
      fs.filterTextCategory,
      at4 ? TARGET.filterMs : undefined,
    );
    row(
      'sort 100,000 by price (precomputed keys)',
      rate,
      fs.sortPrice,
      at4 ? TARGET.sortMs : undefined,
    );
    row(
      'sort 100,000 by name (precomputed collation rank)',
      rate,
      fs.sortName,
      at4 ? TARGET.sortMs : undefined,
    );
    row('sort 100,000 by price with a comparator function', rate, fs.sortPriceComparator);
    row(
      'search + sort 100,000 through `adapter-memory` (its index, built by the first query)',
      rate,
      rate.memoryAdapter,
    );
    row(
      'add to cart: click → cart badge painted',
      rate,
      rate.addToCart,
      at4 ? TARGET.addToCartMs : undefined,
    );
    // Results recorded before the virtual list existed have no scroll figures.
    const scroll = rate.scroll as InpageRate['scroll'] | undefined;
    if (scroll) {
      const at1 = rate.rate === 1;
      rows.push([
        `scroll \`<vt-catalog layout="list">\` of ${bytes(scroll.products)} products: time between frames (${scroll.rowsInDom.min}–${scroll.rowsInDom.max} rows in the DOM)`,
        `${rate.rate}×`,
        `**${ms(scroll.frame.median)}**`,
        msSpread(scroll.frame),
        ms(scroll.frame.p95),
        String(scroll.frame.n),
        at1 ? `p95 ≤ ${TARGET.scrollP95Ms} ms` : '—',
        at1 ? met(scroll.frame.p95 <= TARGET.scrollP95Ms) : '—',
      ]);
    }
  }
  const first = r.rates[0];
  return [
    '## In-page timings',
    '',
    measured(r.machine),
    '',
    'Chromium (headless), 1280 × 900, CPU throttled with `Emulation.setCPUThrottlingRate` (1× and 4×),',
    'production build of the elements with the in-memory adapter (no network), times taken in the',
    'page with `performance.now()`. Spread is the fastest and slowest sample; p95 is the',
    'nearest-rank 95th percentile.',
    '',
    table(['benchmark', 'CPU', 'median', 'spread', 'p95', 'samples', 'target', 'verdict'], rows),
    '',
    '- **Virtual list**: the page scrolls 90 px per frame for 300 frames through',
    '  `<vt-catalog layout="list">` over 10,000 products (pages of 100 loaded as rows come into',
    '  view); the time between animation frames is what a visitor sees as smooth or janky (16.7 ms',
    '  at 60 Hz), and the rows in the DOM stay few whatever the position.',
    '- **Grid**: 24 `<vt-product-card>` rendered by a Lit template, as `<vt-catalog>` does, inside a',
    '  `<vt-storefront>`, timed until every card has rendered and layout is done. Each card',
    '  renders its price in its own shadow tree (no nested `<vt-price>`). The elements render in',
    '  turns of 8 ms (packages/elements/src/shared/render-turn.ts), so the page paints and answers',
    '  in between: the time includes those frames, which a single `innerHTML` does not pay;',
    '  the baseline builds the same markup (escaped text, `Intl.NumberFormat` prices, the',
    '  same stylesheets, the design tokens declared once on the grid, as a hand-written widget',
    '  would) as one string and sets `innerHTML`, timed to the same forced layout; screenshots of',
    '  both are identical.',
    ...(first
      ? [
          `  Elements per card: ${first.grid.elements.lit} with Lit (shadow tree and host included), ${first.grid.elements.hand} hand-written.`,
        ]
      : []),
    "- **Filter and sort**: `@vitrine/core`'s product index (packages/core/src/product-index.ts):",
    '  folded search texts, prices in a typed array, a name rank from `Intl.Collator`, category and',
    `  brand codes, all computed once (${first ? `${ms(first.filterSort.indexMs)} at 1×` : '—'}, not included);`,
    "  the sort is a stable radix sort of positions by those keys, in the reference server's order",
    '  (no price last, ties by name); each run is checked against a plain comparator sort.',
    '- **Add to cart**: a real mouse click (CDP input) on a card in a `<vt-catalog>` of 24; from the',
    "  click event's timestamp to the first frame after the `<vt-cart-button>` count changed",
    '  (requestAnimationFrame, then a task).',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Summary

function summarySection(r: Results): string {
  const rows: string[][] = [];
  const s = r.sizes && !failed(r.sizes) ? r.sizes : undefined;
  if (s) {
    const fig = (id: string) => s.figures.find((f) => f.id === id);
    const b2c = fig('b2c-page-fr');
    const all = fig('all');
    if (b2c)
      rows.push([
        'B2C embed page (French), brotli',
        kb(b2c.brotli),
        '≤ 15 KB',
        met(b2c.brotli / KB <= TARGET.b2cKB),
      ]);
    if (all)
      rows.push([
        'Every element, without Stripe.js and DOMPurify, brotli',
        kb(all.brotli),
        '≤ 40 KB',
        met(all.brotli / KB <= TARGET.allKB),
      ]);
    const lightest = [...s.peers].sort((a, b) => a.brotli - b.brotli)[0];
    if (lightest && b2c) {
      rows.push([
        `B2C page against the lightest peer (${lightest.name}, ${kb(lightest.brotli)})`,
        `${((b2c.brotli / lightest.brotli) * 100).toFixed(0)} %`,
        '≤ 33 %',
        met(b2c.brotli <= lightest.brotli / 3),
      ]);
    }
  }
  const l = r.lighthouse && !failed(r.lighthouse) ? r.lighthouse : undefined;
  for (const page of l?.pages ?? []) {
    const perf = page.scores['performance'];
    const a11y = page.scores['accessibility'];
    const bp = page.scores['best-practices'];
    const tbt = page.metrics['tbt'];
    const where = `Lighthouse \`${page.path}\``;
    if (perf)
      rows.push([
        `${where}: performance`,
        score(perf.median),
        '≥ 0.98',
        met(perf.median >= TARGET.performance),
      ]);
    if (a11y)
      rows.push([
        `${where}: accessibility`,
        score(a11y.median),
        '1.00',
        met(a11y.median >= TARGET.accessibility),
      ]);
    if (bp)
      rows.push([
        `${where}: best practices`,
        score(bp.median),
        '1.00',
        met(bp.median >= TARGET.bestPractices),
      ]);
    if (tbt)
      rows.push([
        `${where}: Total Blocking Time`,
        ms(tbt.median),
        '≤ 50 ms',
        met(tbt.median <= TARGET.tbtMs),
      ]);
  }
  const p = r.inpage && !failed(r.inpage) ? r.inpage : undefined;
  const at = (rate: number) => p?.rates.find((x) => x.rate === rate);
  const one = at(1);
  const four = at(4);
  if (one)
    rows.push([
      '24-card grid, Lit / hand-written, 1×',
      one.grid.ratio.toFixed(2),
      '≤ 1.5',
      met(one.grid.ratio <= TARGET.gridRatio),
    ]);
  if (four) {
    const f = four.filterSort;
    rows.push(
      [
        '24-card grid, Lit / hand-written, 4×',
        four.grid.ratio.toFixed(2),
        '≤ 1.5',
        met(four.grid.ratio <= TARGET.gridRatio),
      ],
      [
        'Filter 100,000 by text, 4×',
        ms(f.filterText.median),
        '≤ 25 ms',
        met(f.filterText.median <= TARGET.filterMs),
      ],
      [
        'Sort 100,000 by price, 4×',
        ms(f.sortPrice.median),
        '≤ 60 ms',
        met(f.sortPrice.median <= TARGET.sortMs),
      ],
      [
        'Add to cart → badge painted, 4×',
        ms(four.addToCart.median),
        '≤ 50 ms',
        met(four.addToCart.median <= TARGET.addToCartMs),
      ],
    );
  }
  const scrolled = one?.scroll as InpageRate['scroll'] | undefined;
  if (scrolled)
    rows.push([
      'Virtual list of 10,000: p95 time between frames while scrolling, 1×',
      ms(scrolled.frame.p95),
      '≤ 20 ms',
      met(scrolled.frame.p95 <= TARGET.scrollP95Ms),
    ]);
  if (rows.length === 0) return '## Summary\n\nNo figures yet: run `npm run bench`.\n';
  return [
    '## Summary',
    '',
    'Medians against the targets. Sizes are exact and enforced by `npm test`; timings are',
    'reported only (see "How these figures are made").',
    '',
    table(['what', 'measured', 'target', 'verdict'], rows),
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// How to read

const HOW = [
  '## How these figures are made',
  '',
  '`npm run bench` runs every step and rewrites this file; `npm run bench -- --only=sizes,inpage`',
  'runs some (steps: `sizes`, `lighthouse`, `inpage`, `pricing`, `api`) and keeps the latest',
  'figures of the others (bench/results.json). Each section says when and where it was measured.',
  '',
  '- **Sizes** are exact and repeatable: the same sources give the same bytes on any machine.',
  '  1 KB = 1,024 bytes. Each file is compressed on its own (brotli quality 11 and gzip level 9',
  '  with node:zlib), and a figure sums the files a page loads. The budgets are enforced by',
  '  `npm test`; the peers are measured from their npm packages, pinned as dev dependencies.',
  '  `node --import tsx test/budgets/ceilings.ts` shows the ceilings the budget rule gives the',
  '  current sources (`--write` writes them: growth is then a deliberate, reviewed change).',
  '- **Timings** depend on the machine and on what else runs on it. This machine kind is a shared',
  '  2-core virtual machine: read the medians, compare figures of the same run (the grid ratio is',
  '  measured against a baseline in the same page, interleaved), and look at the spread and the',
  '  load average before comparing two runs. Timings are never pass/fail.',
  '- **Lighthouse** simulates a mid-range phone: its Total Blocking Time multiplies the long tasks',
  '  seen on this CPU by 4, so a slow or busy machine reads worse than a phone would. Its scores',
  '  move by a few hundredths from run to run; three runs per page are the minimum to read them.',
  '- **In-page** figures are taken inside Chromium with `performance.now()` (about 0.1 ms',
  '  resolution) after warm-up iterations; 4× CPU throttling approximates a mid-range phone.',
  '',
].join('\n');

// ---------------------------------------------------------------------------------------------
// The file: our sections regenerated, the others kept

const INTRO = [
  '# Benchmarks',
  '',
  'What the widgets cost a host page, side by side with the peers: bundle sizes, Lighthouse on the',
  'demo pages, timings in the page, pricing in Node and the reference API. Written by',
  '`npm run bench` (scripts/bench.mjs); the Pricing and API sections by their own benchmarks',
  '(bench/pricing.bench.ts, bench/api.bench.*), which it runs too.',
  '',
].join('\n');

const OWNED = ['Summary', 'Sizes', 'Lighthouse', 'In-page timings', 'How these figures are made'];

/** The `## ` sections of a markdown file, in order (the text before the first is dropped). */
function sections(text: string): { title: string; body: string }[] {
  const found: { title: string; body: string }[] = [];
  const parts = text.split(/^(?=## )/m);
  for (const part of parts) {
    const title = /^## (.+)$/m.exec(part)?.[1]?.trim();
    if (part.startsWith('## ') && title) found.push({ title, body: part.trimEnd() });
  }
  return found;
}

const existing = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
const others = sections(existing).filter((s) => !OWNED.includes(s.title));
const document = [
  INTRO,
  summarySection(results),
  sizesSection(results.sizes),
  lighthouseSection(results.lighthouse),
  inpageSection(results.inpage),
  ...others.map((s) => `${s.body}\n`),
  HOW,
].join('\n');

writeFileSync(DOC, await format(document, { ...(await resolveConfig(DOC)), filepath: DOC }));
console.info(
  `  wrote ${DOC}${others.length ? ` (kept: ${others.map((s) => s.title).join(', ')})` : ''}`,
);
console.info(`  wrote ${CHART}`);
