import type { Stats } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Text formats; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);

/** Below this, a response fits in a packet or two either way: compressing saves nothing. */
export const MIN_COMPRESSED_SIZE = 1024;

/**
 * Brotli at its best quality costs about 5 ms per KB: fine once per file for the widgets
 * (vitrine.js, about 125 KB), too slow for large source maps, which get a quick quality.
 */
const BEST_QUALITY_UP_TO = 256 * 1024;

/** Compressed bodies kept in memory, in bytes over every file and encoding. */
const CACHE_BYTES = 32 * 1024 * 1024;

/** Paths that belong to the API: never answered from files, even when a file matches. */
const RESERVED = /^\/(api|images|documents)(\/|$)|^\/openapi\.json$/;

type Encoding = 'br' | 'gzip' | 'identity';

const compressors = {
  br: (content: Buffer) =>
    promisify(brotliCompress)(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: content.byteLength <= BEST_QUALITY_UP_TO ? 11 : 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
      },
    }),
  gzip: (content: Buffer) => promisify(gzip)(content, { level: 9 }),
};

/** The file a URL path names inside root, with its stats, or null when it names nothing there. */
async function locate(
  root: string,
  urlPath: string,
): Promise<{ file: string; stats: Stats } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  let candidate = resolve(root, `.${decoded}`);
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  try {
    if ((await stat(candidate)).isDirectory()) candidate = join(candidate, 'index.html');
    // Follow symbolic links, then check again that we are still inside root.
    const real = await realpath(candidate);
    if (real !== root && !real.startsWith(root + sep)) return null;
    const stats = await stat(real);
    return stats.isFile() ? { file: real, stats } : null;
  } catch {
    return null;
  }
}

/**
 * The encoding to send: brotli when the request accepts it, else gzip, else none. A coding is
 * accepted when it is listed (or `*` is) with a weight above 0.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    weights.set(name, q === undefined ? 1 : Number(q.slice(2)));
  }
  const accepts = (coding: string) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip') || (weights.get('x-gzip') ?? 0) > 0) return 'gzip';
  return 'identity';
}

/** One version of a file (its size and modification time), compressed as asked, lazily. */
interface CacheEntry {
  readonly version: string;
  /** Undefined until asked; null when compressing did not make it smaller. */
  readonly bodies: Partial<Record<'br' | 'gzip', Promise<Uint8Array<ArrayBuffer> | null>>>;
  bytes: number;
}

/**
 * Compressed bodies by file path, for the version last seen, least recently used first; the
 * oldest go when the total passes CACHE_BYTES. A changed file gets a new version and is
 * compressed again.
 */
class CompressionCache {
  private readonly entries = new Map<string, CacheEntry>();
  private total = 0;

  constructor(private readonly limit: number) {}

  body(
    file: string,
    version: string,
    encoding: 'br' | 'gzip',
  ): Promise<Uint8Array<ArrayBuffer> | null> {
    let entry = this.entries.get(file);
    if (entry?.version !== version) {
      this.drop(file);
      entry = { version, bodies: {}, bytes: 0 };
    } else {
      this.entries.delete(file); // re-inserted below: most recently used
    }
    this.entries.set(file, entry);
    const cached = entry.bodies[encoding];
    if (cached) return cached;
    const made = readFile(file).then(async (content) => {
      const compressed = await compressors[encoding](content);
      // Copied once into a plain ArrayBuffer, the kind a response body takes.
      return compressed.byteLength < content.byteLength ? new Uint8Array(compressed) : null;
    });
    entry.bodies[encoding] = made;
    made.then(
      (body) => this.count(file, entry, body?.byteLength ?? 0),
      () => this.entries.get(file) === entry && this.drop(file), // the next request tries again
    );
    return made;
  }

  private count(file: string, entry: CacheEntry, bytes: number): void {
    if (this.entries.get(file) !== entry) return; // replaced or dropped meanwhile
    entry.bytes += bytes;
    this.total += bytes;
    for (const [oldest] of this.entries) {
      if (this.total <= this.limit || oldest === file) break;
      this.drop(oldest);
    }
  }

  private drop(file: string): void {
    const entry = this.entries.get(file);
    if (!entry) return;
    this.total -= entry.bytes;
    this.entries.delete(file);
  }
}

/** Whether If-None-Match names this ETag (weak comparison, as for GET and HEAD). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * Serves a directory (the demo pages, the built widgets) for GET and HEAD; anything not
 * found falls through to the app's JSON 404. Text files of MIN_COMPRESSED_SIZE or more are sent
 * compressed with brotli or gzip when the request accepts it, each version of a file compressed
 * once; every response has an ETag of its own encoding, and a matching If-None-Match gets a 304.
 */
export function staticFiles(dir: string, { cacheBytes = CACHE_BYTES } = {}): MiddlewareHandler {
  const rootPromise = realpath(resolve(dir));
  const cache = new CompressionCache(cacheBytes);
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || RESERVED.test(c.req.path)) {
      return next();
    }
    const found = await locate(await rootPromise, c.req.path);
    if (found === null) return next();
    const { file, stats } = found;
    const extension = extname(file).toLowerCase();
    const compressible = COMPRESSIBLE.has(extension) && stats.size >= MIN_COMPRESSED_SIZE;
    const version = `${stats.size.toString(16)}-${Math.trunc(stats.mtimeMs).toString(16)}`;

    let encoding = compressible ? chooseEncoding(c.req.header('Accept-Encoding')) : 'identity';
    let body: Uint8Array<ArrayBuffer> | null = null;
    if (encoding !== 'identity') {
      body = await cache.body(file, version, encoding);
      if (body === null) encoding = 'identity';
    }
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      // Local development files change often: let the browser revalidate.
      'Cache-Control': 'no-cache',
      ETag: `"${version}${encoding === 'identity' ? '' : `-${encoding}`}"`,
      'X-Content-Type-Options': 'nosniff',
    };
    if (compressible) headers.Vary = 'Accept-Encoding';
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;

    if (matches(c.req.header('If-None-Match'), headers.ETag!)) {
      // A 304 carries the validators and Vary, not the representation's own headers.
      delete headers['Content-Type'];
      delete headers['Content-Encoding'];
      return c.body(null, 304, headers);
    }
    if (c.req.method === 'HEAD') {
      headers['Content-Length'] = String(body?.byteLength ?? stats.size);
      return c.body(null, 200, headers);
    }
    body ??= await readFile(file);
    headers['Content-Length'] = String(body.byteLength);
    return c.body(body, 200, headers);
  };
}
