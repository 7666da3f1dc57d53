// `npm start`: builds the widget bundle and the demo pages, then starts the reference server,
// which creates and seeds its embedded database on first run and serves API + demo on one port.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;

const build = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const port = process.env.PORT || '8787';
const host = process.env.HOST || '127.0.0.1';
const server = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, PORT: port, HOST: host, STATIC_DIR: `${root}dist/demo` },
});
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (String(chunk).includes('reference server on')) {
    console.log(`\nOpen the demo shop:     http://${host}:${port}/`);
    console.log(`Trade (B2B) page:       http://${host}:${port}/pro.html`);
    console.log(`API description:        http://${host}:${port}/openapi.json\n`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
