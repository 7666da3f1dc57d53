// Benchmark step "inpage": timings inside Chromium, at 1× and 4× CPU throttling (CDP
// Emulation.setCPUThrottlingRate), on a page built from bench/inpage/ with the production build
// settings and the in-memory adapter (no network: the API has its own benchmark).
//
//   node --import tsx bench/inpage.ts
//
// Samples are taken inside the page with performance.now(); the figures are medians with their
// spread. Nothing here passes or fails on time.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import projectConfig from '../vite.config.ts';
import { launchOptions } from '../scripts/browser.mjs';
import type { Bench } from './inpage/page.ts';
import { machine, root, saveResult, stats } from './shared.ts';
import type { InpageResult, InpageRate } from './types.ts';

const RATES = [1, 4] as const;
/** Products in the virtual list scrolled through. */
const LIST_SIZE = 10_000;

/** Builds the benchmark page like the widgets are built (same minifier, define, conditions). */
async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(root, 'bench/inpage'),
    base: './',
    publicDir: false,
    resolve: projectConfig.resolve,
    define: projectConfig.define,
    build: {
      outDir,
      emptyOutDir: true,
      target: projectConfig.build?.target,
      minify: projectConfig.build?.minify,
      modulePreload: false,
    },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (relative(dir, file).startsWith('..')) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

type BenchCall = <K extends keyof Bench>(
  name: K,
  ...args: Parameters<Bench[K]>
) => Promise<Awaited<ReturnType<Bench[K]>>>;

async function openPage(url: string, rate: number, browser: Awaited<ReturnType<typeof launch>>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const call: BenchCall = (name, ...args) =>
    page.evaluate(
      ([n, a]) => {
        const bench = (
          window as unknown as {
            vitrineBench: Record<string, (...values: unknown[]) => unknown>;
          }
        ).vitrineBench;
        return bench[n as string]!(...(a as unknown[]));
      },
      [name, args] as const,
    ) as never;
  return { page, context, call, errors };
}

const launch = () => chromium.launch({ ...launchOptions, headless: true });

/** Clicks a card's add button with a real (CDP) mouse click and reads the in-page timing. */
async function cartClicks(page: Page, call: BenchCall, clicks: number): Promise<number[]> {
  const buttons = page.locator('vt-product-card button.add:not([disabled])');
  const available = await buttons.count();
  const samples: number[] = [];
  for (let i = 0; i < clicks; i++) {
    const button = buttons.nth(i % available);
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    if (!box) throw new Error('add-to-cart button not visible');
    await call('settle');
    await call('armCartClick');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    samples.push(await call('cartClickResult'));
  }
  return samples;
}

const started = machine();
const work = mkdtempSync(join(tmpdir(), 'vitrine-inpage-'));
let browser: Awaited<ReturnType<typeof launch>> | undefined;
let server: Server | undefined;
try {
  await buildPage(join(work, 'page'));
  const served = await serve(join(work, 'page'));
  server = served.server;
  browser = await launch();
  const results: InpageRate[] = [];
  for (const rate of RATES) {
    const log = (line: string) => console.info(`  ${rate}×: ${line}`);
    // A fresh page per benchmark: one does not inherit the garbage of another.
    let session = await openPage(served.url, rate, browser);
    const grid = await session.call('gridBench', 30, 5);
    const gridLit = stats(grid.lit);
    const gridHand = stats(grid.hand);
    log(
      `grid of 24 cards ${gridLit.median.toFixed(1)} ms, hand-written ${gridHand.median.toFixed(1)} ms`,
    );
    await session.context.close();

    session = await openPage(served.url, rate, browser);
    const { indexMs } = await session.call('prepareCatalogue', 100_000);
    const fs = await session.call('filterSortBench', 15, 3);
    log(
      `100k: filter ${stats(fs.filterTextCategory).median.toFixed(1)} ms, sort ${stats(fs.sortPrice).median.toFixed(1)} ms`,
    );
    const adapter = stats(await session.call('memoryAdapterBench', 7));
    log(`100k through the memory adapter: ${adapter.median.toFixed(0)} ms`);
    await session.context.close();

    session = await openPage(served.url, rate, browser);
    await session.call('prepareCart');
    const clicks = stats(await cartClicks(session.page, session.call, 20));
    log(`add to cart → badge painted ${clicks.median.toFixed(1)} ms`);
    if (session.errors.length) throw new Error(`Page errors: ${session.errors.join('; ')}`);
    await session.context.close();

    session = await openPage(served.url, rate, browser);
    await session.call('prepareList', LIST_SIZE);
    const scrolled = await session.call('scrollBench', 300, 90);
    const frame = stats(scrolled.frameMs);
    log(
      `virtual list of ${LIST_SIZE}: frame p95 ${frame.p95.toFixed(1)} ms, rows in DOM ${Math.min(...scrolled.rows)}–${Math.max(...scrolled.rows)}`,
    );
    if (session.errors.length) throw new Error(`Page errors: ${session.errors.join('; ')}`);
    await session.context.close();

    results.push({
      rate,
      grid: {
        lit: gridLit,
        hand: gridHand,
        ratio: gridLit.median / gridHand.median,
        elements: grid.elements,
      },
      filterSort: {
        count: fs.count,
        indexMs,
        matches: fs.matches,
        filterText: stats(fs.filterText),
        filterTextCategory: stats(fs.filterTextCategory),
        sortPrice: stats(fs.sortPrice),
        sortName: stats(fs.sortName),
        sortPriceComparator: stats(fs.sortPriceComparator),
      },
      memoryAdapter: adapter,
      addToCart: clicks,
      scroll: {
        products: LIST_SIZE,
        frame,
        scrolledPx: scrolled.scrolledPx,
        rowsInDom: { min: Math.min(...scrolled.rows), max: Math.max(...scrolled.rows) },
      },
    });
  }
  await saveResult('inpage', { machine: started, rates: results } satisfies InpageResult);
} catch (error) {
  await saveResult('inpage', {
    machine: started,
    error: String((error as Error).message ?? error),
  });
  throw error;
} finally {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
}
