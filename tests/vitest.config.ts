import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  resolve: { alias: { '~': resolve(root, 'app') } },
  // React's automatic JSX runtime (Vite 8 transforms with oxc; an `esbuild` option is ignored).
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    reporters: ['default', resolve(root, 'tests/support/summary-reporter.ts')],
    onConsoleLog(log, type) {
      // console.error during a test is a failure unless the test expects it (and mocks it).
      if (type === 'stderr' && /^(Error|Warning)\b|console\.error/.test(log)) return true;
      return undefined;
    },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.{ts,tsx}'],
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['tests/support/worker-database.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts', 'tests/support/build-app.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Two cores: one browser journey at a time keeps timings stable.
          fileParallelism: false,
        },
      },
    ],
  },
});
