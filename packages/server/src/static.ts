import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
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

/** Paths that belong to the API: never answered from files, even when a file matches. */
const RESERVED = /^\/(api|images|documents)(\/|$)|^\/openapi\.json$/;

/** The file a URL path names inside root, or null when it names nothing there. */
async function locate(root: string, urlPath: string): Promise<string | null> {
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
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

/**
 * Serves a directory (the demo pages, the built widgets) for GET and HEAD; anything not
 * found falls through to the app's JSON 404.
 */
export function staticFiles(dir: string): MiddlewareHandler {
  const rootPromise = realpath(resolve(dir));
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || RESERVED.test(c.req.path)) {
      return next();
    }
    const file = await locate(await rootPromise, c.req.path);
    if (file === null) return next();
    const body = await readFile(file);
    return c.body(body, 200, {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(body.byteLength),
      // Local development files change often: let the browser revalidate.
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
  };
}
