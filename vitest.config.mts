import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit and conformance tests run in Node (the caption core has no DOM). Component tests that
// need a DOM opt in per file with a `// @vitest-environment` comment.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['e2e/**', 'node_modules/**'],
    // Property tests run thousands of cases; give them room on a shared, busy machine.
    testTimeout: 30_000,
  },
});
