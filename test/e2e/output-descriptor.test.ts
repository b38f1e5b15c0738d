// Standard output written straight to its descriptor (src/descriptor-output.ts): a pipe, a socket or a file gets every
// byte the stream would have given, in order; a pipe left non-blocking by whoever gave it to us, full while
// its reader is away, is handed over to Node's stream at its first "try again", and nothing is lost.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_ENV } from '../helpers/child-env.js';

const BIN = fileURLToPath(new URL('../../bin/article-reader.js', import.meta.url));
const DATA = fileURLToPath(new URL('../../data/000_50228d307d1f6aaf.txt', import.meta.url));

let dir = '';
let article = '';
/** What `show --file` prints for the article, written through a plain pipe. */
let expected = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'article-reader-output-'));
  article = join(dir, 'long.txt');
  // ~1 MB of output: far more than a pipe or a socket holds while nobody reads it.
  const text = readFileSync(DATA, 'utf8');
  writeFileSync(article, Array.from({ length: 200 }, (_, k) => text.replace(/^(.{40,})$/gm, `$1 (${k})`)).join('\n\n'));
  const r = spawnSync(process.execPath, [BIN, 'show', '--file', article], { env: CHILD_ENV, encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(r.status).toBe(0);
  expected = r.stdout;
  expect(expected.length).toBeGreaterThan(500_000);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('standard output written to its descriptor', () => {
  it('when it is a file, then the file holds the same bytes', () => {
    const out = join(dir, 'out.txt');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" show --file "${article}" > "${out}"`], { env: CHILD_ENV, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  it('when it is a non-blocking pipe whose reader waits, then the rest goes through the stream and nothing is lost', async () => {
    // python3 sets O_NONBLOCK on the descriptor it hands to node (a flag of the open file, kept across exec).
    const nonBlocking = `import fcntl, os, sys
fcntl.fcntl(1, fcntl.F_SETFL, fcntl.fcntl(1, fcntl.F_GETFL) | os.O_NONBLOCK)
os.execv(sys.argv[1], sys.argv[1:])`;
    const child = spawn('python3', ['-c', nonBlocking, process.execPath, BIN, 'show', '--file', article], { env: CHILD_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pause();
    // Away long enough for the pipe to fill and the writer to be told to try again.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const chunks: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => errors.push(c));
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(Buffer.concat(errors).toString()).toBe('');
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
  });

  it('when it is closed, then the error is the stream\'s, not a crash', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" sections >&-`], { env: CHILD_ENV, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/at .*\(|TypeError|internal error/);
  });
});
