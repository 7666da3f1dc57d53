// Helpers shared by the benchmark steps: statistics, the machine description, the results file,
// and the reference server started for a run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { chromiumPath } from '../scripts/browser.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

// ---------------------------------------------------------------------------------------------
// Statistics

export interface Stats {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly p95: number;
  readonly n: number;
}

/** Nearest-rank quantile of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median =
    sorted.length === 0
      ? Number.NaN
      : sorted.length % 2
        ? sorted[Math.floor(mid)]!
        : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    median,
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    p95: quantile(sorted, 0.95),
    n: sorted.length,
  };
}

// ---------------------------------------------------------------------------------------------
// The machine

export interface Machine {
  readonly date: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGB: number;
  readonly node: string;
  readonly chromium: string;
  /** 1, 5 and 15 minute load averages when the step started: other work on the machine. */
  readonly load: readonly number[];
}

let chromiumVersion: string | undefined;

export function chromium(): string {
  if (chromiumVersion === undefined) {
    const result = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' });
    chromiumVersion = result.stdout?.trim() || `unknown (${chromiumPath})`;
  }
  return chromiumVersion;
}

export function machine(): Machine {
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromium(),
    load: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

// ---------------------------------------------------------------------------------------------
// Results: each step stores its figures under its own key; the report reads them all.

export const RESULTS_FILE = fileURLToPath(new URL('./results.json', import.meta.url));

export type Results = Record<string, unknown>;

export function readResults(): Results {
  return existsSync(RESULTS_FILE)
    ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Results)
    : {};
}

/** Stores one step's figures, formatted as prettier would (the file is committed). */
export async function saveResult(key: string, value: unknown): Promise<void> {
  const results = readResults();
  results[key] = value;
  const text = await format(JSON.stringify(results), {
    ...(await resolveConfig(RESULTS_FILE)),
    filepath: RESULTS_FILE,
  });
  writeFileSync(RESULTS_FILE, text);
}

// ---------------------------------------------------------------------------------------------
// Processes

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  readonly url: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();

/** Stops `child` (by its own PID) if this process exits or is interrupted first. */
export function track(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}
// Whatever happens to this process, the servers it started stop with it.
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of children) child.kill('SIGTERM');
    process.exit(130);
  });
}

/**
 * Starts the reference server (throw-away in-memory database, seeded with the demo catalogue)
 * serving `staticDir`, on a free port, and waits until it answers.
 */
export async function startReferenceServer(staticDir: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: 'memory',
      STATIC_DIR: staticDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`The reference server exited (code ${child.exitCode}):\n${output}`);
    }
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The reference server did not answer within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, pid: child.pid, stop };
}

/** Runs a command to completion with inherited output; rejects when it fails. */
export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    track(child);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}
