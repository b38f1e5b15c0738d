// The streaming source (huge input, search) must read exactly what the whole-file source reads, however
// the bytes are cut into chunks: through a UTF-8 character, a CRLF, a BOM, a UTF-16 code unit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReaderError } from '../../src/errors.js';
import { splitBlocks, type Block } from '../../src/parse/blocks.js';
import { decode } from '../../src/source/decode.js';
import { blocksFromChunks, decodeChunks, type StreamReport } from '../../src/source/stream.js';
import { FC, anyArticle } from './arbitraries.js';

/**
 * Article bytes: UTF-8 (maybe with a BOM, stray invalid bytes and U+FFFD written in the text, which is no
 * decoding error) or UTF-16 with a BOM.
 */
const articleBytes = fc
  .tuple(
    anyArticle,
    fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom([0xff], [0xc3], [0xe2], [0x80], [0xbf], [0xed], [0xef, 0xbf, 0xbd])), { maxLength: 4 }),
  )
  .map(([text, encoding, invalid]) => {
    if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    if (encoding === 'utf-16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    const bytes = [...Buffer.from(text)];
    for (const [at, inserted] of invalid) bytes.splice(bytes.length === 0 ? 0 : at % bytes.length, 0, ...inserted);
    return Buffer.concat([Buffer.from(encoding === 'utf-8-bom' ? [0xef, 0xbb, 0xbf] : []), Buffer.from(bytes)]);
  });

function cut(bytes: Buffer, at: readonly number[]): Buffer[] {
  const points = [...new Set(at.map((n) => n % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    chunks.push(bytes.subarray(from, p));
    from = p;
  }
  chunks.push(bytes.subarray(from));
  return chunks.filter((c) => c.length > 0);
}

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

async function streamed(chunks: readonly Buffer[]): Promise<{ blocks: Block[]; invalid: number } | ReaderError> {
  const report: StreamReport = { invalid: 0 };
  const blocks: Block[] = [];
  try {
    for await (const batch of blocksFromChunks(decodeChunks(each(chunks), 'in', report))) blocks.push(...batch);
  } catch (err) {
    if (err instanceof ReaderError) return err;
    throw err;
  }
  return { blocks, invalid: report.invalid };
}

function whole(bytes: Buffer): { blocks: Block[]; invalid: number } | ReaderError {
  try {
    const { text, warnings } = decode(bytes, 'in');
    const invalid = Number(/\((\d+) replaced/.exec(warnings[0] ?? '')?.[1] ?? 0);
    return { blocks: splitBlocks(text), invalid };
  } catch (err) {
    if (err instanceof ReaderError) return err;
    throw err;
  }
}

describe('the streaming source', () => {
  it('when bytes arrive cut anywhere, then the blocks, refusals and invalid-byte count are those of the whole file', async () => {
    await fc.assert(
      fc.asyncProperty(articleBytes, fc.array(fc.nat(), { maxLength: 8 }), async (bytes, at) => {
        const expected = whole(bytes);
        const got = await streamed(cut(bytes, at));
        if (expected instanceof ReaderError) {
          expect(got).toBeInstanceOf(ReaderError);
          // Binary data may be noticed in a later chunk with a plainer message; emptiness is the same.
          if (!/binary|UTF-16.*without/.test(expected.message)) expect((got as ReaderError).message).toBe(expected.message);
          return;
        }
        expect(got).toEqual(expected);
      }),
      FC,
    );
  });
});
