// show renders a huge article as it reads it (commands/show.ts, render/article-stream.ts). What it prints
// must be what the whole-model path prints, but for the header's word count, which streaming cannot know.

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext, CommandOutput } from '../../src/commands/context.js';
import { showCommand, STREAM_AFTER_BYTES } from '../../src/commands/show.js';
import { ReaderError } from '../../src/errors.js';
import { renderHeader } from '../../src/render/article.js';
import { plainTheme, styledTheme } from '../../src/render/theme.js';
import { attributeInput } from '../../src/source/attribute-input.js';
import { loadArticle } from '../../src/source/load.js';
import { chunkedStdin } from '../helpers/chunked-stdin.js';
import { anyArticle, FC, wordedArticle } from '../property/arbitraries.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'article-reader.js');

async function printed(output: CommandOutput): Promise<string> {
  let text = output.text;
  for await (const chunk of output.chunks ?? []) text += chunk;
  return text;
}

/** show on `text` read from stdin, streamed whenever the input is longer than `streamAfter` bytes. */
async function show(text: string, width: number, styled: boolean, numbers: boolean, streamAfter: number, piece: number) {
  const stderr: string[] = [];
  const io = chunkedStdin(Buffer.from(text), piece, stderr);
  const ctx: CommandContext = {
    article: async (from = io) => (await loadArticle('-', from)).article,
    attribution: async () => (await attributeInput('-', io)).attribution,
    render: { width, theme: styled ? styledTheme(1) : plainTheme },
    json: false,
    input: { file: '-', io },
    warn: (message) => void stderr.push(`article-reader: warning: ${message}\n`),
  };
  const output = await showCommand({ numbers }, ctx, streamAfter);
  return { output, text: await printed(output) };
}

const articleText = fc.oneof(anyArticle, wordedArticle.map((a) => a.text));

describe('show, streamed', () => {
  it('when any article is streamed, then the output is the whole-model output without the word count', async () => {
    await fc.assert(
      fc.asyncProperty(articleText, fc.integer({ min: 10, max: 120 }), fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 64 }), async (text, width, styled, numbers, piece) => {
        let whole: Awaited<ReturnType<typeof show>>;
        try {
          whole = await show(text, width, styled, numbers, Number.MAX_SAFE_INTEGER, piece);
        } catch (err) {
          // Empty, blank or binary input is refused either way.
          expect(err).toBeInstanceOf(ReaderError);
          await expect(show(text, width, styled, numbers, 0, piece)).rejects.toBeInstanceOf(ReaderError);
          return;
        }
        const streamed = await show(text, width, styled, numbers, 0, piece);
        expect(whole.output.chunks).toBeUndefined();
        expect(streamed.output.chunks).toBeDefined();
        const { article } = await loadArticle('-', chunkedStdin(Buffer.from(text), 1024, []));
        const ctx = { width, theme: styled ? styledTheme(1) : plainTheme };
        const counted = renderHeader(article, ctx);
        expect(whole.text.startsWith(counted)).toBe(true);
        expect(streamed.text).toBe(renderHeader({ ...article, words: null }, ctx) + whole.text.slice(counted.length));
      }),
      FC,
    );
  });

  it('when the input is no longer than the limit, then it is read whole and the header counts the words', async () => {
    const text = readFileSync(join(root, 'data', readdirSync(join(root, 'data'))[0]!), 'utf8');
    const { output, text: out } = await show(text, 80, false, false, STREAM_AFTER_BYTES, 65536);
    expect(output.chunks).toBeUndefined();
    expect(out.split('\n')[2]).toMatch(/\d+ words$/);
  });
});

describe('show, built, on a huge article', () => {
  const dir = mkdtempSync(join(tmpdir(), 'article-reader-stream-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const big = join(dir, 'big.txt');
  beforeAll(() => {
    const source = readFileSync(join(root, 'data', readdirSync(join(root, 'data'))[0]!), 'utf8');
    const fd = openSync(big, 'w');
    // Each copy told apart, so the parser's duplicate filter keeps it.
    for (let copy = 0, size = 0; size <= STREAM_AFTER_BYTES + 200_000; copy++) size += writeSync(fd, `${source.replace(/^(.{40,})$/gm, `$1 (${copy})`)}\n\n`);
    closeSync(fd);
  });

  it('when piped into head, then the first lines come and it exits quietly', () => {
    expect(existsSync(bin)).toBe(true);
    const r = spawnSync('bash', ['-c', `node "${bin}" show --file "${big}" --width 60 | head -3; exit "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^China concerned over deepening Russia/);
    expect(lines).toHaveLength(4); // three lines and the final newline
  });

  it('when piped through a slow reader or to a file, then all of it arrives and it exits 0', () => {
    const toFile = join(dir, 'out.txt');
    const direct = spawnSync('bash', ['-c', `node "${bin}" show --file "${big}" > "${toFile}"`], { encoding: 'utf8' });
    expect(direct.status).toBe(0);
    // `sleep` first: the pipe fills before anyone reads, so the writer has to wait for it to drain.
    const piped = spawnSync('bash', ['-c', `node "${bin}" show --file "${big}" | (sleep 0.3; cat); exit "\${PIPESTATUS[0]}"`], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    const whole = readFileSync(toFile, 'utf8');
    expect(piped.stdout.length).toBe(whole.length);
    expect(piped.stdout).toBe(whole);
    expect(whole.endsWith('\n')).toBe(true);
    expect(whole.split('\n').slice(0, 5)).toContain('3 min read'); // streamed: no word count in the header
  });
});
