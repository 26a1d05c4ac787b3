// `npm run serve` (and the last step of `npm start`): the production server. It is Next.js's own
// server (`next start`'s request handler, with `proxy.ts` and every route), with one addition in
// front: prerendered pages, the build's scripts and styles, and the prerendered text files (track
// files) are answered from memory, compressed once with Brotli and gzip (scripts/page-cache.mjs), as
// a CDN in front of `next start` would. They are asked for once as soon as the server listens.
// Measured with `npm run bench` (server under load): a page through Next.js costs about three times
// a static file's CPU per request, even when `proxy.ts` answers it from memory; from this cache it
// costs about the same.
//
//   node scripts/serve.mjs [-p PORT] [-H HOST]     as `next start`: PORT, or 3000; every address
//   (NEXT_DIST_DIR: the build's folder, as for `next build`)
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { builtAssetPathnames, createPageCache, prerenderedPathnames } from './page-cache.mjs';

process.env.NODE_ENV = 'production';
const { default: next } = await import('next');

const root = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(options.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port number: ${options.port ?? process.env.PORT}`);
  process.exit(1);
}
/** Without -H, every address, IPv6 and IPv4, as `next start`. */
const hostname = options.hostname;
const distDir = path.resolve(root, process.env.NEXT_DIST_DIR ?? '.next');

const app = next({ dev: false, dir: root, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

/** Where the server can ask itself for a page: a wildcard address is reached on loopback. */
function selfOrigin(address) {
  const host = ['0.0.0.0', '::'].includes(address.address) ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

let origin = '';
/** Printed once every candidate response has been asked for (the bench waits for it). */
const READY = 'Ready:';
const cache = createPageCache({
  pathnames: new Set([...builtAssetPathnames(distDir), ...prerenderedPathnames(distDir)]),
  fetchPage: (pathname) =>
    fetch(`${origin}${pathname}`, { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' }),
  onError: (pathname, error) => console.error(`Could not keep ${pathname} in memory: ${error.message}`),
});

const server = createServer((req, res) => {
  if (!cache.serve(req, res)) void handle(req, res);
});
server.on('error', (error) => {
  console.error(`Could not serve on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  origin = selfOrigin(server.address());
  console.log(`Serving ${path.relative(root, distDir)} on http://${hostname ?? 'localhost'}:${port}/`);
  void cache.warm().then((kept) => console.log(`${READY} ${kept} responses kept in memory`));
});

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
