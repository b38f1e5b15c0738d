#!/usr/bin/env node
// Runs the CLI built into dist/ by `npm run build` (done on install). No TypeScript at run time.
import { main } from '../dist/main.js';

await main(new URL('../data/000_50228d307d1f6aaf.txt', import.meta.url).pathname);
