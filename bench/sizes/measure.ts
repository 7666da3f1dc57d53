// Bundle sizes of the widgets: every element entry, the B2C embed and the whole suite, each
// bundled alone with the project's build settings (see ./config.ts), then measured the way a
// browser downloads them — file by file, gzip level 9 and brotli quality 11.
//
// Used by the size budgets (test/budgets) and by `npm run bench` (bench/sizes.ts).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { sizeBuildConfig } from './config.ts';
import { textBySource, type SourceMapLike } from './sourcemap.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const elementsDir = join(root, 'packages/elements/src');

/** Sizes are shown in KB of 1,024 bytes. */
export const KB = 1024;
export const kb = (bytes: number, digits = 1) => `${(bytes / KB).toFixed(digits)} KB`;

export interface Compressed {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

export interface FileSize extends Compressed {
  readonly file: string;
}

export interface FileGroup extends Compressed {
  readonly files: readonly FileSize[];
}

export interface LazyGroup extends FileGroup {
  /** What the chunk is, from its name (e.g. `fr` for the French catalogue). */
  readonly name: string;
  /** Left out of the suite total: Stripe.js and DOMPurify load only when used. */
  readonly excluded: boolean;
  /**
   * The opt-in part the chunk belongs to: another backend's adapter (`adapter-medusa`,
   * `adapter-vendure`; a page loads one) or the virtual list (`layout="list"`). Each is measured
   * on its own and left out of the suite total.
   */
  readonly optIn?: string;
}

export interface EntryBuild {
  readonly id: string;
  readonly label: string;
  /** The entry module, relative to the repository. */
  readonly entry: string;
  /** The entry file and every chunk it imports statically: what loads with the script tag. */
  readonly initial: FileGroup;
  /** Chunks loaded on demand (dynamic imports), each with the static imports it adds. */
  readonly lazy: readonly LazyGroup[];
  /** Minified bytes per package or element, over every chunk of the build. */
  readonly modules: readonly ModuleShare[];
  /** Minified bytes per source file of the repository (not node_modules), largest first. */
  readonly sourceFiles: readonly { readonly file: string; readonly raw: number }[];
  /**
   * What the line breaks and indentation the minifier leaves inside template literals (the
   * `html` and `css` templates) cost, over every chunk: the difference with the same code where
   * each such run is collapsed to one space. An estimate of what minifying templates would save.
   */
  readonly templateWhitespace: Compressed;
  /**
   * The initial JS split in two, each part compressed on its own: the libraries (node_modules)
   * and the project's own code. Says how much of a budget the chosen libraries take by themselves.
   */
  readonly initialSplit: {
    readonly libraries: Compressed;
    /** The libraries' names (lit counts its packages as one). */
    readonly libraryNames: readonly string[];
    readonly own: Compressed;
  };
}

export interface ModuleShare {
  readonly name: string;
  /** Minified bytes attributed by the source maps. */
  readonly raw: number;
  /** Those bytes compressed on their own: an upper bound of what they add to the bundle. */
  readonly brotliAlone: number;
}

export function compress(content: Uint8Array | string): Compressed {
  const buffer = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  return {
    raw: buffer.byteLength,
    gzip: gzipSync(buffer, { level: 9 }).byteLength,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.byteLength,
      },
    }).byteLength,
  };
}

export function sum(groups: readonly Compressed[]): Compressed {
  return groups.reduce(
    (total, g) => ({
      raw: total.raw + g.raw,
      gzip: total.gzip + g.gzip,
      brotli: total.brotli + g.brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

export const group = (files: readonly FileSize[]): FileGroup => ({ ...sum(files), files });

export interface EntrySpec {
  readonly id: string;
  readonly label: string;
  readonly entry: string;
}

/** Every element registration file (`packages/elements/src/<folder>/vt-<name>.ts`). */
export function elementEntries(): EntrySpec[] {
  return readdirSync(elementsDir, { withFileTypes: true })
    .filter((dir) => dir.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(elementsDir, dir.name))
        .filter((file) => /^vt-[\w-]+\.ts$/.test(file) && !/\.(test|stories)\.ts$/.test(file))
        .map((file) => {
          const id = file.replace(/\.ts$/, '');
          return {
            id,
            label: `<${id}>`,
            entry: join(elementsDir, dir.name, file),
          };
        }),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}

export const B2C_EMBED: EntrySpec = {
  id: 'b2c-embed',
  label:
    'B2C embed: storefront, catalog, product card, price, cart, cart button, reference adapter',
  entry: fileURLToPath(new URL('./b2c-embed.ts', import.meta.url)),
};

export const ALL: EntrySpec = {
  id: 'all',
  label: 'Every element and the reference adapter (vitrine.js, packages/elements/src/embed.ts)',
  entry: join(elementsDir, 'embed.ts'),
};

export const allEntries = (): EntrySpec[] => [...elementEntries(), B2C_EMBED, ALL];

/** Lazily loaded code that budgets leave out ("without Stripe.js and DOMPurify"). */
const EXCLUDED_FROM_SUITE = /[\\/]node_modules[\\/](@stripe[\\/]|dompurify[\\/])/;

/**
 * Parts a page loads only when it asks for them, each recognised by one of its modules:
 * adapters for other backends than the reference one (`adapter="…"`), and the virtual list
 * (`layout="list"`, with @lit-labs/virtualizer).
 */
const OPT_IN: readonly (readonly [string, RegExp])[] = [
  ['adapter-medusa', /[\\/]packages[\\/]adapter-medusa[\\/]/],
  ['adapter-vendure', /[\\/]packages[\\/]adapter-vendure[\\/]/],
  ['virtual-list', /[\\/]node_modules[\\/]@lit-labs[\\/]virtualizer[\\/]/],
];

/**
 * The opt-in part a lazy chunk belongs to: it holds that part's modules and no other part's
 * (the shared code only that part uses comes with it, as part of its cost).
 */
function optInOf(modules: readonly string[]): string | undefined {
  const parts = OPT_IN.filter(([, test]) => modules.some((id) => test.test(id)));
  return parts.length === 1 ? parts[0]![0] : undefined;
}

/** The package (or part of Vitrine) a source file belongs to. */
export function packageOf(file: string | null): string {
  if (file === null) return '(bundler glue, unmapped)';
  const path = file.split(sep).join('/');
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules !== -1) {
    const parts = path.slice(inModules + '/node_modules/'.length).split('/');
    const name = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? '?');
    if (['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(name)) return 'lit';
    return name;
  }
  const local = relative(root, file).split(sep).join('/');
  const element = /^packages\/elements\/src\/([^/]+)\//.exec(local)?.[1];
  if (element === 'shared') return 'elements: shared';
  if (element === 'locales') return 'elements: French catalogue';
  if (element) return `element: ${element}`;
  if (local.startsWith('packages/elements/src/')) return 'elements: entry';
  if (local.startsWith('packages/core/')) return '@vitrine/core';
  const adapter = /^packages\/(adapter-[^/]+)\//.exec(local)?.[1];
  if (adapter) return `@vitrine/${adapter}`;
  if (local.startsWith('bench/')) return 'bench entry';
  return local;
}

interface BuiltChunk {
  readonly fileName: string;
  readonly name: string;
  readonly code: string;
  readonly isEntry: boolean;
  readonly isDynamicEntry: boolean;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  readonly moduleIds: readonly string[];
  readonly map: SourceMapLike | null;
}

async function bundle(spec: EntrySpec, outDir: string): Promise<BuiltChunk[]> {
  const result = await build(sizeBuildConfig(spec.entry, spec.id, outDir));
  const outputs = Array.isArray(result) ? result : [result];
  const chunks: BuiltChunk[] = [];
  for (const output of outputs) {
    if (!('output' in output)) throw new Error('Unexpected watcher from vite build');
    for (const item of output.output) {
      if (item.type === 'chunk') chunks.push(item as unknown as BuiltChunk);
    }
  }
  return chunks;
}

/** The chunk and every chunk it reaches through static imports. */
function staticClosure(start: string, chunks: ReadonlyMap<string, BuiltChunk>): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of chunks.get(file)?.imports ?? []) visit(next);
  };
  visit(start);
  return [...seen];
}

/** Bundles one entry in `outDir` and measures what it loads. */
export async function measureEntry(spec: EntrySpec, outDir: string): Promise<EntryBuild> {
  const chunks = await bundle(spec, outDir);
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // The files as written (with their `sourceMappingURL` comment), as a browser gets them.
  const sizes = new Map(
    chunks.map((c) => [
      c.fileName,
      { file: c.fileName, ...compress(readFileSync(join(outDir, c.fileName))) },
    ]),
  );
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error(`No entry chunk in the build of ${spec.id}`);

  const initialFiles = staticClosure(entry.fileName, byFile);
  const loaded = new Set(initialFiles);
  const lazy: LazyGroup[] = [];
  // Dynamic imports of every initial file, not only the entry's: the French catalogue is
  // imported by the localisation chunk.
  const pending = initialFiles.flatMap((file) => byFile.get(file)?.dynamicImports ?? []);
  while (pending.length > 0) {
    const file = pending.shift()!;
    if (loaded.has(file)) continue;
    const added = staticClosure(file, byFile).filter((f) => !loaded.has(f));
    for (const f of added) loaded.add(f);
    const files = added.map((f) => sizes.get(f)!);
    const modules = added.flatMap((f) => byFile.get(f)?.moduleIds ?? []);
    const optIn = optInOf(modules);
    lazy.push({
      ...group(files),
      name: byFile.get(file)?.name ?? file,
      excluded:
        optIn !== undefined ||
        (modules.length > 0 && modules.every((id) => EXCLUDED_FROM_SUITE.test(id))),
      ...(optIn && { optIn }),
    });
    for (const f of added) pending.push(...(byFile.get(f)?.dynamicImports ?? []));
  }
  // Anything emitted but reached by neither (should not happen) still counts, as lazy code.
  const stray = chunks.filter((chunk) => !loaded.has(chunk.fileName));
  if (stray.length > 0) {
    lazy.push({
      ...group(stray.map((c) => sizes.get(c.fileName)!)),
      name: 'unreferenced',
      excluded: false,
    });
  }

  const attributed = new Map<string, string[]>();
  const perFile = new Map<string, number>();
  const initialTexts = { libraries: [] as string[], own: [] as string[] };
  const libraryNames = new Set<string>();
  for (const chunk of chunks) {
    if (!chunk.map) continue;
    const base = dirname(join(outDir, chunk.fileName));
    const initial = initialFiles.includes(chunk.fileName);
    for (const [source, text] of textBySource(chunk.code, chunk.map)) {
      const file = source === null ? null : resolve(base, source);
      if (initial) {
        const library = file !== null && /[\\/]node_modules[\\/]/.test(file);
        initialTexts[library ? 'libraries' : 'own'].push(text);
        if (library) libraryNames.add(packageOf(file));
      }
      const name = packageOf(file);
      attributed.set(name, [...(attributed.get(name) ?? []), text]);
      if (file !== null && !/[\\/]node_modules[\\/]/.test(file)) {
        const local = relative(root, file).split(sep).join('/');
        perFile.set(local, (perFile.get(local) ?? 0) + Buffer.byteLength(text));
      }
    }
  }
  const modules = [...attributed]
    .map(([name, texts]) => {
      const { raw, brotli } = compress(texts.join(''));
      return { name, raw, brotliAlone: brotli };
    })
    .sort((a, b) => b.raw - a.raw);

  return {
    id: spec.id,
    label: spec.label,
    entry: relative(root, spec.entry).split(sep).join('/'),
    initial: group(initialFiles.map((f) => sizes.get(f)!)),
    lazy,
    modules,
    sourceFiles: [...perFile].map(([file, raw]) => ({ file, raw })).sort((a, b) => b.raw - a.raw),
    initialSplit: {
      libraries: compress(initialTexts.libraries.join('')),
      libraryNames: [...libraryNames].sort(),
      own: compress(initialTexts.own.join('')),
    },
    templateWhitespace: sum(
      chunks.map((chunk) => {
        const before = compress(chunk.code);
        const after = compress(chunk.code.replace(/[ \t]*\n\s*/g, ' '));
        return {
          raw: before.raw - after.raw,
          gzip: before.gzip - after.gzip,
          brotli: before.brotli - after.brotli,
        };
      }),
    ),
  };
}

/** Bundles and measures every entry, one after the other, in a temporary directory. */
export async function measureEntries(
  specs: readonly EntrySpec[] = allEntries(),
  { keep = false, log = (_line: string) => {} } = {},
): Promise<{ builds: EntryBuild[]; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-sizes-'));
  try {
    const builds: EntryBuild[] = [];
    for (const spec of specs) {
      const started = performance.now();
      builds.push(await measureEntry(spec, join(dir, spec.id)));
      log(`built ${spec.id} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    return { builds, dir };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The figures the budgets and the report speak about

export interface Measure extends Compressed {
  readonly id: string;
  readonly label: string;
  /** How the figure is made from the builds. */
  readonly made: string;
  readonly files: readonly string[];
}

const measure = (
  id: string,
  label: string,
  made: string,
  groups: readonly FileGroup[],
): Measure => ({
  id,
  label,
  made,
  ...sum(groups),
  files: groups.flatMap((g) => g.files.map((f) => f.file)),
});

/**
 * The budgeted figures: each element entry as loaded (initial JS), the B2C embed page in English
 * and in French (the French catalogue chunk loads at once on a French page), and the suite.
 */
export function measures(builds: readonly EntryBuild[]): Measure[] {
  const find = (id: string) => {
    const found = builds.find((b) => b.id === id);
    if (!found) throw new Error(`No build for ${id}`);
    return found;
  };
  const out: Measure[] = [];
  for (const b of builds.filter((b) => b.id.startsWith('vt-'))) {
    out.push(measure(b.id, `${b.label} alone`, 'initial JS of the element entry', [b.initial]));
  }
  const b2c = find(B2C_EMBED.id);
  const french = b2c.lazy.filter((g) => g.name === 'fr');
  out.push(
    measure('b2c-page-en', 'B2C embed page in English', 'initial JS of the B2C embed entry', [
      b2c.initial,
    ]),
    measure(
      'b2c-page-fr',
      'B2C embed page in French, as on the demo page',
      'initial JS of the B2C embed entry + French catalogue chunk',
      [b2c.initial, ...french],
    ),
  );
  const all = find(ALL.id);
  out.push(
    measure(
      'all',
      'Every element, without Stripe.js, DOMPurify and the opt-in parts',
      'initial + every lazy chunk of embed.ts, except Stripe.js, DOMPurify and the opt-in parts (other backends, the virtual list)',
      [all.initial, ...all.lazy.filter((g) => !g.excluded)],
    ),
  );
  const optInLabels: Record<string, string> = {
    'adapter-medusa': 'The Medusa adapter, loaded by <vt-storefront adapter="medusa">',
    'adapter-vendure': 'The Vendure adapter, loaded by <vt-storefront adapter="vendure">',
    'virtual-list': 'The virtual list, loaded by <vt-catalog layout="list">',
  };
  for (const [id] of OPT_IN) {
    const chunks = all.lazy.filter((g) => g.optIn === id);
    if (chunks.length === 0) throw new Error(`No lazy chunk of ${id} in embed.ts`);
    out.push(measure(id, optInLabels[id]!, `lazy chunks of embed.ts that are ${id}'s`, chunks));
  }
  return out;
}
