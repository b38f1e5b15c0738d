// The attribution cache, in-process: quotes and speakers answered from a kept entry give exactly what the
// engine gives; an entry is used only for the very bytes it was made from; big input is not held for it.

import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Cache } from '../../src/io.js';
import { CACHE_MAX_BYTES } from '../../src/source/cached-attribution.js';
import { BUNDLED, runCli } from '../helpers/run-cli.js';

const FIXTURES = [
  BUNDLED,
  fileURLToPath(new URL('./fixtures/harbour-quotes.txt', import.meta.url)),
  fileURLToPath(new URL('../fixtures/council.txt', import.meta.url)),
  fileURLToPath(new URL('../fixtures/search-speakers.txt', import.meta.url)),
];
const COMMANDS = [['quotes'], ['quotes', '--json'], ['quotes', '--kind', 'direct'], ['speakers'], ['speakers', '--json']];

/** A cache in memory that counts what it is asked. */
function memoryCache(): Cache & { entries: Map<string, Buffer>; reads: number; writes: number } {
  const entries = new Map<string, Buffer>();
  const cache = {
    folder: '(memory)',
    entries,
    reads: 0,
    writes: 0,
    usage: () => ({ entries: entries.size, bytes: [...entries.values()].reduce((n, e) => n + e.length, 0) }),
    clear() {
      const n = entries.size;
      entries.clear();
      return n;
    },
    read(key: string) {
      cache.reads++;
      return entries.get(key);
    },
    write(key: string, entry: Uint8Array) {
      cache.writes++;
      entries.set(key, Buffer.from(entry));
    },
  };
  return cache;
}

const dir = mkdtempSync(join(tmpdir(), 'article-reader-cache-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the attribution cache', () => {
  it.each(FIXTURES.flatMap((file) => COMMANDS.map((args) => [file.split('/').pop()!, args, file] as const)))(
    'when %s is read again, then `%s` gives what the engine gives',
    async (_, args, file) => {
      const cache = memoryCache();
      const engine = await runCli([...args, '--file', file]);
      const first = await runCli([...args, '--file', file], { cache });
      const second = await runCli([...args, '--file', file], { cache });
      expect(cache.writes).toBe(1); // the first run made the entry, the second only read it
      expect(cache.reads).toBe(2);
      expect(first).toEqual(engine);
      expect(second).toEqual(engine);
    },
  );

  it('when an entry is there, then the command shows what it holds (the engine is not run)', async () => {
    const cache = memoryCache();
    await runCli(['quotes', '--json'], { cache });
    const [key, entry] = [...cache.entries][0]!;
    const newline = entry.indexOf(10);
    const head = JSON.parse(entry.subarray(0, newline).toString());
    head.statements = head.statements.map((s: { text: string }) => ({ ...s, text: `kept: ${s.text}` }));
    cache.entries.set(key, Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), entry.subarray(newline + 1)]));
    const answered = JSON.parse((await runCli(['quotes', '--json'], { cache })).stdout);
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((s: { text: string }) => s.text.startsWith('kept: '))).toBe(true);
  });

  it('when an entry is damaged, then the engine runs and the entry is made again', async () => {
    const cache = memoryCache();
    const engine = await runCli(['quotes', '--json']);
    await runCli(['quotes', '--json'], { cache });
    const [key, entry] = [...cache.entries][0]!;
    for (const damaged of [entry.subarray(0, entry.length - 1), entry.subarray(0, 40), Buffer.from('{"format":1}\n'), Buffer.alloc(0)]) {
      cache.entries.set(key, damaged);
      expect(await runCli(['quotes', '--json'], { cache })).toEqual(engine);
      expect(cache.entries.get(key)).toEqual(entry);
    }
  });

  it('when the input comes on stdin, then it is cached as a file is', async () => {
    const cache = memoryCache();
    const text = readFileSync(FIXTURES[1]!);
    const engine = await runCli(['quotes', '--file', FIXTURES[1]!]);
    expect(await runCli(['quotes', '--file', '-'], { cache, stdin: text })).toEqual(engine);
    expect(await runCli(['quotes', '--file', FIXTURES[1]!], { cache })).toEqual(engine);
    expect(cache.writes).toBe(1);
  });

  it('when the same bytes come under another name, then the warning names the file read now', async () => {
    const cache = memoryCache();
    const first = join(dir, 'first.txt');
    const second = join(dir, 'second.txt');
    const text = readFileSync(FIXTURES[1]!);
    writeFileSync(first, Buffer.concat([text.subarray(0, 200), Buffer.from([0xff, 0xfe]), text.subarray(200)]));
    copyFileSync(first, second);
    const miss = await runCli(['speakers', '--file', first], { cache });
    const hit = await runCli(['speakers', '--file', second], { cache });
    expect(cache.writes).toBe(1);
    expect(miss.stderr).toMatch(/first\.txt'?: invalid UTF-8 \(2 replaced/);
    expect(hit.stderr).toBe(miss.stderr.replace('first.txt', 'second.txt'));
    expect(hit.stdout).toBe(miss.stdout);
  });

  it('when the input is larger than the cache takes, then it is attributed as before and not kept', async () => {
    const cache = memoryCache();
    const paragraph = 'The harbour board met on Tuesday to discuss the new pier and its lights.\n\n';
    const big = join(dir, 'big.txt');
    // Each paragraph told apart, or the repeat filter would drop them.
    const count = Math.ceil(CACHE_MAX_BYTES / paragraph.length) + 10;
    const paragraphs = Array.from({ length: count }, (_, i) => paragraph.replace('Tuesday', `Tuesday ${i}`));
    writeFileSync(big, `Harbour news\n\n“We will build it,” said Mayor Ann Lee.\n\n${paragraphs.join('')}`);
    const engine = await runCli(['speakers', '--json', '--file', big]);
    expect(await runCli(['speakers', '--json', '--file', big], { cache })).toEqual(engine);
    expect(JSON.parse(engine.stdout).map((s: { name: string }) => s.name)).toEqual(['Ann Lee']);
    expect(cache.reads + cache.writes).toBe(0);
  }, 120_000);
});
