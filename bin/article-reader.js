#!/usr/bin/env node
// Runs the CLI built into dist/ by `npm run build` (done on install). No TypeScript at run time.
// dist/main.js is one CommonJS file (see scripts/build.mjs): require loads it faster than import would.
import { createRequire } from 'node:module';

const { main } = createRequire(import.meta.url)('../dist/main.js');
await main(new URL('../data/000_50228d307d1f6aaf.txt', import.meta.url).pathname);
