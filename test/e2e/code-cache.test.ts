// The bin compiles dist/main.js with V8's code cache (dist/main.js.cache, made by `npm run build`) and falls
// back to a normal compile when the cache is missing, damaged, refused or older than the bundle. Whichever
// way it loads, the output must be the same. Each case runs in a copy of bin/, dist/ and data/ in the temp
// folder, so the real dist/ is never touched. Not timed: only that every path works.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CHILD_ENV } from '../helpers/child-env.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENV = CHILD_ENV;
const COMMANDS = [['show'], ['sections'], ['search', 'china'], ['quotes', '--speaker', 'Campbell'], ['--help'], ['show', '--file', '/no/such/file']];

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the installed program; `damage` then changes the code cache of one of its bundles (main.js by default). */
function copy(damage: (cache: string, main: string) => void = () => {}, bundle: 'main' | 'attribution' = 'main'): string {
  const dir = mkdtempSync(join(tmpdir(), 'article-reader-cache-'));
  dirs.push(dir);
  for (const part of ['bin', 'dist', 'data']) cpSync(join(ROOT, part), join(dir, part), { recursive: true, preserveTimestamps: true });
  // The cache is V8's for one Node version: made again here by the Node running the tests (the suite also runs
  // under Node 24, where a cache the install made under Node 20 is rightly refused).
  cpSync(join(ROOT, 'scripts', 'code-cache.mjs'), join(dir, 'scripts', 'code-cache.mjs'));
  const made = spawnSync(process.execPath, [join(dir, 'scripts', 'code-cache.mjs')], { env: ENV, encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`code-cache.mjs failed: ${made.stderr}`);
  damage(join(dir, 'dist', `${bundle}.js.cache`), join(dir, 'dist', `${bundle}.js`));
  return dir;
}

function outputs(dir: string) {
  return COMMANDS.map((args) => {
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'article-reader.js'), ...args], { env: ENV, encoding: 'utf8' });
    return { args, code: r.status, stdout: r.stdout, stderr: r.stderr };
  });
}

/** What V8 made of the cache: true refused, false used, undefined when there was none to give it. */
function cacheRejected(dir: string): boolean | undefined {
  const r = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(join(dir, 'bin', 'article-reader.js'))}).cacheRejected))`], {
    env: ENV,
    encoding: 'utf8',
  });
  return r.stdout === 'undefined' ? undefined : r.stdout === 'true';
}

describe('the code-cached loader', () => {
  const intact = copy();
  const expected = outputs(intact);

  it('when the cache is there, then V8 takes it and the commands run', () => {
    expect(cacheRejected(intact)).toBe(false);
    expect(expected.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 2]);
    expect(expected[0]!.stdout).toMatch(/^China concerned over deepening/);
    expect(expected[3]!.stdout).toContain('Campbell');
    expect(expected[5]!.stderr).toMatch(/^article-reader: .*no such file/);
  });

  it.each([
    ['missing', (cache: string) => unlinkSync(cache), undefined],
    ['garbage', (cache: string) => writeFileSync(cache, Buffer.from('not a V8 code cache '.repeat(500))), true],
    ['empty', (cache: string) => writeFileSync(cache, ''), true],
    ['older than dist/main.js', (cache: string) => utimesSync(cache, new Date(0), new Date(0)), undefined],
  ] as const)('when the cache is %s, then the output is the same', (_, damage, rejected) => {
    const dir = copy(damage);
    expect(cacheRejected(dir)).toBe(rejected);
    expect(outputs(dir)).toEqual(expected);
  });

  it('when quotes runs, then V8 takes the attribution bundle’s cache too, made under the flags quotes runs with', () => {
    const bin = join(intact, 'bin', 'article-reader.js');
    const script = `process.argv = [process.argv[0], 'article-reader', 'quotes', '--speaker', 'Campbell'];
      const b = require(${JSON.stringify(bin)});
      b.main(b.bundledArticle).then(() => require('node:fs').writeSync(2, String(b.loaded.get('attribution').script.cachedDataRejected)));`;
    const r = spawnSync(process.execPath, ['-e', script], { env: ENV, encoding: 'utf8' });
    expect(r.stdout).toContain('Kurt Campbell');
    expect(r.stderr).toBe('false');
  });

  it.each([
    ['missing', (cache: string) => unlinkSync(cache)],
    ['garbage', (cache: string) => writeFileSync(cache, Buffer.from('not a V8 code cache '.repeat(500)))],
    ['older than dist/attribution.js', (cache: string) => utimesSync(cache, new Date(0), new Date(0))],
  ] as const)('when the attribution bundle’s cache is %s, then the output is the same', (_, damage) => {
    expect(outputs(copy(damage, 'attribution'))).toEqual(expected);
  });

  it('when a stack trace passes through the bundle, then it names dist/main.js at the right line and column', () => {
    // The wrapper is on a line of its own (lineOffset -1), so positions are dist/main.js's own. (Node 20's V8
    // keeps the directory the cache was made in, the build's: only the name and position are checked.)
    const bin = join(intact, 'bin', 'article-reader.js');
    // (Standard output, a pipe here, is written with fs.writeSync: the first write to it shows the stack.)
    const script = `const fs = require('node:fs'); const writeSync = fs.writeSync;
      fs.writeSync = (fd, ...rest) => { if (fd !== 1) return writeSync(fd, ...rest); writeSync(2, new Error('x').stack); process.exit(0); };
      process.argv = [process.argv[0], 'article-reader', 'sections'];
      const { main, bundledArticle } = require(${JSON.stringify(bin)}); main(bundledArticle);`;
    const r = spawnSync(process.execPath, ['-e', script], { env: ENV, encoding: 'utf8' });
    const frames = [...r.stderr.matchAll(/[/\\]dist[/\\]main\.js:(\d+):(\d+)\)?$/gm)];
    expect(frames.length).toBeGreaterThan(2);
    const lines = readFileSync(join(ROOT, 'dist', 'main.js'), 'utf8').split('\n');
    const at = frames.map(([, line, column]) => lines[Number(line) - 1]!.slice(Number(column) - 1));
    // Each frame points at a call (or the await of one); the command's own write of its output is one of them.
    for (const text of at) expect(text).toMatch(/^(?:await |new )?(?:[\w$.]+)?\(/);
    expect(at.some((text) => /^write\(/.test(text))).toBe(true);
  });
});
