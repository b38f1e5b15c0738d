// The attribution cache in the built program: a run answered from it prints byte for byte what the engine
// prints, in its own folder or the platform's, and a cache that cannot be used changes nothing.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CHILD_ENV } from '../helpers/child-env.js';

const BIN = fileURLToPath(new URL('../../bin/article-reader.js', import.meta.url));
const HARBOUR = fileURLToPath(new URL('../attribution/fixtures/harbour-quotes.txt', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'article-reader-e2e-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let made = 0;
const fresh = (): string => join(dir, `c${made++}`);

function run(args: string[], env: Record<string, string>, input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...CHILD_ENV, ...env }, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the attribution cache of the built program', () => {
  it.each([[['quotes', '--speaker', 'Campbell']], [['quotes', '--json']], [['speakers']], [['quotes', '--file', HARBOUR, '--kind', 'mixed']]])(
    'when `%s` runs again, then it prints what the engine printed, from one entry',
    (args) => {
      const folder = fresh();
      const engine = run(args, { ARTICLE_READER_CACHE: 'off' });
      expect(engine.code).toBe(0);
      expect(run(args, { ARTICLE_READER_CACHE: folder })).toEqual(engine);
      expect(readdirSync(folder)).toHaveLength(1);
      expect(run(args, { ARTICLE_READER_CACHE: folder })).toEqual(engine);
      expect(readdirSync(folder)).toHaveLength(1);
    },
  );

  it('when no folder is named, then the entry goes to $XDG_CACHE_HOME, else ~/.cache, and `off` keeps none', () => {
    const home = fresh();
    const xdg = fresh();
    run(['speakers'], { HOME: home, XDG_CACHE_HOME: xdg, ARTICLE_READER_CACHE: '' }); // empty: as if unset
    expect(readdirSync(join(xdg, 'article-reader'))).toHaveLength(1);
    run(['speakers'], { HOME: home, ARTICLE_READER_CACHE: '' });
    expect(readdirSync(join(home, '.cache', 'article-reader'))).toHaveLength(1);
    const other = fresh();
    run(['speakers'], { HOME: other, ARTICLE_READER_CACHE: 'off' });
    expect(existsSync(other)).toBe(false);
  });

  it('when the cache folder cannot be made, or its entry is damaged, then the output is the same and nothing is said', () => {
    const engine = run(['speakers', '--json'], {});
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    expect(run(['speakers', '--json'], { ARTICLE_READER_CACHE: join(file, 'cache') })).toEqual(engine);
    const folder = fresh();
    run(['speakers', '--json'], { ARTICLE_READER_CACHE: folder });
    const [name] = readdirSync(folder);
    const size = statSync(join(folder, name!)).size;
    writeFileSync(join(folder, name!), 'damaged');
    expect(run(['speakers', '--json'], { ARTICLE_READER_CACHE: folder })).toEqual(engine);
    expect(statSync(join(folder, name!)).size).toBe(size); // made again
  });

  it('when the input is bad, then the cache changes neither the one-line error nor the exit status', () => {
    const folder = fresh();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const image = join(dir, 'image.png');
    writeFileSync(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    for (const file of [dir, join(dir, 'missing.txt'), empty, image]) {
      const engine = run(['quotes', '--file', file], { ARTICLE_READER_CACHE: 'off' });
      expect(engine.code).toBe(2);
      expect(engine.stderr).toMatch(/^article-reader: [^\n]+\n$/);
      expect(run(['quotes', '--file', file], { ARTICLE_READER_CACHE: folder })).toEqual(engine);
      expect(run(['quotes', '--file', file], { ARTICLE_READER_CACHE: folder })).toEqual(engine);
    }
  });

  it('when `cache` is asked, then it names the folder and counts what quotes and speakers kept; --clear empties it', () => {
    const folder = fresh();
    const env = { ARTICLE_READER_CACHE: folder };
    expect(run(['cache'], env)).toEqual({ code: 0, stdout: `attribution cache: ${folder}\n0 entries, 0 B\n`, stderr: '' });
    run(['speakers'], env);
    run(['quotes', '--file', HARBOUR], env);
    const report = JSON.parse(run(['cache', '--json'], env).stdout);
    expect(report).toEqual({ folder, entries: 2, bytes: readdirSync(folder).reduce((n, f) => n + statSync(join(folder, f)).size, 0) });
    expect(run(['cache'], env).stdout).toMatch(new RegExp(`^attribution cache: ${folder}\n2 entries, \\d+\\.\\d KiB\n$`));
    writeFileSync(join(folder, 'notes.txt'), 'mine'); // not an entry: left alone
    const cleared = run(['cache', '--clear', '--json'], env);
    expect(JSON.parse(cleared.stdout)).toEqual({ folder, entries: 0, bytes: 0, removed: 2 });
    expect(readdirSync(folder)).toEqual(['notes.txt']);
    expect(run(['cache', '--clear'], env).stdout).toBe(`removed 0 entries\nattribution cache: ${folder}\n0 entries, 0 B\n`);
  });

  it('when the cache is off, then `cache` says so, and --clear removes nothing', () => {
    expect(run(['cache'], { ARTICLE_READER_CACHE: 'off' })).toEqual({ code: 0, stdout: 'attribution cache: off\n', stderr: '' });
    expect(JSON.parse(run(['cache', '--clear', '--json'], { ARTICLE_READER_CACHE: 'off' }).stdout)).toEqual({ folder: null, entries: 0, bytes: 0, removed: 0 });
  });

  it('when the article comes on stdin, then it is cached too, and a file with the same bytes finds its entry', () => {
    const folder = fresh();
    const engine = run(['quotes', '--file', HARBOUR], { ARTICLE_READER_CACHE: 'off' });
    const text = spawnSync('cat', [HARBOUR], { encoding: 'utf8' }).stdout;
    expect(run(['quotes', '--file', '-'], { ARTICLE_READER_CACHE: folder }, text)).toEqual(engine);
    expect(run(['quotes', '--file', HARBOUR], { ARTICLE_READER_CACHE: folder })).toEqual(engine);
    expect(readdirSync(folder)).toHaveLength(1);
  });
});
