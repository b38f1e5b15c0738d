// Where the attribution cache lives and how it keeps its folder: chosen from the environment, written whole,
// pruned to the most recently used, and silent when the disk says no.

import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFolder, openCache } from '../src/cache-folder.js';

const dir = mkdtempSync(join(tmpdir(), 'article-reader-folder-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let made = 0;
const fresh = (): string => join(dir, `c${made++}`);

describe('the cache folder', () => {
  it.each([
    [{ HOME: '/home/ann' }, '/home/ann/.cache/article-reader'],
    [{ HOME: '/home/ann', XDG_CACHE_HOME: '/var/cache/ann' }, '/var/cache/ann/article-reader'],
    [{ HOME: '/home/ann', XDG_CACHE_HOME: 'relative/cache' }, '/home/ann/.cache/article-reader'], // the XDG spec: ignore a relative path
    [{ HOME: '/home/ann', XDG_CACHE_HOME: '' }, '/home/ann/.cache/article-reader'],
    [{ LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, join('C:\\Users\\ann\\AppData\\Local', 'article-reader')],
    [{ HOME: '/home/ann', ARTICLE_READER_CACHE: '/tmp/mine' }, '/tmp/mine'],
    [{ HOME: '/home/ann', ARTICLE_READER_CACHE: '' }, '/home/ann/.cache/article-reader'],
    [{ HOME: '/home/ann', ARTICLE_READER_CACHE: 'off' }, null],
    [{ HOME: '/home/ann', ARTICLE_READER_CACHE: 'OFF' }, null],
    [{ HOME: '/home/ann', ARTICLE_READER_CACHE: '0' }, null],
    [{ HOME: '/home/ann', ARTICLE_READER_CACHE: 'false' }, null],
    [{ HOME: '/home/ann', ARTICLE_READER_CACHE: 'no' }, null],
    [{}, null],
  ])('when the environment is %j, then it is %s', (env, folder) => {
    expect(cacheFolder(env)).toBe(folder);
  });

  it('when an entry is written, then it reads back whole, only in its namespace, and only its owner may read it', () => {
    const folder = fresh();
    const cache = openCache(folder, 'build1');
    expect(cache.read('k')).toBeUndefined();
    cache.write('k', Buffer.from('entry'));
    expect(cache.read('k')?.toString()).toBe('entry');
    expect(openCache(folder, 'build2').read('k')).toBeUndefined();
    expect(readdirSync(folder)).toEqual(['k.build1.entry']); // no temporary file left
    expect(statSync(join(folder, 'k.build1.entry')).mode & 0o777).toBe(0o600);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
  });

  it('when more than 32 entries are written, then the least recently used go', () => {
    const folder = fresh();
    const cache = openCache(folder, 'b');
    for (let i = 0; i < 40; i++) {
      cache.write(`k${i}`, Buffer.from(`entry ${i}`));
      const when = new Date(Date.UTC(2026, 0, 1, 0, i)); // one minute apart, oldest first
      utimesSync(join(folder, `k${i}.b.entry`), when, when);
      if (i === 20) cache.read('k0'); // read now (a later date than any other): the most recently used
    }
    const kept = readdirSync(folder);
    expect(kept).toHaveLength(32);
    expect(kept).toContain('k0.b.entry');
    expect(kept).toContain('k39.b.entry');
    expect(kept).not.toContain('k1.b.entry');
  });

  it('when the entries pass 64 MiB together, then the oldest go, but never the one just written', () => {
    const folder = fresh();
    const cache = openCache(folder, 'b');
    const big = Buffer.alloc(30 * 1024 * 1024, 0x61);
    for (let i = 0; i < 3; i++) {
      cache.write(`k${i}`, big);
      const when = new Date(Date.UTC(2026, 0, 1, 0, i));
      utimesSync(join(folder, `k${i}.b.entry`), when, when);
    }
    expect(readdirSync(folder).sort()).toEqual(['k1.b.entry', 'k2.b.entry']);
    cache.write('huge', Buffer.alloc(70 * 1024 * 1024));
    expect(readdirSync(folder)).toEqual(['huge.b.entry']);
  });

  it('when asked what it holds, or to clear, then it counts and removes its entries only', () => {
    const folder = fresh();
    const cache = openCache(folder, 'b');
    expect(cache.usage()).toEqual({ entries: 0, bytes: 0 }); // no folder yet
    expect(cache.clear()).toBe(0);
    cache.write('k1', Buffer.from('12345'));
    openCache(folder, 'other-build').write('k2', Buffer.from('123'));
    writeFileSync(join(folder, 'k3.b.entry.x7.tmp'), 'half'); // a run stopped before its rename
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    expect(cache.usage()).toEqual({ entries: 2, bytes: 8 });
    expect(cache.clear()).toBe(2);
    expect(readdirSync(folder)).toEqual(['notes.txt']);
    expect(cache.usage()).toEqual({ entries: 0, bytes: 0 });
  });

  it('when the folder cannot be made or written, then nothing fails and nothing is kept', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const underFile = openCache(join(file, 'cache'), 'b');
    expect(() => underFile.write('k', Buffer.from('x'))).not.toThrow();
    expect(underFile.read('k')).toBeUndefined();
    const folder = fresh();
    openCache(folder, 'b').write('k', Buffer.from('x'));
    chmodSync(folder, 0o500);
    try {
      const readOnly = openCache(folder, 'b');
      expect(() => readOnly.write('k2', Buffer.from('y'))).not.toThrow();
      expect(existsSync(join(folder, 'k2.b.entry'))).toBe(process.getuid?.() === 0); // root writes anyway
    } finally {
      chmodSync(folder, 0o700);
    }
  });
});
