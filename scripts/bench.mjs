#!/usr/bin/env node
// `npm run bench`: what the widgets cost a host page, measured, and written to
// docs/benchmarks.md (with docs/benchmarks-sizes.svg).
//
//   npm run bench                                     every step
//   npm run bench -- --only=sizes,inpage              selected steps (see --help for names)
//   npm run bench -- --only=lighthouse --lighthouse-runs=5
//
// Steps run one after the other, each in its own process with a time limit; a failing step does
// not stop the others, and the report is written at the end from the latest figures of every
// step (bench/results.json), keeping the sections other benchmarks write (Pricing, API).
// Nothing here passes or fails on time: the exit status is 1 only when a step could not run.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = (file, ...args) => [process.execPath, ['--import', 'tsx', file, ...args]];

/** The API benchmark belongs to the server; any of bench/api.bench.{ts,mts,mjs,js}. */
function apiBench() {
  const file = readdirSync(join(root, 'bench')).find((f) =>
    /^api\.bench\.(ts|mts|mjs|js)$/.test(f),
  );
  if (!file) return undefined;
  return /\.m?ts$/.test(file) ? tsx(`bench/${file}`) : [process.execPath, [`bench/${file}`]];
}

/**
 * @typedef {{ id: string, title: string, browser?: boolean, minutes: number,
 *   command: (options: Options) => [string, string[]] | undefined, missing?: string }} Step
 * @typedef {{ lighthouseRuns: string }} Options
 */

/** @type {Step[]} */
const steps = [
  {
    id: 'sizes',
    title: 'Bundle sizes, per entry and peers',
    minutes: 5,
    command: () => tsx('bench/sizes.ts'),
  },
  {
    id: 'lighthouse',
    title: 'Lighthouse, mobile, demo pages',
    browser: true,
    minutes: 12,
    command: (options) => tsx('bench/lighthouse.ts', `--runs=${options.lighthouseRuns}`),
  },
  {
    id: 'inpage',
    title: 'In-page timings, 1× and 4× CPU',
    browser: true,
    minutes: 8,
    command: () => tsx('bench/inpage.ts'),
  },
  {
    id: 'pricing',
    title: 'Pricing throughput (Node)',
    minutes: 8,
    command: () =>
      existsSync(join(root, 'bench/pricing.bench.ts')) ? tsx('bench/pricing.bench.ts') : undefined,
    missing: 'bench/pricing.bench.ts does not exist yet',
  },
  {
    id: 'api',
    title: 'Reference API throughput and latency',
    minutes: 8,
    command: apiBench,
    missing: 'no bench/api.bench.* yet',
  },
];

// ---------------------------------------------------------------------------------------------
// Command line

function usage() {
  const names = steps.map((s) => `  ${s.id.padEnd(12)}${s.title}`).join('\n');
  return (
    'Usage: npm run bench [-- --only=step,step] [--lighthouse-runs=N]\n\n' +
    `Steps (in order), then the report (docs/benchmarks.md):\n${names}\n`
  );
}

function parse(argv) {
  const options = { only: [], lighthouseRuns: '3' };
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(usage());
      process.exit(0);
    } else if (arg.startsWith('--only=')) {
      options.only.push(...arg.slice('--only='.length).split(','));
    } else if (arg.startsWith('--lighthouse-runs=')) {
      options.lighthouseRuns = arg.slice('--lighthouse-runs='.length);
    } else {
      process.stderr.write(`Unknown argument: ${arg}\n\n${usage()}`);
      process.exit(2);
    }
  }
  const wanted = options.only.map((n) => n.trim().toLowerCase()).filter(Boolean);
  const unknown = wanted.filter((n) => !steps.some((s) => s.id === n));
  if (unknown.length) {
    process.stderr.write(`Unknown step: ${unknown.join(', ')}\n\n${usage()}`);
    process.exit(2);
  }
  if (!/^[1-9]\d*$/.test(options.lighthouseRuns)) {
    process.stderr.write('--lighthouse-runs takes a whole number of runs\n');
    process.exit(2);
  }
  return {
    selected: wanted.length ? steps.filter((s) => wanted.includes(s.id)) : steps,
    options,
  };
}

// ---------------------------------------------------------------------------------------------
// Running

let current;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    current?.kill(signal);
  });
}

/** Runs a command with inherited output and a time limit; resolves with its outcome. */
function run(command, args, minutes) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    });
    current = child;
    let timedOut = false;
    const limit = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }, minutes * 60_000);
    child.on('error', (error) => {
      clearTimeout(limit);
      resolve({ ok: false, note: `could not start: ${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(limit);
      current = undefined;
      if (timedOut) resolve({ ok: false, note: `stopped after ${minutes} min` });
      else if (code === 0) resolve({ ok: true });
      else resolve({ ok: false, note: signal ? `killed by ${signal}` : `exit code ${code}` });
    });
  });
}

const { selected, options } = parse(process.argv.slice(2));
const started = performance.now();
const outcomes = [];

if (selected.some((s) => s.browser)) {
  const chromium = await run('bash', ['scripts/ensure-chromium.sh'], 5);
  if (!chromium.ok) {
    for (const step of selected.filter((s) => s.browser)) {
      outcomes.push({ step, ok: false, note: 'no Chromium', seconds: 0 });
    }
  }
}

for (const [index, step] of selected.entries()) {
  if (outcomes.some((o) => o.step === step)) continue;
  if (interrupted) {
    outcomes.push({ step, ok: false, note: 'interrupted', seconds: 0 });
    continue;
  }
  console.log(`\n━━━━ [${index + 1}/${selected.length}] ${step.title} ━━━━`);
  const command = step.command(options);
  if (!command) {
    console.log(`Skipped: ${step.missing}`);
    outcomes.push({ step, ok: true, skipped: true, note: step.missing, seconds: 0 });
    continue;
  }
  const t0 = performance.now();
  const outcome = await run(command[0], command[1], step.minutes);
  outcomes.push({ step, ...outcome, seconds: (performance.now() - t0) / 1000 });
}

console.log('\n━━━━ Report ━━━━');
const report = interrupted
  ? { ok: false, note: 'interrupted' }
  : await run(...tsx('bench/report.ts'), 2);

console.log('\n━━━━ Summary ━━━━');
for (const o of outcomes) {
  const status = o.skipped ? 'skipped' : o.ok ? 'done' : 'FAILED';
  console.log(
    `${o.step.id.padEnd(12)}${status.padEnd(9)}${`${o.seconds.toFixed(0)} s`.padStart(6)}  ${o.note ?? ''}`.trimEnd(),
  );
}
console.log(
  `${'report'.padEnd(12)}${(report.ok ? 'done' : 'FAILED').padEnd(9)}${''.padStart(6)}  ${report.ok ? 'docs/benchmarks.md, docs/benchmarks-sizes.svg' : (report.note ?? '')}`,
);
console.log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = outcomes.some((o) => !o.ok) || !report.ok || interrupted ? 1 : 0;
