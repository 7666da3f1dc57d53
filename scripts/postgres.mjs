// A throw-away PostgreSQL server for the server suite: initdb in a temporary directory, a free
// port on 127.0.0.1, stopped and deleted by stop() — also when the process is interrupted.
// PostgreSQL refuses to run as root, so as root it runs as an unprivileged user (created when
// missing).
//
//   const pg = await startPostgres();   // null when the binaries are not on the PATH
//   ... DATABASE_URL=pg.url ...
//   await pg.stop();
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, chownSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const USER = process.env.VITRINE_PG_USER || 'vitrine-pg';

/** The absolute path of an executable on the PATH, or null. */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return null;
}

/** A port nobody listens on right now, on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function ensureUser() {
  const found = spawnSync('id', ['-u', USER], { encoding: 'utf8' });
  if (found.status !== 0) {
    execFileSync(
      'useradd',
      ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', USER],
      {
        stdio: 'inherit',
      },
    );
  }
  const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/**
 * Starts a disposable cluster; resolves { url, stop } or null when initdb, pg_ctl or postgres
 * is missing. Durability is off (fsync, full-page writes): the data dies with the run anyway.
 */
export async function startPostgres({ log = console.log } = {}) {
  const initdb = which('initdb');
  const pgCtl = which('pg_ctl');
  if (!initdb || !pgCtl || !which('postgres')) return null;

  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-pg-'));
  const data = join(dir, 'data');
  let owner;
  if (asRoot) {
    owner = ensureUser();
    chownSync(dir, owner.uid, owner.gid);
  }
  /** Runs a PostgreSQL tool, as the unprivileged user when we are root. */
  const run = (file, args) => {
    const [command, argv] = asRoot ? ['runuser', ['-u', USER, '--', file, ...args]] : [file, args];
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) {
      throw new Error(`${file} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
    }
    return result.stdout;
  };

  let started = false;
  const stop = async () => {
    process.off('exit', stopNow);
    for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, onSignal);
    stopNow();
  };
  function stopNow() {
    if (started) {
      try {
        run(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']);
      } catch (error) {
        console.error(String(error));
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  }
  function onSignal(signal) {
    stopNow();
    process.kill(process.pid, signal);
  }
  process.once('exit', stopNow);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, onSignal);

  try {
    run(initdb, ['-D', data, '-U', 'vitrine', '-A', 'trust', '-E', 'UTF8', '--no-locale']);
    const port = await freePort();
    const options = [
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      `-c unix_socket_directories=${dir}`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    run(pgCtl, [
      '-D',
      data,
      '-o',
      options,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      'start',
    ]);
    started = true;
    const version = execFileSync(which('postgres'), ['--version'], { encoding: 'utf8' }).trim();
    log(`Started ${version} on 127.0.0.1:${port}${asRoot ? ` as ${USER}` : ''}`);
    return { url: `postgres://vitrine@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
