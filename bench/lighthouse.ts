// Benchmark step "lighthouse": Lighthouse 12, mobile preset (its default: Moto G Power screen,
// slow 4G and 4× CPU slowdown, simulated), on the demo pages served by the reference server with
// its seeded catalogue, in Debian's Chromium. Median of 3 runs per page, runs interleaved.
//
//   node --import tsx bench/lighthouse.ts [--runs=3]
//
// The demo is built into a temporary directory (dist/ is left alone) and the server started on a
// free port; both go away at the end, also on failure.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath, launchOptions } from '../scripts/browser.mjs';
import { machine, root, run, saveResult, startReferenceServer, stats, track } from './shared.ts';
import type { LighthousePage, LighthouseResult, LighthouseRun } from './types.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Number(values.runs);

export const PAGES = [
  { path: '/', name: 'B2C shop (index.html)' },
  { path: '/pro.html', name: 'B2B trade page (pro.html)' },
] as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
  tbt: 'total-blocking-time',
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  si: 'speed-index',
  cls: 'cumulative-layout-shift',
  tti: 'interactive',
} as const;

interface Audit {
  readonly score: number | null;
  readonly numericValue?: number;
  readonly displayValue?: string;
  readonly title: string;
  readonly details?: {
    readonly items?: readonly Record<string, unknown>[];
    readonly overallSavingsBytes?: number;
    readonly debugData?: { readonly metricSavings?: Record<string, number> };
  };
}

interface LighthouseJson {
  readonly lighthouseVersion: string;
  readonly runtimeError?: { readonly message: string };
  readonly runWarnings: readonly string[];
  readonly environment: { readonly benchmarkIndex: number };
  readonly categories: Record<
    string,
    { readonly score: number | null; readonly auditRefs: { id: string; weight: number }[] }
  >;
  readonly audits: Record<string, Audit>;
}

async function warmUp(urls: readonly string[]): Promise<void> {
  const browser = await chromium.launch({ ...launchOptions, headless: true });
  try {
    const page = await browser.newPage();
    for (const url of urls) await page.goto(url, { waitUntil: 'networkidle' });
  } finally {
    await browser.close();
  }
}

function lighthouse(url: string, output: string): Promise<void> {
  const flags = ['--headless=new', ...chromiumArgs];
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(root, 'node_modules/.bin/lighthouse'),
      [
        url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${flags.join(' ')}`,
      ],
      { cwd: root, env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: 'inherit' },
    );
    track(child);
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code} on ${url}`)),
    );
  });
}

const describe = (node: { selector?: string; nodeLabel?: string } | undefined) =>
  node
    ? `${node.selector ?? ''} (“${(node.nodeLabel ?? '').replace(/\s+/g, ' ').slice(0, 60)}”)`
    : 'unknown';

/** The label of the LCP element (the audit nests a table of nodes in a list). */
function lcpElement(audit: Audit | undefined): string {
  const tables = (audit?.details?.items ?? []) as {
    items?: { node?: { nodeLabel?: string; selector?: string } }[];
  }[];
  const node = tables.flatMap((t) => t.items ?? []).find((item) => item.node)?.node;
  return describe(node);
}

function figures(report: LighthouseJson): LighthouseRun {
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  const audit = (id: string) => report.audits[id];
  const resources = (audit('resource-summary')?.details?.items ?? []) as {
    resourceType: string;
    transferSize: number;
    requestCount: number;
  }[];
  const script = resources.find((r) => r.resourceType === 'script');
  const compression = audit('uses-text-compression');
  const misses: { category: string; title: string; value: string }[] = [];
  for (const id of CATEGORIES) {
    for (const ref of report.categories[id]?.auditRefs ?? []) {
      const a = audit(ref.id);
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) {
        misses.push({ category: id, title: a.title, value: a.displayValue ?? '' });
      }
    }
  }
  const longTasks = (
    (audit('long-tasks')?.details?.items ?? []) as {
      url: string;
      duration: number;
    }[]
  ).map(({ url, duration }) => ({ url: url.replace(/^https?:\/\/[^/]+/, ''), duration }));
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, report.categories[id]?.score ?? null])),
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([key, id]) => [key, audit(id)?.numericValue ?? Number.NaN]),
    ),
    scriptBytes: script?.transferSize ?? 0,
    scriptRequests: script?.requestCount ?? 0,
    benchmarkIndex: report.environment.benchmarkIndex,
    misses,
    longTasks,
    warnings: report.runWarnings,
    compression: {
      bytes: compression?.details?.overallSavingsBytes ?? 0,
      fcpMs: compression?.details?.debugData?.metricSavings?.FCP ?? 0,
      lcpMs: compression?.details?.debugData?.metricSavings?.LCP ?? 0,
    },
    lcpElement: lcpElement(audit('largest-contentful-paint-element')),
    layoutShifts: (
      (audit('layout-shifts')?.details?.items ?? []) as {
        node?: { selector?: string; nodeLabel?: string };
        score?: number;
      }[]
    ).map((item) => ({ element: describe(item.node), score: item.score ?? 0 })),
  };
}

const started = machine();
const work = mkdtempSync(join(tmpdir(), 'vitrine-lighthouse-'));
const demo = join(work, 'demo');
let server: Awaited<ReturnType<typeof startReferenceServer>> | undefined;
let version = '';
try {
  console.info(`  building the demo into ${demo}`);
  await run(join(root, 'node_modules/.bin/vite'), [
    'build',
    '--outDir',
    demo,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ]);
  server = await startReferenceServer(demo);
  console.info(`  reference server on ${server.url} (pid ${server.pid})`);
  // Let the freshly seeded server settle, then warm its caches once per page: a real load, so
  // that the scripts are compressed and the API answers cached before the first measured run.
  await warmUp(PAGES.map((page) => `${server!.url}${page.path}`));

  const runs = new Map<string, LighthouseRun[]>(PAGES.map((p) => [p.path, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const page of PAGES) {
      const output = join(work, `run-${i}-${page.path.replace(/\W/g, '_')}.json`);
      const t0 = performance.now();
      await lighthouse(`${server.url}${page.path}`, output);
      const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseJson;
      version = report.lighthouseVersion;
      const f = figures(report);
      runs.get(page.path)!.push(f);
      console.info(
        `  ${page.path} run ${i + 1}/${RUNS}: performance ${f.scores.performance}, ` +
          `accessibility ${f.scores.accessibility}, best practices ${f.scores['best-practices']}, ` +
          `TBT ${Math.round(f.metrics.tbt ?? Number.NaN)} ms ` +
          `(${((performance.now() - t0) / 1000).toFixed(0)} s)`,
      );
    }
  }

  const pages: LighthousePage[] = PAGES.map((page) => {
    const list = runs.get(page.path)!;
    return {
      path: page.path,
      name: page.name,
      runs: list,
      scores: Object.fromEntries(
        CATEGORIES.map((id) => [id, stats(list.map((r) => r.scores[id] ?? Number.NaN))]),
      ),
      metrics: Object.fromEntries(
        Object.keys(METRICS).map((key) => [
          key,
          stats(list.map((r) => r.metrics[key] ?? Number.NaN)),
        ]),
      ),
      scriptBytes: stats(list.map((r) => r.scriptBytes)).median,
      scriptRequests: stats(list.map((r) => r.scriptRequests)).median,
    };
  });
  await saveResult('lighthouse', {
    machine: started,
    version,
    runs: RUNS,
    pages,
  } satisfies LighthouseResult);
} catch (error) {
  // The report says why there are no figures rather than showing stale ones.
  await saveResult('lighthouse', {
    machine: started,
    error: String((error as Error).message ?? error),
  });
  throw error;
} finally {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
}
