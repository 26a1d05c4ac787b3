import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

// DESIGN.md's layers, kept by the machine instead of by review. Each rule names the folder it
// guards and says why in its message. Relative imports are matched as well as `@/` ones, so
// `../components/x` cannot slip past.
const appRoutes = {
  regex: String.raw`^(@/|(\.\./)+)app(/|$)`,
  message: 'app/ holds routes only: nothing under components/ imports it (DESIGN.md, layers).',
};
const anyComponent = {
  regex: String.raw`^(@/|(\.\./)+)components(/|$)`,
  message: 'captions/ is the pure core: it imports no components/ code (DESIGN.md, layers).',
};
const anyRoute = {
  regex: String.raw`^(@/|(\.\./)+)app(/|$)`,
  message: 'captions/ is the pure core: it imports no app/ code (DESIGN.md, layers).',
};
const frameworks = {
  regex: String.raw`^(react|react-dom|next|server-only|@radix-ui/[^/]+)(/.*)?$`,
  message:
    'captions/ is framework-free: no React, Next, Radix or server-only; memoising and ' +
    'server-only belong to the route layer (DESIGN.md, layers).',
};
// components/media/ owns the <video>: it imports the core, never another components/ folder
// (from inside it, `../x` is a sibling folder or a file at the root of components/).
const otherComponents = {
  regex: String.raw`^(@/components/(?!media(/|$))|\.\./(?!\.\.))`,
  message:
    'components/media/ owns the <video>: it imports no other components/ folder, they import ' +
    'it (DESIGN.md, layers).',
};
// Browser globals the core must not reach for; it runs in Node, in the build and in tests.
const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'HTMLElement',
  'HTMLVideoElement',
  'HTMLMediaElement',
  'VTTCue',
  'TextTrack',
].map((name) => ({
  name,
  message: 'captions/ is the pure core: no DOM (DESIGN.md, layers). Pass values in instead.',
}));

const config = [
  ...nextVitals,
  ...nextTs,
  // Formatting is Prettier's (`npm run lint` checks it first); no ESLint rule argues with it.
  prettier,
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'out/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      // Files that break the rules on purpose, linted by tests/lint/ under a virtual path.
      'tests/fixtures/**',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['captions/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [frameworks, anyComponent, anyRoute] }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [appRoutes] }],
    },
  },
  {
    // Flat config replaces a rule's options rather than merging them: repeat the app/ rule.
    files: ['components/media/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [appRoutes, otherComponents] }],
    },
  },
];

export default config;
