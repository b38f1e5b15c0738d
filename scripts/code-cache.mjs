// Writes dist/main.js.cache, the V8 code cache that bin/article-reader.js compiles dist/main.js with.
// Run by `npm run build` after the bundle, in a child process of its own (no flags, as the bin runs).
//
// The cache is taken AFTER running the usual commands on the bundled article, so that it holds the
// functions they compile lazily (parser, renderers, commander's help) and not only the top level: measured
// on `show`, a cache taken before running saves ~2 ms, this one ~8 ms. It is tied to this Node version and
// V8's flags; under any other the bin finds it rejected and compiles as usual. Not committed (dist/ is not).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const { script, cacheFile, bundledArticle, main } = require('../bin/article-reader.js');

const COMMANDS = [['show'], ['show', '--color', 'always'], ['sections'], ['search', 'china'], ['quotes', '--speaker', 'Campbell'], ['--help']];
const argv = process.argv;
for (const args of COMMANDS) {
  process.argv = [argv[0], 'article-reader', ...args];
  await main(bundledArticle);
}
process.argv = argv;
process.exitCode = 0;
// The bin turns regexp tier-up off after reading the cache; the cache is made under the default flags it is read with.
(await import('node:v8')).setFlagsFromString('--regexp-tier-up');
writeFileSync(cacheFile, script.createCachedData());
