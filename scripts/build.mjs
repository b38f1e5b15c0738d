// Compiles src/ ahead of time into one CommonJS file, dist/main.js (dist/package.json marks it CommonJS),
// which bin/article-reader.js loads with V8's code cache, dist/main.js.cache (made last, by
// scripts/code-cache.mjs). Measured against ESM with a chunk per subcommand: the
// CommonJS loader reads and links one file faster than the ESM loader links a dozen, and the subcommand
// bodies still run only when called (esbuild's lazily initialised modules).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * string-width and wrap-ansi build a grapheme segmenter and compile Unicode-property regexes (RGI_Emoji)
 * as they load, and chalk probes the terminal: together most of a command's start-up, though the fast
 * paths in src/render/wrap.ts and a plain theme often need none of them. So our own code gets each through
 * a stand-in that loads the real module (still bundled, via esbuild's lazily initialised `require`) on its
 * first call. The tests import the real modules directly; only the build changes.
 */
const LAZY = {
  // Simple text (see isSimple in src/render/wrap.ts, property-tested against string-width) is as wide as it is long.
  'string-width': `import { isSimple } from './src/render/wrap.ts'; let real; export default function stringWidth(text, options) { if (options === undefined && isSimple(text)) return text.length; real ??= require('string-width').default; return real(text, options); }`,
  'wrap-ansi': `let real; export default function wrapAnsi(text, columns, options) { real ??= require('wrap-ansi').default; return real(text, columns, options); }`,
  chalk: `export class Chalk { constructor(options) { return new (require('chalk').Chalk)(options); } }`,
};
/**
 * commander requires node:child_process as it loads, for executable subcommands, which we do not have;
 * loading it costs ~0.4 ms at every start (it brings dgram, net's child-process parts, spawn_sync). So
 * commander gets a stand-in whose spawn loads the real module when called.
 */
const LAZY_FOR_COMMANDER = {
  'node:child_process': `module.exports = { get spawn() { return require('node:child_process').spawn; } };`,
};
/**
 * chalk probes the terminal as it loads (its vendored supports-color reads the environment and loads node:os
 * and node:tty: ~2 ms of styled output's start-up) for its default instances, which we never use: the theme
 * makes its own with the level we decided (src/render/theme.ts). In the bundle the probe answers "no colour",
 * which only those default instances would see.
 */
const NO_PROBE = `export default { stdout: false, stderr: false };`;
const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) => (args.importer.includes('/node_modules/chalk/') ? { path: 'supports-color', namespace: 'no-probe' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'no-probe' }, () => ({ contents: NO_PROBE, loader: 'js' }));
    const filter = new RegExp(`^(${Object.keys(LAZY).join('|')})$`);
    b.onResolve({ filter }, (args) => (args.namespace === 'file' && args.importer.includes('/src/') ? { path: args.path, namespace: 'lazy' } : undefined));
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.namespace === 'file' && args.importer.includes('/node_modules/commander/') ? { path: args.path, namespace: 'lazy-for-commander' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-for-commander' }, (args) => ({ contents: LAZY_FOR_COMMANDER[args.path], loader: 'js' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: LAZY[args.path], loader: 'js', resolveDir: process.cwd() }));
  },
};
/**
 * The attribution engine is half the code, and only quotes, speakers and search --speaker run it: it is a
 * bundle of its own, dist/attribution.js, which dist/main.js asks bin/article-reader.js to load (with its code
 * cache) the first time a command imports it; run some other way, dist/main.js requires it as usual. So the
 * reading commands neither read nor deserialize it at start-up. (The few small modules both use, such as the
 * quote spans, are in both bundles; they hold no state.)
 */
const ATTRIBUTION = 'src/attribution/engine.ts';
const attributionChunk = {
  name: 'attribution-chunk',
  setup(b) {
    b.onResolve({ filter: /\/attribution\/engine\.js$/ }, (args) =>
      args.namespace === 'file' && !args.importer.includes('/src/attribution/') ? { path: 'attribution', namespace: 'chunk' } : undefined,
    );
    b.onResolve({ filter: /^\.\/attribution\.js$/ }, (args) => (args.namespace === 'chunk' ? { path: args.path, external: true } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'chunk' }, () => ({
      contents: `const load = globalThis[Symbol.for('article-reader.load')]; module.exports = load ? load('attribution') : require('./attribution.js');`,
      loader: 'js',
    }));
  },
};
/**
 * The build's id: a hash of the version and of every source file, names and contents. The attribution cache
 * (src/cache-folder.ts) files its entries under it, so a build never reads what another build's engine made.
 */
function buildId() {
  const hash = createHash('sha256').update(pkg.version);
  const src = fileURLToPath(new URL('../src', import.meta.url));
  const files = readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.ts')).sort();
  for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(join(src, file)));
  return hash.digest('hex').slice(0, 16);
}
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  // wrap-ansi and string-width segment every word with Intl.Segmenter, whose steps take time in proportion to
  // the whole string on Node 20: they get src/text/graphemes.ts's segmenter, the same clusters in linear time.
  define: { __VERSION__: JSON.stringify(pkg.version), __BUILD_ID__: JSON.stringify(buildId()), 'Intl.Segmenter': 'GraphemeSegmenter' },
  inject: ['src/text/graphemes.ts'],
  logLevel: 'warning',
  // import() of a Node built-in (deferred until used, see src/main.ts) becomes a require in a promise, as
  // bundled modules' do: bin/article-reader.js runs the bundle through vm.Script, which has no import().
  supported: { 'dynamic-import': false },
};
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const { metafile } = await build({ ...common, entryPoints: ['src/main.ts'], metafile: true, outfile: 'dist/main.js', plugins: [lazyModules, attributionChunk] });
await build({ ...common, entryPoints: [ATTRIBUTION], outfile: 'dist/attribution.js' });
// The package is "type": "module"; this makes dist/*.js CommonJS.
mkdirSync(new URL('../dist', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/package.json', import.meta.url), '{ "type": "commonjs" }\n');
writeFileSync(new URL('../dist/THIRD-PARTY-NOTICES.txt', import.meta.url), thirdPartyNotices(Object.keys(metafile.inputs)));
// The bin compiles the bundle with vm.Script and gives it no importModuleDynamically: an import() left in the
// bundle would fail at run time, so fail the build instead (esbuild turns ours into lazily initialised requires).
for (const bundle of ['main.js', 'attribution.js']) {
  if (/\bimport\(/.test(readFileSync(new URL(`../dist/${bundle}`, import.meta.url), 'utf8'))) {
    throw new Error(`dist/${bundle} has a dynamic import(); bin/article-reader.js cannot load it through vm.Script`);
  }
}
// The code cache, from a run of the usual commands (their output is dropped). V8 refuses a cache made under
// other flags, so it is made as a plain `node` runs the bin: without NODE_OPTIONS.
const { NODE_OPTIONS, ...env } = process.env;
const cache = spawnSync(process.execPath, [new URL('./code-cache.mjs', import.meta.url).pathname], { stdio: ['ignore', 'ignore', 'inherit'], env });
if (cache.status !== 0) throw new Error(`scripts/code-cache.mjs failed (exit ${cache.status})`);

/**
 * The bundle holds the code of commander, chalk, wrap-ansi, string-width and what they use, so the package
 * installs with no dependency (none is fetched, none needs npm's cache); their licences' notices ship with it,
 * as the licences ask, in dist/THIRD-PARTY-NOTICES.txt.
 */
function thirdPartyNotices(inputs) {
  const names = [...new Set(inputs.map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1]).filter(Boolean))].sort();
  const parts = names.map((name) => {
    const dir = new URL(`../node_modules/${name}/`, import.meta.url);
    const { version, license } = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(?:licen[cs]e|copying)(?:\.(?:md|txt))?$/i.test(f));
    if (file === undefined) throw new Error(`no licence file in node_modules/${name}`);
    return `${name}@${version} (${license})\n\n${readFileSync(new URL(file, dir), 'utf8').trim()}\n`;
  });
  return `article-reader's dist/main.js includes the following packages.\n\n${parts.join(`\n${'-'.repeat(72)}\n\n`)}`;
}
