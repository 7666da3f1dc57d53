// The peers' bundles, measured from their npm packages (root devDependencies) exactly as they
// ship, with the same compression settings as ours.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compress, group, root, type FileGroup, type FileSize } from './measure.ts';

export interface PeerMeasure extends FileGroup {
  readonly id: string;
  readonly name: string;
  readonly packageName: string;
  readonly version: string;
  /** Which files were measured and why. */
  readonly measured: string;
  /** The whole shipped build, when the page figure is only part of it. */
  readonly whole?: FileGroup;
}

export interface PeerProblem {
  readonly id: string;
  readonly name: string;
  readonly packageName: string;
  readonly problem: string;
  /** The figure quoted in the issue, used instead and labelled as such. */
  readonly quotedBrotliKB: number;
}

const require = createRequire(join(root, 'package.json'));

function packageDir(name: string): { dir: string; version: string } {
  const manifest = require.resolve(`${name}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: dirname(manifest), version };
}

const sizeOf = (dir: string, file: string): FileSize => ({
  file,
  ...compress(readFileSync(join(dir, file))),
});

/** Relative files a minified ES module imports statically (`import … from"./x.js"`). */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.\/[^"']+\.js)["']/g,
  )) {
    found.add(match[1]!.slice(2));
  }
  return [...found];
}

function closure(dir: string, start: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(dir, file))) return;
    seen.add(file);
    for (const next of staticImports(readFileSync(join(dir, file), 'utf8'))) visit(next);
  };
  start.forEach(visit);
  return [...seen];
}

/** Shopify Buy Button: one self-contained minified file (the SDK, templates and styles). */
function shopify(): PeerMeasure {
  const packageName = '@shopify/buy-button-js';
  const { dir, version } = packageDir(packageName);
  const file = 'dist/buybutton.min.js';
  return {
    id: 'shopify',
    name: 'Shopify Buy Button',
    packageName,
    version,
    measured: `\`${file}\` (the minified browser build: SDK, templates and styles in one file)`,
    ...group([sizeOf(dir, file)]),
  };
}

/**
 * Commerce Layer drop-in.js: the Stencil CDN build in `dist/drop-in/` (the package's `unpkg`
 * entry). The loader imports the runtime; the first `cl-*` element on the page lazily loads the
 * component bundle that defines it. The page figure is a shop page with price, add-to-cart and
 * cart: the loader, what it imports, and the bundle(s) holding those elements with their imports.
 */
function commerceLayer(): PeerMeasure {
  const packageName = '@commercelayer/drop-in.js';
  const { dir: packageRoot, version } = packageDir(packageName);
  const dir = join(packageRoot, 'dist/drop-in');
  const loader = 'drop-in.esm.js';
  const loaderCode = readFileSync(join(dir, loader), 'utf8');
  const used = ['cl-price', 'cl-add-to-cart', 'cl-cart'];
  // The loader's table: ["p-xxxx",[[flags,"cl-tag",…],…]] per lazily loaded bundle.
  const bundles = new Set<string>();
  for (const tag of used) {
    const at = loaderCode.indexOf(`"${tag}"`);
    const before = at === -1 ? '' : loaderCode.slice(0, at);
    const id = [...before.matchAll(/\["(p-[\w-]+)",\[\[/g)].at(-1)?.[1];
    if (!id) throw new Error(`${packageName}: no bundle for <${tag}> in ${loader}`);
    bundles.add(`${id}.entry.js`);
  }
  const files = closure(dir, [loader, ...bundles]);
  const all = readdirSync(dir).filter((f) => f.endsWith('.js') && !f.endsWith('.map'));
  const whole = group(all.map((f) => sizeOf(dir, f)));
  return {
    id: 'commercelayer',
    name: 'Commerce Layer drop-in',
    packageName,
    version,
    measured: `\`dist/drop-in/\` (the CDN build): \`${loader}\` and its imports, plus the lazily loaded bundle defining ${used.map((t) => `\`<${t}>\``).join(', ')} and its imports — ${files.length} of ${all.length} JS files`,
    ...group(files.map((f) => sizeOf(dir, f))),
    whole,
  };
}

/** The issue's figures, used (and labelled) only when a package cannot be measured. */
const QUOTED: Record<string, { name: string; packageName: string; brotliKB: number }> = {
  shopify: { name: 'Shopify Buy Button', packageName: '@shopify/buy-button-js', brotliKB: 54 },
  commercelayer: {
    name: 'Commerce Layer drop-in',
    packageName: '@commercelayer/drop-in.js',
    brotliKB: 42,
  },
};

export function measurePeers(): { peers: PeerMeasure[]; problems: PeerProblem[] } {
  const peers: PeerMeasure[] = [];
  const problems: PeerProblem[] = [];
  for (const [id, measureOne] of [
    ['commercelayer', commerceLayer],
    ['shopify', shopify],
  ] as const) {
    try {
      peers.push(measureOne());
    } catch (error) {
      const quoted = QUOTED[id]!;
      problems.push({
        id,
        name: quoted.name,
        packageName: quoted.packageName,
        problem: error instanceof Error ? error.message : String(error),
        quotedBrotliKB: quoted.brotliKB,
      });
    }
  }
  return { peers, problems };
}
