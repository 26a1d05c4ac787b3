import type { NextConfig } from 'next';

/**
 * `npm run export` sets this: a static site in `out/` for any static host. A static export has no
 * server, so no proxy and no `headers()`; `scripts/export.mjs` writes the same headers (the
 * policy made of each page's script hashes, as proxy.ts makes it) into `out/_headers`.
 */
const staticExport = process.env.STATIC_EXPORT === '1';

/** Sent with every response (the Content-Security-Policy comes from proxy.ts, per page). */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // The player uses fullscreen and picture-in-picture; every other powerful feature is off.
  {
    key: 'Permissions-Policy',
    value:
      'fullscreen=(self), picture-in-picture=(self), camera=(), microphone=(), geolocation=(), display-capture=(), payment=(), usb=(), serial=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  ...(staticExport ? { output: 'export' as const } : {}),
  // Separate build folders let several builds (a developer's, a test run's) coexist.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  // `npm test` type-checks the whole project in a step of its own (`npm run typecheck`, running
  // beside the builds), so its two builds skip Next's second pass over the same files. Every
  // other build (`npm start`, a deploy) checks types as usual.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED_ELSEWHERE === '1' },
  // `page.dynamic.tsx` is a page rendered per request (the watch page's `?t=` variant that proxy.ts
  // rewrites to), `route.dynamic.ts` a route handler answering per request (the oEmbed query
  // endpoint). A static export has no server to run them, so there those routes do not exist.
  pageExtensions: staticExport
    ? ['tsx', 'ts', 'jsx', 'js']
    : ['tsx', 'ts', 'jsx', 'js', 'dynamic.tsx', 'dynamic.ts'],
  poweredByHeader: false,
  // Track files are read from titles/ at build time by the route handler; make sure a
  // standalone trace includes them.
  outputFileTracingIncludes: { '/*': ['./titles/**/*.vtt', './titles/**/*.json'] },
  ...(staticExport
    ? {}
    : {
        async headers() {
          return [{ source: '/:path*', headers: SECURITY_HEADERS }];
        },
      }),
};

export default nextConfig;
