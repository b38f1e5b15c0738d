// Writes dist/main.js.cache and dist/attribution.js.cache, the V8 code caches that bin/article-reader.js
// compiles the two bundles with. Run by `npm run build` after the bundles, in a child process of its own (no
// flags, as the bin runs).
//
// Each cache is taken AFTER running the usual commands on the bundled article, so that it holds the
// functions they compile lazily (parser, renderers, commander's help) and not only the top level: measured
// on `show`, a cache taken before running saves ~2 ms, this one ~8 ms. It is tied to this Node version and
// V8's flags; under any other the bin finds it rejected and compiles as usual. Not committed (dist/ is not).
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { loaded, bundledArticle, main, ATTRIBUTING_FLAGS, flagsApply } = require('../bin/article-reader.js');

// `quotes` twice, with an attribution cache of its own (never the user's): the engine's run, then the run the
// cache answers.
const cacheFolder = mkdtempSync(join(tmpdir(), 'article-reader-build-'));
process.env.ARTICLE_READER_CACHE = cacheFolder;
const QUOTES = ['quotes', '--speaker', 'Campbell'];
const COMMANDS = [['show'], ['show', '--color', 'always'], ['sections'], ['search', 'china'], QUOTES, QUOTES, ['--help']];
const argv = process.argv;
try {
  for (const args of COMMANDS) {
    process.argv = [argv[0], 'article-reader', ...args];
    await main(bundledArticle);
  }
} finally {
  rmSync(cacheFolder, { recursive: true, force: true });
}
process.argv = argv;
process.exitCode = 0;
// Each cache is made under the flags it is read with: dist/main.js's under the default ones (the bin sets the
// attributing commands' flags after reading it), dist/attribution.js's under those (it is read after).
const v8 = await import('node:v8');
const attribution = loaded.get('attribution');
if (attribution === undefined) throw new Error('no command loaded dist/attribution.js');
if (flagsApply) v8.setFlagsFromString(ATTRIBUTING_FLAGS);
writeFileSync(attribution.cacheFile, attribution.script.createCachedData());
v8.setFlagsFromString('--regexp-tier-up --heap-growing-percent=0');
const main_ = loaded.get('main');
writeFileSync(main_.cacheFile, main_.script.createCachedData());
