import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Separate build folders let several builds (a developer's, a test run's) coexist.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  // Track files are read from captions/ at build time by the route handler; make sure a
  // standalone trace includes them.
  outputFileTracingIncludes: { '/*': ['./captions/**/*.vtt', './captions/**/*.json'] },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), fullscreen=(self), picture-in-picture=(self)' },
        ],
      },
    ];
  },
};

export default nextConfig;
