import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import SummaryReporter from './test/helpers/summary-reporter.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
    // The built CLI that tests run keeps no attribution cache in the user's folder (test/e2e/cache.test.ts
    // gives it a folder of its own).
    env: { ARTICLE_READER_CACHE: 'off' },
    reporters: ['default', new SummaryReporter()],
  },
});
