// `npm run export`: the whole site as static files in out/, for any static host or CDN.
//
// Builds with STATIC_EXPORT=1 (next.config.ts then sets `output: 'export'`, drops `headers()` and
// the per-request `?t=` page). A static host runs no proxy, so this script computes each page's
// policy the way proxy.ts does for `next start` (the SHA-256 hashes of its inline scripts, with the
// same functions) and writes those policies, with the other security headers, to out/_headers (the
// format Netlify and Cloudflare Pages read; scripts/serve-static.mjs reads it too). Run with tsx,
// which lets it import the policy from proxy.ts and the headers from next.config.ts.
// `--headers-only` rewrites out/_headers for an existing export (after a policy change).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SECURITY_HEADERS } from '../next.config.ts';
import { contentSecurityPolicy, frameAncestorsFor, inlineScriptHashes } from '../proxy.ts';

const root = path.resolve(import.meta.dirname, '..');
// With `output: 'export'`, Next.js writes the site to its dist folder.
const out = path.join(root, 'out');

if (!process.argv.includes('--headers-only')) {
  rmSync(out, { recursive: true, force: true });
  const build = spawnSync('npx', ['next', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, STATIC_EXPORT: '1', NEXT_DIST_DIR: 'out' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Every `.html` file under `dir`, as paths relative to it. */
function htmlFiles(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) return htmlFiles(dir, relative);
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}

/** The URLs a static host serves an exported page at: `/a/b` and `/a/b.html`; `/` for index.html. */
function urlsOf(file) {
  if (file === 'index.html') return ['/', '/index.html'];
  const pretty = `/${file.replace(/\.html$/, '')}`;
  return [pretty, `/${file}`];
}

const blocks = [['/*', SECURITY_HEADERS.map(({ key, value }) => `${key}: ${value}`)]];
for (const file of htmlFiles(out).sort()) {
  const scripts = inlineScriptHashes(readFileSync(path.join(out, file), 'utf8'));
  for (const url of urlsOf(file)) {
    // Only /embed/… may be framed (EMBED_ORIGINS, as for next start); every other page by none.
    const policy = contentSecurityPolicy(scripts, { frameAncestors: frameAncestorsFor(url) });
    blocks.push([url, [`Content-Security-Policy: ${policy}`]]);
  }
}
writeFileSync(
  path.join(out, '_headers'),
  blocks.map(([url, lines]) => `${url}\n${lines.map((line) => `  ${line}`).join('\n')}\n`).join('\n'),
);
console.log(
  `\nStatic site in out/ (${blocks.length - 1} page URLs with their own Content-Security-Policy in out/_headers).`,
);
