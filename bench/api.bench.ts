// The reference API under load: product search with facets on the embedded database, with
// 1,000, 10,000 and 100,000 products, measured with autocannon over loopback.
//
//   node --import tsx bench/api.bench.ts                       1k, 10k and 100k products
//   node --import tsx bench/api.bench.ts --sizes=1000,10000    some sizes only
//
// For each size: a PGlite data directory is seeded (in a temporary directory, deleted at the
// end), the server is started on it as its own process (src/main.ts, port chosen free, bound to
// 127.0.0.1), and a mix of searches is sent from this process:
//   1. paced: 500 requests/s for 20 s over 50 keep-alive connections (after a 5 s warm-up),
//      one request every 2 ms, latency counted from the moment each request was due (an
//      open-loop generator like wrk2: a slow answer cannot hide the ones queued behind it). The
//      target is p95 ≤ 20 ms at ≥ 500 requests/s. autocannon's own rate option sends each
//      connection's share of a second in one burst at the start of the second, which measures
//      bursts of 50, not a rate: hence this generator for the paced run;
//   2. capacity (autocannon): as fast as 50 connections go, 10 s;
//   3. without the search page cache (CATALOG_CACHE=0), autocannon, as fast as 10 connections
//      go, 10 s — what each search costs the database.
// Only 127.0.0.1 is ever contacted; every run is bounded in time. Writes the "API" section of
// docs/benchmarks.md. Timings are reported, never pass/fail.
import { spawn } from 'node:child_process';
import { Agent, get } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { format, resolveConfig } from 'prettier';
import { openDatabase } from '../packages/server/src/db.ts';
import { migrate } from '../packages/server/src/migrate.ts';
import { generateCatalog, type CatalogRows } from '../packages/server/src/seed/generate.ts';
import { seedIfEmpty } from '../packages/server/src/seed/seed.ts';
import { searchKey } from '../packages/server/src/text.ts';
import { freePort, track } from './shared.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value = ''] = arg.replace(/^--/, '').split('=');
    return [key!, value];
  }),
);
const SIZES = (args.get('sizes') || '1000,10000,100000').split(',').map(Number);
const RATE = 500;
const CONNECTIONS = 50;
const DURATION_S = 20;
const WARMUP_S = 5;
const CAPACITY_S = 10;

// ---------------------------------------------------------------------------------------------
// Data: the seeded catalog, repeated with numbered models up to the wanted size

function byProduct<T extends { product_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.product_id, [...(map.get(row.product_id) ?? []), row]);
  return map;
}

function scaledCatalog(size: number): CatalogRows {
  const base = generateCatalog();
  const specs = byProduct(base.product_specs);
  const offers = byProduct(base.offers);
  const rows: CatalogRows = {
    sellers: base.sellers,
    categories: base.categories,
    products: [],
    product_specs: [],
    offers: [],
  };
  for (let copy = 0; rows.products.length < size; copy++) {
    for (const p of base.products) {
      if (rows.products.length >= size) break;
      const suffix = copy === 0 ? '' : `-${copy}`;
      const id = `${p.id}${suffix}`;
      const name = copy === 0 ? p.name : `${p.name} modèle ${copy}`;
      const sku = `${p.sku}${suffix}`;
      rows.products.push({
        ...p,
        id,
        sku,
        slug: `${p.slug}${suffix}`,
        name,
        name_key: searchKey(name),
        search_text: searchKey(`${name} ${p.brand} ${sku}`),
      });
      for (const s of specs.get(p.id) ?? []) rows.product_specs.push({ ...s, product_id: id });
      for (const o of offers.get(p.id) ?? []) {
        rows.offers.push({ ...o, id: `${o.id}${suffix}`, product_id: id });
      }
    }
  }
  return rows;
}

/** What shoppers search: frequent words of product names, brands, categories, sorts, pages. */
function searchPaths(catalog: CatalogRows): string[] {
  const counts = new Map<string, number>();
  for (const p of catalog.products.slice(0, 264)) {
    for (const word of p.name_key.split(' ')) {
      if (word.length >= 4) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 40)
    .map(([word]) => word);
  const brands = [...new Set(catalog.products.slice(0, 264).map((p) => p.brand))].slice(0, 10);
  const slugs = catalog.categories.map((c) => c.slug);
  const sorts = ['relevance', 'price_asc', 'price_desc', 'name_asc', 'newest'];
  const paths: string[] = [];
  const path = (params: Record<string, string>) =>
    `/api/products?${new URLSearchParams({ ...params, facets: 'true' })}`;
  for (const [i, word] of words.entries()) {
    paths.push(path({ q: word }));
    paths.push(path({ q: word, sort: sorts[i % sorts.length]!, page: '2' }));
  }
  for (const [i, slug] of slugs.entries()) {
    for (const sort of sorts) paths.push(path({ category: slug, sort }));
    paths.push(path({ category: slug, page: String(2 + (i % 3)) }));
    paths.push(path({ category: slug, q: words[i]! }));
  }
  for (const brand of brands) paths.push(path({ brand }));
  for (const sort of sorts) paths.push(path({ sort }), path({ sort, page: '3' }));
  return paths;
}

/** A skewed pick, as real traffic is: the first searches come up far more often. */
function picker(paths: readonly string[]): () => string {
  let state = 42;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const u = state / 2 ** 32;
    return paths[Math.floor(paths.length * u * u)]!;
  };
}

async function seed(size: number): Promise<{ dir: string; seconds: number; catalog: CatalogRows }> {
  const dir = mkdtempSync(join(tmpdir(), `vitrine-bench-api-${size}-`));
  const started = performance.now();
  const catalog = scaledCatalog(size);
  const db = await openDatabase({ dataDir: dir });
  await migrate(db);
  await seedIfEmpty(db, catalog);
  await db.exec('VACUUM ANALYZE');
  await db.close();
  return { dir, seconds: (performance.now() - started) / 1000, catalog };
}

// ---------------------------------------------------------------------------------------------
// The server, in its own process

async function startServer(dataDir: string, cache: boolean) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST,
      DATA_DIR: dataDir,
      DEMO_MODE: '0',
      CATALOG_CACHE: cache ? '1' : '0',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const url = `http://${HOST}:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not start in 120 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    cpuSeconds: () => {
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(stat[11]) + Number(stat[12])) / 100; // utime + stime, in clock ticks
    },
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Load

interface Run {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  serverCpu: number;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/**
 * Open loop: request i is due at start + i / rate and sent then (queued by the agent when all
 * connections are busy); its latency runs from when it was due to the end of its answer.
 */
async function paced(
  server: Awaited<ReturnType<typeof startServer>>,
  next: () => string,
  options: { seconds: number; connections: number; rate: number },
): Promise<Run> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const { hostname, port } = new URL(server.url);
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let sent = 0;
  let done = 0;
  const cpuBefore = server.cpuSeconds();
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const finish = () => {
      done += 1;
      if (done === total) resolve();
    };
    const fire = (due: number) => {
      const request = get({ agent, hostname, port, path: next(), timeout: 10_000 }, (response) => {
        if (response.statusCode! >= 300) non2xx += 1;
        response.resume();
        response.on('end', () => {
          latencies.push(performance.now() - due);
          finish();
        });
      });
      request.on('timeout', () => request.destroy(new Error('timeout')));
      request.on('error', () => {
        errors += 1;
        finish();
      });
    };
    const tick = () => {
      const dueNow = Math.min(total, Math.floor((performance.now() - start) / interval) + 1);
      while (sent < dueNow) fire(start + sent++ * interval);
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? NaN,
    errors,
    non2xx,
    serverCpu: (server.cpuSeconds() - cpuBefore) / seconds,
  };
}

/** Closed loop with autocannon: each connection sends its next request when the last answered. */
async function load(
  server: Awaited<ReturnType<typeof startServer>>,
  next: () => string,
  options: { seconds: number; connections: number },
): Promise<Run> {
  const latencies: number[] = [];
  const cpuBefore = server.cpuSeconds();
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.url,
        connections: options.connections,
        duration: options.seconds,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: next() }) }],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? NaN,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    serverCpu: (server.cpuSeconds() - cpuBefore) / seconds,
  };
}

// ---------------------------------------------------------------------------------------------
// Main

interface SizeResult {
  size: number;
  offers: number;
  seedSeconds: number;
  distinctSearches: number;
  /** Asking each distinct search once, one after the other, before measuring. */
  warmSeconds: number;
  paced: Run;
  capacity: Run;
  uncached: Run;
}

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}`;
const loadAtStart = loadavg().map((value) => value.toFixed(2));
const date = new Date().toISOString().slice(0, 10);
const results: SizeResult[] = [];

console.info(`API benchmark — ${date} — ${machine} — load average ${loadAtStart.join(' / ')}`);
for (const size of SIZES) {
  console.info(`\n${size.toLocaleString('en')} products: seeding…`);
  const { dir, seconds, catalog } = await seed(size);
  try {
    const paths = searchPaths(catalog);
    console.info(`  seeded in ${seconds.toFixed(1)} s; ${paths.length} distinct searches`);
    const cached = await startServer(dir, true);
    let pacedRun: Run;
    let capacity: Run;
    let warmSeconds = 0;
    try {
      // Warm: every search of the mix once, then the paced run's own warm-up.
      const warmStart = performance.now();
      for (const path of paths) await (await fetch(`${cached.url}${path}`)).arrayBuffer();
      warmSeconds = (performance.now() - warmStart) / 1000;
      await paced(cached, picker(paths), {
        seconds: WARMUP_S,
        connections: CONNECTIONS,
        rate: RATE,
      });
      pacedRun = await paced(cached, picker(paths), {
        seconds: DURATION_S,
        connections: CONNECTIONS,
        rate: RATE,
      });
      capacity = await load(cached, picker(paths), {
        seconds: CAPACITY_S,
        connections: CONNECTIONS,
      });
    } finally {
      await cached.stop();
    }
    const bare = await startServer(dir, false);
    let uncached: Run;
    try {
      uncached = await load(bare, picker(paths), { seconds: CAPACITY_S, connections: 10 });
    } finally {
      await bare.stop();
    }
    const line = (name: string, r: Run) =>
      `  ${name.padEnd(10)} ${r.perSecond.toFixed(0).padStart(5)} req/s  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  errors ${r.errors + r.non2xx}  server CPU ${(r.serverCpu * 100).toFixed(0)} %`;
    console.info(`  warm-up: every search once in ${warmSeconds.toFixed(1)} s`);
    console.info(line('paced', pacedRun));
    console.info(line('capacity', capacity));
    console.info(line('uncached', uncached));
    results.push({
      size,
      offers: catalog.offers.length,
      seedSeconds: seconds,
      distinctSearches: paths.length,
      warmSeconds,
      paced: pacedRun,
      capacity,
      uncached,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The "API" section of docs/benchmarks.md

const ms = (value: number) => `${value.toFixed(1)} ms`;
const rps = (value: number) => `${Math.round(value).toLocaleString('en')}/s`;
const count = (value: number) => value.toLocaleString('en');
const cores = availableParallelism();
const section = [
  '## API',
  '',
  `Measured ${date} on ${machine}; load average ${loadAtStart.join(' / ')} (1 / 5 / 15 min: above ${cores}, other processes were competing for the cores). \`node --import tsx bench/api.bench.ts\` rewrites this section.`,
  '',
  `Product search with facets (\`GET /api/products?…&facets=true\`: a page of 24, total, category, brand and availability counts) on the embedded database (PGlite), the server in its own process (\`src/main.ts\`, as \`npm start\` runs it), the load generators in the benchmark’s process, over 127.0.0.1. The catalog is the seeded one repeated with numbered models up to the size, with its offers, specs, documents and personas. Searches: ${results[0]?.distinctSearches ?? '—'} distinct ones (frequent name words, categories with each sort, brands, pages 2–4), picked with a skew towards the first as real traffic is. Latencies are per request: from when the request was due (paced) or sent (autocannon’s response events).`,
  '',
  `**Paced**: ${RATE} requests/s over ${CONNECTIONS} keep-alive connections for ${DURATION_S} s, after every search of the mix was asked once (warm cache: ${results.map((r) => `${r.warmSeconds.toFixed(1)} s at ${count(r.size)}`).join(', ')}) and a ${WARMUP_S} s paced warm-up, one request every ${1000 / RATE} ms whether or not the previous ones have answered, each latency counted from when its request was due (open loop, as wrk2 does; autocannon's rate option sends each connection's share of a second in one burst, which measures bursts rather than a rate) — the target is p95 ≤ 20 ms at ≥ 500 requests/s. **Capacity** (autocannon): ${CONNECTIONS} connections, each sending its next request when the last answered, ${CAPACITY_S} s. **Uncached** (autocannon): the server started with \`CATALOG_CACHE=0\`, 10 connections, ${CAPACITY_S} s: every search reads the database.`,
  '',
  '| products | offers | run | requests/s | p50 | p95 | p99 | max | errors | server CPU |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.flatMap((r) =>
    (
      [
        ['paced', r.paced],
        ['capacity', r.capacity],
        ['uncached', r.uncached],
      ] as const
    ).map(
      ([name, run]) =>
        `| ${count(r.size)} | ${count(r.offers)} | ${name} | ${rps(run.perSecond)} | ${ms(run.p50)} | ${ms(run.p95)} | ${ms(run.p99)} | ${ms(run.max)} | ${run.errors + run.non2xx} | ${(run.serverCpu * 100).toFixed(0)} % |`,
    ),
  ),
  '',
  'Server CPU is the server process’s CPU time over the run’s duration (100 % = one core; the server is one Node process, and PGlite runs in it).',
  '',
  'How it scales: search pages and facet counts are the same for everyone (a signed-in customer’s own prices are added after), so each server instance caches them per catalog version — a sequence the database bumps on every change to products, offers, categories or reviews — which it reads again at most every 100 ms, and at once after a change made through it. With the cache the cost of a search hardly depends on the catalog size; without it, a search with facets counts and groups every matching product, which grows with the catalog (the uncached rows: at 100,000 products a search with facets keeps the server’s one thread busy for about 170 ms, and PGlite runs in that thread, so requests arriving meanwhile wait; on a PostgreSQL server those queries would run in the database’s own processes). Price sorts and the availability facet read the best offer kept on each product by triggers, not every offer.',
  '',
  `Seeding (once per size): ${results.map((r) => `${count(r.size)} products in ${r.seedSeconds.toFixed(0)} s`).join(', ')}.`,
  '',
].join('\n');

const file = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const existing = existsSync(file)
  ? readFileSync(file, 'utf8')
  : '# Benchmarks\n\nTimings are reported, never pass/fail: they depend on the machine and its load.\n';
const start = existing.search(/^## API\s*$/m);
let updated: string;
if (start === -1) {
  // Before the closing "How these figures are made" section when there is one.
  const how = existing.search(/^## How these figures are made\s*$/m);
  updated =
    how === -1
      ? `${existing.trimEnd()}\n\n${section}`
      : `${existing.slice(0, how)}${section}\n${existing.slice(how)}`;
} else {
  const after = existing.slice(start + 1);
  const next = after.search(/^## /m);
  updated = `${existing.slice(0, start)}${section}${next === -1 ? '' : `\n${after.slice(next)}`}`;
}
writeFileSync(file, await format(updated, { ...(await resolveConfig(file)), filepath: file }));
console.info(`\nWrote the API section of ${file}`);
