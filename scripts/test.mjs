#!/usr/bin/env node
// `npm test`: every check and test suite of the repository, in order, with real counts.
//
//   npm test                          everything
//   npm test -- --only=unit,e2e       selected steps (see --help for names)
//
// A failing step never stops the run: every suite reports, then a table and one final line
// `N passed, N failed` (the sum over suites). Typecheck and lint count as one test each; a build
// or setup step counts only when it fails (as one failed test), as does a suite that crashed
// without reporting counts. Exit status 1 when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres } from './postgres.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const binDir = join(root, 'node_modules', '.bin');
const bin = (name) => join(binDir, name);
const tmp = mkdtempSync(join(tmpdir(), 'vitrine-test-'));

const env = {
  ...process.env,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
};

/**
 * kind: 'setup' (counts only when failing), 'check' (one test), or a runner with parsed counts.
 * @typedef {{ id: string, title: string, aliases?: string[], browser?: boolean, run: () => Promise<Result> }} Step
 * @typedef {{ status: 'passed' | 'failed' | 'skipped', passed: number, failed: number, skipped: number, note?: string, counted: boolean }} Result
 */

/** @type {Step[]} */
const steps = [
  {
    id: 'chromium',
    title: 'Chromium',
    browser: true,
    run: () => setup('bash', ['scripts/ensure-chromium.sh']),
  },
  {
    id: 'typecheck',
    title: 'Typecheck (tsc)',
    aliases: ['types', 'tsc'],
    run: () => check([[bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']]]),
  },
  {
    id: 'lint',
    title: 'Lint + format (eslint, prettier)',
    aliases: ['eslint', 'prettier', 'format'],
    run: () =>
      check([
        [bin('eslint'), ['.']],
        [bin('prettier'), ['--check', '.']],
      ]),
  },
  {
    id: 'unit',
    title: 'Unit tests: core, elements, adapters, build plugins (node:test)',
    aliases: ['core'],
    run: () =>
      nodeTests(
        [
          ...readdirSync(join(root, 'packages'))
            .filter((name) => name !== 'server')
            .map((name) => `packages/${name}/test`),
          // The build's own plugins.
          'scripts',
        ],
        'unit',
      ),
  },
  {
    id: 'server',
    title: 'Server tests (node:test)',
    run: () => nodeTests(['packages/server/test'], 'server'),
  },
  {
    id: 'server-pg',
    title: 'Server tests on a PostgreSQL server (node:test)',
    aliases: ['postgres', 'pg'],
    run: serverTestsOnPostgres,
  },
  {
    id: 'build',
    title: 'Build demo + widget (vite)',
    aliases: ['vite'],
    run: () => {
      // Never test a stale build: a failed build must not leave the previous one behind.
      rmSync(join(root, 'dist'), { recursive: true, force: true });
      return setup('npm', ['run', 'build']);
    },
  },
  {
    id: 'budgets',
    title: 'Size budgets (brotli, per entry)',
    aliases: ['sizes', 'size'],
    run: () => nodeTests(['test/budgets'], 'budgets'),
  },
  {
    id: 'components',
    title: 'Component tests (web-test-runner)',
    aliases: ['wtr', 'component'],
    browser: true,
    run: componentTests,
  },
  {
    id: 'build-storybook',
    title: 'Build Storybook',
    aliases: ['storybook'],
    run: () => {
      rmSync(join(root, 'storybook-static'), { recursive: true, force: true });
      return setup('npm', ['run', 'build-storybook']);
    },
  },
  {
    id: 'e2e',
    title: 'End to end (Playwright)',
    aliases: ['playwright'],
    browser: true,
    run: () => playwright('e2e', 'test/e2e'),
  },
  {
    id: 'stories',
    title: 'Stories as tests (Playwright)',
    aliases: ['playwright'],
    browser: true,
    run: () => playwright('stories', 'test/stories'),
  },
];

// ---------------------------------------------------------------------------------------------
// Command line

function usage() {
  const names = steps.map((s) => `  ${s.id.padEnd(16)}${s.title}`).join('\n');
  return `Usage: npm test [-- --only=step,step]\n\nSteps (in order):\n${names}\n`;
}

function selectSteps(argv) {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage());
    process.exit(0);
  }
  const wanted = [];
  argv.forEach((arg, i) => {
    if (arg.startsWith('--only=')) wanted.push(arg.slice('--only='.length));
    else if (arg === '--only') wanted.push(argv[i + 1] ?? '');
    else if (arg.startsWith('-') || argv[i - 1] !== '--only') {
      process.stderr.write(`Unknown argument: ${arg}\n\n${usage()}`);
      process.exit(2);
    }
  });
  const names = wanted.flatMap((w) => w.split(',')).map((n) => n.trim().toLowerCase());
  if (names.filter(Boolean).length === 0) return steps;
  const unknown = names.filter((n) => !steps.some((s) => s.id === n || s.aliases?.includes(n)));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown step: ${unknown.join(', ')}\n\n${usage()}`);
    process.exit(2);
  }
  const chosen = steps.filter(
    (s) => names.includes(s.id) || s.aliases?.some((a) => names.includes(a)),
  );
  // Browser suites always need the browser check first.
  if (
    chosen.some((s) => s.browser && s.id !== 'chromium') &&
    !chosen.some((s) => s.id === 'chromium')
  ) {
    chosen.unshift(steps[0]);
  }
  return chosen;
}

// ---------------------------------------------------------------------------------------------
// Running commands

let interrupted = false;
let current;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    current?.kill(signal);
  });
}

const displayName = (command) =>
  command === process.execPath
    ? 'node'
    : command.startsWith(binDir)
      ? relative(binDir, command)
      : command;

/** Runs a command with inherited output; resolves with its exit code (signals count as failure). */
function run(command, args, extraEnv = {}) {
  const shown = [displayName(command), ...args].join(' ');
  console.log(`$ ${shown}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...env, ...extraEnv },
      stdio: 'inherit',
    });
    current = child;
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

/** @returns {Result} */
const result = (status, passed, failed, skipped = 0, note, counted = true) => ({
  status,
  passed,
  failed,
  skipped,
  note,
  counted,
});
const skippedResult = (note) => result('skipped', 0, 0, 0, note, false);

/** A setup or build step: not a test, but one failed test when it fails. */
async function setup(command, args) {
  const code = await run(command, args);
  return code === 0
    ? result('passed', 0, 0, 0, undefined, false)
    : result('failed', 0, 1, 0, `exit code ${code}`);
}

/** One test made of several commands, all of which run (so every problem is shown). */
async function check(commands) {
  const failures = [];
  for (const [command, args] of commands) {
    const code = await run(command, args);
    if (code !== 0) failures.push(`${displayName(command)} exit ${code}`);
  }
  return failures.length === 0
    ? result('passed', 1, 0)
    : result('failed', 0, 1, 0, failures.join(', '));
}

/** Adds one failure for a run that failed without reporting any failing test. */
function withCrash(counts, code, note) {
  if (code !== 0 && counts.failed === 0) {
    return result(
      'failed',
      counts.passed,
      1,
      counts.skipped,
      note ?? `exit code ${code} without a failing test`,
    );
  }
  return result(
    counts.failed > 0 || code !== 0 ? 'failed' : 'passed',
    counts.passed,
    counts.failed,
    counts.skipped,
    counts.note,
  );
}

function findFiles(dir, test) {
  const found = [];
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (test(path)) found.push(relative(root, path));
    }
  };
  walk(join(root, dir));
  return found.sort();
}

// ---------------------------------------------------------------------------------------------
// Suites

/** node:test: spec output for people, TAP to a file for the counts (`# pass N`, `# fail N`...). */
async function nodeTests(dirs, name, extraEnv = {}) {
  const files = dirs.flatMap((dir) => findFiles(dir, (p) => /\.test\.(ts|mts|js|mjs)$/.test(p)));
  if (files.length === 0) return skippedResult(`no test files in ${dirs.join(', ')}`);
  const tap = join(tmp, `${name}.tap`);
  const code = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    extraEnv,
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const read = (key) => {
    const matches = [...text.matchAll(new RegExp(`^# ${key} (\\d+)$`, 'gm'))];
    const last = matches.at(-1);
    return last ? Number(last[1]) : undefined;
  };
  const pass = read('pass');
  const fail = read('fail');
  if (pass === undefined || fail === undefined) {
    return result('failed', 0, 1, 0, `no TAP summary (exit code ${code})`);
  }
  const cancelled = read('cancelled') ?? 0;
  const skipped = (read('skipped') ?? 0) + (read('todo') ?? 0);
  return withCrash({ passed: pass, failed: fail + cancelled, skipped }, code);
}

/**
 * The server suite again, against a throw-away PostgreSQL server (DATABASE_URL) instead of the
 * embedded PGlite: the same migrations and SQL must run on both. Skipped when the PostgreSQL
 * binaries (initdb, pg_ctl, postgres) are not on the PATH; the server is stopped and its data
 * deleted at the end, also on failure.
 */
async function serverTestsOnPostgres() {
  let server;
  try {
    server = await startPostgres();
  } catch (error) {
    console.error(error);
    return result('failed', 0, 1, 0, 'could not start PostgreSQL');
  }
  if (server === null) return skippedResult('no PostgreSQL binaries (initdb, pg_ctl) on the PATH');
  try {
    return await nodeTests(['packages/server/test'], 'server-pg', { DATABASE_URL: server.url });
  } finally {
    await server.stop();
  }
}

/** @web/test-runner: the config's counts reporter writes JSON to $VT_WTR_RESULTS. */
async function componentTests() {
  const files = findFiles('packages', (p) =>
    /^packages\/[^/]+\/src\/.*\.test\.ts$/.test(relative(root, p)),
  );
  if (files.length === 0) return skippedResult('no packages/*/src/**/*.test.ts files');
  const output = join(tmp, 'wtr.json');
  const code = await run(bin('wtr'), ['--config', 'web-test-runner.config.mjs'], {
    VT_WTR_RESULTS: output,
  });
  if (!existsSync(output)) return result('failed', 0, 1, 0, `no results (exit code ${code})`);
  const counts = JSON.parse(readFileSync(output, 'utf8'));
  const note = counts.fileErrors ? `${counts.fileErrors} test file(s) failed to run` : undefined;
  return withCrash({ ...counts, note }, code);
}

/** Playwright: the JSON reporter's `stats` (expected, unexpected, flaky, skipped). */
async function playwright(project, dir) {
  const specs = findFiles(dir, (p) => /\.(spec|test)\.(ts|mts|js|mjs)$/.test(p));
  if (specs.length === 0) return skippedResult(`no test files in ${dir}/`);
  const output = join(tmp, `playwright-${project}.json`);
  const code = await run(bin('playwright'), ['test', `--project=${project}`], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: output,
  });
  if (!existsSync(output)) return result('failed', 0, 1, 0, `no JSON report (exit code ${code})`);
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const stats = report.stats ?? {};
  const errors = report.errors ?? [];
  const counts = {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
    note: stats.flaky ? `${stats.flaky} flaky` : undefined,
  };
  const firstError = errors[0]?.message?.split('\n')[0];
  if (errors.length > 0 && counts.failed === 0) {
    return result(
      'failed',
      counts.passed,
      1,
      counts.skipped,
      firstError ?? 'Playwright reported an error',
    );
  }
  return withCrash(counts, code);
}

// ---------------------------------------------------------------------------------------------
// Main

const selected = selectSteps(process.argv.slice(2));
/** @type {{ step: Step, result: Result, seconds: number }[]} */
const results = [];
const started = performance.now();

for (const [index, step] of selected.entries()) {
  if (interrupted) {
    results.push({ step, result: skippedResult('interrupted'), seconds: 0 });
    continue;
  }
  console.log(`\n━━━━ [${index + 1}/${selected.length}] ${step.title} ━━━━`);
  const t0 = performance.now();
  let outcome;
  try {
    outcome = await step.run();
  } catch (error) {
    console.error(error);
    outcome = result('failed', 0, 1, 0, `harness error: ${error.message}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  if (outcome.status === 'skipped') console.log(`Skipped: ${outcome.note}`);
  results.push({ step, result: outcome, seconds });
}

rmSync(tmp, { recursive: true, force: true });

const truncate = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const total = { passed: 0, failed: 0, skipped: 0 };
const rows = [['Step', 'Result', 'Passed', 'Failed', 'Skipped', 'Time', 'Note']];
for (const { step, result: r, seconds } of results) {
  total.passed += r.passed;
  total.failed += r.failed;
  total.skipped += r.skipped;
  const n = (value) => (r.counted ? String(value) : '-');
  rows.push([
    step.title,
    r.status,
    n(r.passed),
    n(r.failed),
    n(r.skipped),
    `${seconds.toFixed(1)}s`,
    truncate(r.note ?? '', 80),
  ]);
}
rows.push([
  'Total',
  total.failed > 0 ? 'failed' : 'passed',
  String(total.passed),
  String(total.failed),
  String(total.skipped),
  `${((performance.now() - started) / 1000).toFixed(1)}s`,
  '',
]);

const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
const format = (row) =>
  row
    .map((cell, c) => (c >= 2 && c <= 5 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
    .join('  ')
    .trimEnd();
console.log(`\n━━━━ Summary ━━━━`);
console.log(format(rows[0]));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const row of rows.slice(1, -1)) console.log(format(row));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
console.log(format(rows.at(-1)));
console.log('');
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 || interrupted ? 1 : 0;
