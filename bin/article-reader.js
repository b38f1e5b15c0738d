#!/usr/bin/env node
// Runs the CLI built into dist/ by `npm run build` (done on install). No TypeScript at run time.
//
// CommonJS, not ESM (bin/package.json says so for this folder; the package is "type": "module"): Node starts
// its ESM loader only for an ES module entry point (~3 ms here, Node 20). The name stays article-reader.js, so an
// npx cache made by an earlier version, which links to this path, still finds it.
// dist/main.js is compiled through vm.Script with V8's code cache, dist/main.js.cache, which the build
// (scripts/code-cache.mjs) writes after running the commands once: it holds the functions a run compiles
// lazily, not only the top level, so neither parsing nor compiling is paid at start-up (`show` 50 → 42 ms).
// The attribution engine, half the code, is a bundle of its own, dist/attribution.js (with its own cache),
// loaded the same way by the commands that attribute: the reading commands neither read nor deserialize it.
// Any cache V8 refuses (another Node version or V8 flags, a stale or damaged file) or a missing one just
// means a normal compile: the result is the same, only slower.
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');

/** A bundle of dist/ compiled with its code cache (when V8 takes it), and run as a CommonJS module. */
function load(name) {
  if (FLAGS_BEFORE[name] !== undefined && flagsApply) require('node:v8').setFlagsFromString(FLAGS_BEFORE[name]);
  const file = join(dist, `${name}.js`);
  const cacheFile = `${file}.cache`;
  // V8 tells a cache from another source only by the source's length, so a cache older than its bundle
  // (rebuilt or edited without `npm run build`) is not used. npm gives both the same time.
  let cachedData;
  try {
    if (statSync(cacheFile).mtimeMs >= statSync(file).mtimeMs) cachedData = readFileSync(cacheFile);
  } catch {
    // no cache: compile as usual
  }
  // The CommonJS wrapper on a line of its own (lineOffset -1), so stack traces give the bundle's own lines
  // and columns. (Node 20's V8 takes the file name from the cache when it uses one: a stack trace then names
  // the dist/ the build ran in; Node 22's replaces it.) The bundles have no dynamic import() (the build
  // checks), so no importModuleDynamically.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${readFileSync(file, 'utf8')}\n})`, {
    filename: file,
    lineOffset: -1,
    cachedData,
  });
  loaded.set(name, { script, cacheFile });
  const bundle = { exports: {}, filename: file };
  script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, dist);
  return bundle.exports;
}
/** The bundles loaded, with their scripts: scripts/code-cache.mjs saves each one's cache. */
const loaded = new Map();
// dist/main.js asks for dist/attribution.js by this name when a command first needs it.
globalThis[Symbol.for('article-reader.load')] = load;

// V8 runs a regular expression's first match in its bytecode interpreter and compiles it to machine code
// only on the next (tier-up). The attribution rules are a few hundred Unicode-aware expressions, most of them
// run a handful of times on a short article; interpreting them first, then compiling them anyway, doubled the
// engine's cold run (`quotes --speaker Campbell`, side by side: 98 → 64 ms). Compiled at once, a match is the
// same match. The engine's commands also keep every statement of a large article to the end, and V8 lets the
// old generation grow by up to 4× what survived its last full collection before the next: on a 100 MB
// article, peak memory went anywhere from 325 to 445 MiB from run to run. A fixed growth of 40% keeps it at
// 330-350 MiB, in the same time. So both are set as dist/attribution.js loads (node:v8 costs ~1.5 ms: not for
// the other commands, nor for quotes answered from the attribution cache), after dist/main.js's code cache was
// read (V8 checks a cache against the flags it was made under, see scripts/code-cache.mjs) and before
// dist/attribution.js's, which is made under these flags.
const ATTRIBUTING_FLAGS = '--no-regexp-tier-up --heap-growing-percent=40';
const flagsApply = /^(?:20|21|22|23|24)\./.test(process.versions.node);
const FLAGS_BEFORE = { attribution: ATTRIBUTING_FLAGS };

const main = load('main');

const bundledArticle = join(__dirname, '..', 'data', '000_50228d307d1f6aaf.txt');
if (require.main === module) {
  main.main(bundledArticle);
} else {
  // Required by scripts/code-cache.mjs, which runs commands and then saves each loaded bundle's cache.
  const { script, cacheFile } = loaded.get('main');
  module.exports = { loaded, script, cacheFile, bundledArticle, cacheRejected: script.cachedDataRejected, ATTRIBUTING_FLAGS, flagsApply, ...main };
}
