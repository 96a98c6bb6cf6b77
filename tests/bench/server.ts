import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A built site served over HTTP on the loopback. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'text/plain; charset=utf-8',
  '.ris': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Types a static host compresses on the fly; fonts, images and Pagefind's pre-gzipped chunks go as they are. */
const compressible = (type: string) => /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/.test(type);

/**
 * Serves `root` the way a static host serves `astro build` output: `/x/` is `/x/index.html`,
 * `/x` redirects to `/x/` when that is a folder, misses get `404.html` with status 404, and text
 * goes brotli- or gzip-compressed as the browser asks. Compressed bodies are cached per file.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const cache = new Map<string, Buffer>();
  const compressed = (key: string, body: Buffer, encoding: 'br' | 'gzip') => {
    const id = `${encoding}:${key}`;
    let out = cache.get(id);
    if (!out) {
      out =
        encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
          : gzipSync(body, { level: 9 });
      cache.set(id, out);
    }
    return out;
  };

  const fileFor = async (pathname: string): Promise<{ file?: string; redirect?: string }> => {
    const safe = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    const full = join(root, safe);
    if (full !== root && !full.startsWith(root + sep)) return {};
    const info = await stat(full).catch(() => undefined);
    if (info?.isFile()) return { file: full };
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
      const index = join(full, 'index.html');
      if (await stat(index).then((s) => s.isFile()).catch(() => false)) return { file: index };
    }
    return {};
  };

  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const found = await fileFor(url.pathname);
      if (found.redirect) {
        res.writeHead(301, { location: found.redirect + url.search }).end();
        return;
      }
      let status = 200;
      let file = found.file;
      if (!file) {
        status = 404;
        const notFound = join(root, '404.html');
        file = (await stat(notFound).catch(() => undefined)) ? notFound : undefined;
      }
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const body = await readFile(file);
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const headers: Record<string, string | number> = {
        'content-type': type,
        // Astro's /_astro/ files carry a content hash; everything else may change with the next build.
        'cache-control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
        vary: 'accept-encoding',
      };
      let out: Buffer = body;
      const accepts = String(req.headers['accept-encoding'] ?? '');
      if (compressible(type) && body.length > 0) {
        if (/\bbr\b/.test(accepts)) {
          out = compressed(file, body, 'br');
          headers['content-encoding'] = 'br';
        } else if (/\bgzip\b/.test(accepts)) {
          out = compressed(file, body, 'gzip');
          headers['content-encoding'] = 'gzip';
        }
      }
      headers['content-length'] = out.length;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : out);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  // Port 0: the system picks a free port, never the project's 4321/4322.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The status a path answers with, without a browser. */
export async function statusOf(origin: string, path: string): Promise<number> {
  const response = await fetch(origin + path, { redirect: 'follow', signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer();
  return response.status;
}
