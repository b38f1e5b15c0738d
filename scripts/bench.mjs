#!/usr/bin/env node
// `npm run bench`: how close the built CLI starts to Node's own floor, and how fast it reads a huge article.
//
// Start-up: every case and `node -e 0` run alternately, round after round, so that drift on the machine
// (other work, CPU frequency) falls on all of them alike; each row is a median, and its ratio is to the
// floor's median measured in the same run. Peak memory comes from separate runs under /usr/bin/time -f %M
// (or Node's own maxRSS, read at exit, when /usr/bin/time is missing).
//
// Big input: a 100 MB article made (in the temp folder, never in the repo) by repeating data/*.txt, read by
// each command and, for scale, by `cat` and `grep -c`: MB/s and peak memory.
//
// Attribution: `quotes --json` on a 1 MB article (the same repeats), in ms.
//
// The attribution cache: every run gets a cache folder of the bench's own (in the temp folder, removed at the
// end), never the user's. `quotes` is timed both ways: answered from the cache (the warm-up run fills it), as a
// reader's second and later runs on an article are, and with the cache off (ARTICLE_READER_CACHE=off), the
// engine's cold run. The 1 MB and 100 MB figures are the engine's (cache off).
//
// Options (environment): BENCH_BEFORE (a built checkout to compare with), BENCH_RUNS (start-up rounds, default 20), BENCH_BIG_MB (default 100, 0 skips the
// big-input part), BENCH_BIG_RUNS (default 3), BENCH_ATTR_RUNS (1 MB attribution runs, default 5). Commands that do not exist yet (per --help) are left out.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.env.BENCH_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
// The bin, bin/article-reader.js, is CommonJS (bin/package.json); builds of one day named it article-reader.cjs.
const binOf = (dir) => ['article-reader.js', 'article-reader.cjs'].map((f) => join(dir, 'bin', f)).find((p) => existsSync(p));
const bin = binOf(root);
const runs = Number(process.env.BENCH_RUNS ?? 20);
const bigMB = Number(process.env.BENCH_BIG_MB ?? 100);
const bigRuns = Number(process.env.BENCH_BIG_RUNS ?? 3);

if (!existsSync(join(root, 'dist', 'main.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

// Our own start-up, not the machine's: extra CA certificates add ~35 ms to every Node 20 start here.
const env = { ...process.env };
for (const name of ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS', 'FORCE_COLOR', 'NO_COLOR', 'COLUMNS', 'PAGER']) delete env[name];
env.TERM = 'xterm-256color';
const cacheFolder = mkdtempSync(join(tmpdir(), 'article-reader-bench-cache-'));
env.ARTICLE_READER_CACHE = cacheFolder;
const noCache = { ...env, ARTICLE_READER_CACHE: 'off' };
process.on('exit', () => rmSync(cacheFolder, { recursive: true, force: true }));

const timeBin = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p) && spawnSync(p, ['-f', '%M', 'true']).status === 0);
// Fallback for peak memory: Node reports its own maxRSS (KiB) on stderr as it exits.
const rssHook = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss '+process.resourceUsage().maxRSS+'\\n'))`;

const help = spawnSync(process.execPath, [bin, '--help'], { env, encoding: 'utf8' }).stdout;
const has = (command) => new RegExp(`^\\s+${command}\\b`, 'm').test(help);

/** The start-up cases: [label, argv after `node`, environment when not the common one]. */
const floor = ['node -e 0', ['-e', '0']];
const cases = [
  ['show (piped)', [bin, 'show']],
  ['show --color always', [bin, 'show', '--color', 'always']],
  ['sections', [bin, 'sections']],
  ...(has('quotes')
    ? [
        ['quotes --speaker Campbell', [bin, 'quotes', '--speaker', 'Campbell']],
        ['  same, cache off', [bin, 'quotes', '--speaker', 'Campbell'], noCache],
      ]
    : []),
  ...(has('search') ? [['search china', [bin, 'search', 'china']]] : []),
  ['--help', [bin, '--help']],
];
// BENCH_BEFORE=<another checkout, built>: its rows too, in the same alternation, for a before/after table.
const before = process.env.BENCH_BEFORE;
if (before !== undefined) {
  const beforeBin = binOf(before);
  const beforeHelp = spawnSync(process.execPath, [beforeBin, '--help'], { env, encoding: 'utf8' }).stdout;
  for (const [label, args, caseEnv] of [...cases]) {
    const command = args[1];
    if (command !== '--help' && !new RegExp(`^\\s+${command}\\b`, 'm').test(beforeHelp)) continue;
    // (One row for a build's `quotes`: a build from before the cache always runs the engine.)
    if (caseEnv === undefined) cases.push([`before: ${label}`, [beforeBin, ...args.slice(1)]]);
  }
}

function timeOnce(args, runEnv = env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: runEnv, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Peak resident memory in KiB of `command args` (stdout to /dev/null), or null when it cannot be known. */
function peakKiB(command, args, stdin = 'ignore', runEnv = env) {
  if (timeBin) {
    const r = spawnSync(timeBin, ['-f', '%M', command, ...args], { env: runEnv, stdio: [stdin, 'ignore', 'pipe'], encoding: 'utf8' });
    const m = /(\d+)\s*$/.exec(r.stderr);
    return m ? Number(m[1]) : null;
  }
  if (command !== process.execPath) return null;
  const r = spawnSync(command, ['--import', rssHook, ...args], { env: runEnv, stdio: [stdin, 'ignore', 'pipe'], encoding: 'utf8' });
  const m = /maxrss (\d+)/.exec(r.stderr);
  return m ? Number(m[1]) : null;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const mib = (kib) => (kib === null ? 'n/a' : `${(kib / 1024).toFixed(1)} MiB`);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function startup() {
  const all = [floor, ...cases];
  const times = all.map(() => []);
  for (const [, args, caseEnv] of all) timeOnce(args, caseEnv); // warm the file cache (and fill the attribution cache)
  for (let round = 0; round < runs; round++) {
    // Alternate the order too, so no case always runs right after the same neighbour.
    const order = round % 2 ? [...all.keys()].reverse() : [...all.keys()];
    for (const i of order) times[i].push(timeOnce(all[i][1], all[i][2]));
  }
  const floorMs = median(times[0]);
  console.log(`Start-up: median of ${runs} alternating runs, Node ${process.version}, NODE_EXTRA_CA_CERTS unset\n`);
  console.log(`${pad('command', 28)}${lpad('median', 10)}${lpad('ratio', 8)}${lpad('peak RSS', 12)}`);
  all.forEach(([label, args, caseEnv], i) => {
    const ms = median(times[i]);
    const ratio = i === 0 ? '1.00×' : `${(ms / floorMs).toFixed(2)}×`;
    console.log(`${pad(label, 28)}${lpad(`${ms.toFixed(1)} ms`, 10)}${lpad(ratio, 8)}${lpad(mib(peakKiB(process.execPath, args, 'ignore', caseEnv)), 12)}`);
  });
}

/** A big article: the bundled text repeated, each copy told apart so the parser's duplicate filter keeps it. */
function makeBigArticle(bytes) {
  const dataDir = join(root, 'data');
  const texts = readdirSync(dataDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dataDir, f), 'utf8'));
  const path = join(tmpdir(), `article-reader-bench-${bytes}.txt`);
  if (existsSync(path) && statSync(path).size >= bytes) return path;
  const fd = openSync(path, 'w');
  let written = 0;
  for (let copy = 1; written < bytes; copy++) {
    for (const text of texts) {
      const varied = copy === 1 ? text : text.replace(/^(.{40,})$/gm, `$1 (${copy})`);
      written += writeSync(fd, `${varied}\n\n`);
    }
  }
  closeSync(fd);
  return path;
}

function big() {
  const bytes = bigMB * 1e6;
  const file = makeBigArticle(bytes);
  const size = statSync(file).size;
  const node = process.execPath;
  const rows = [
    ['cat', '/bin/cat', [file]],
    ['grep -ci china', 'grep', ['-ci', 'china', file]],
    ['show', node, [bin, 'show', '--file', file]],
    ...(has('search') ? [['search china', node, [bin, 'search', 'china', '--file', file]]] : []),
    ['sections', node, [bin, 'sections', '--file', file]],
    ...(has('quotes') ? [['quotes', node, [bin, 'quotes', '--file', file]]] : []),
  ];
  console.log(`\nBig input: ${(size / 1e6).toFixed(0)} MB (${file}), median of ${bigRuns} runs, output into a pipe\n`);
  console.log(`${pad('command', 28)}${lpad('time', 10)}${lpad('MB/s', 8)}${lpad('peak RSS', 12)}${lpad('× input', 9)}  status`);
  // Output into a pipe, as a reader would: to /dev/null, GNU grep stops at the first match.
  const piped = { env: noCache, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 };
  for (const [label, command, args] of rows) {
    const times = [];
    let status = 0;
    let peak = null;
    for (let i = 0; i < bigRuns; i++) {
      const start = process.hrtime.bigint();
      const r = timeBin
        ? spawnSync(timeBin, ['-f', '%M', command, ...args], piped)
        : spawnSync(command, args, piped);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      status = r.status;
      const stderr = r.stderr.toString();
      if (timeBin) peak = Math.max(peak ?? 0, Number(/(\d+)\s*$/.exec(stderr)?.[1] ?? 0));
      if (r.status !== 0 && r.status !== 1) {
        console.log(`${pad(label, 28)}failed (exit ${r.status}): ${stderr.split('\n')[0]}`);
        break;
      }
    }
    if (status !== 0 && status !== 1) continue;
    if (!timeBin && command === node) peak = peakKiB(command, args);
    const ms = median(times);
    const times_input = peak === null ? 'n/a' : `${((peak * 1024) / size).toFixed(2)}×`;
    console.log(
      `${pad(label, 28)}${lpad(`${(ms / 1000).toFixed(2)} s`, 10)}${lpad((size / 1e6 / (ms / 1000)).toFixed(1), 8)}${lpad(mib(peak), 12)}${lpad(times_input, 9)}  exit ${status}`,
    );
  }
  // Time to the first lines: a reader piping a huge article into `head`.
  const start = process.hrtime.bigint();
  const r = spawnSync('sh', ['-c', `"${node}" "${bin}" show --file "${file}" | head -5`], { env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`\nshow --file <big> | head -5: ${ms.toFixed(0)} ms to exit (${r.stdout.split('\n').length - 1} lines)`);
  if (process.env.BENCH_KEEP !== '1') rmSync(file, { force: true });
}

/**
 * Attribution of a 1 MB article: `quotes --json --file` on the bundled article repeated to 1 MB, median of
 * BENCH_ATTR_RUNS (default 5) runs; beside it `show --file` on the same file, the part that is not attribution
 * (start-up, reading, parsing, output), so that the difference is the engine's.
 */
function attribution1MB() {
  if (!has('quotes')) return;
  const file = makeBigArticle(1e6);
  const attrRuns = Number(process.env.BENCH_ATTR_RUNS ?? 5);
  const medianOf = (args, runEnv = noCache) => {
    timeOnce(args, runEnv); // warm the file cache (and, with it on, fill the attribution cache)
    const times = [];
    for (let i = 0; i < attrRuns; i++) times.push(timeOnce(args, runEnv));
    return median(times);
  };
  const quotes = medianOf([bin, 'quotes', '--json', '--file', file]);
  const show = medianOf([bin, 'show', '--file', file]);
  const cached = medianOf([bin, 'quotes', '--json', '--file', file], env);
  console.log(
    `\nattribution of a 1 MB article: ${quotes.toFixed(0)} ms (quotes --json --file, cache off, median of ${attrRuns}; show --file on it: ${show.toFixed(0)} ms, so the engine ~${(quotes - show).toFixed(0)} ms); answered from the cache: ${cached.toFixed(0)} ms`,
  );
  if (process.env.BENCH_KEEP !== '1') rmSync(file, { force: true });
}

startup();
attribution1MB();
if (bigMB > 0) big();
