// Bytes arriving in chunks → decoded text → blocks, without holding the whole input. Used where the
// input may be huge (search, show | head); the same checks as decode.ts, applied as the bytes arrive.

import { TextDecoder } from 'node:util';
import { ReaderError } from '../errors.js';
import type { Block } from '../parse/blocks.js';
import { sniffBinary } from './decode.js';

export interface StreamReport {
  /** Invalid UTF-8 sequences replaced so far. */
  invalid: number;
}

/** Decodes chunks as UTF-8 (or UTF-16 by BOM); binary input is refused at the first sign of it. */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array | string>,
  name: string,
  report: StreamReport = { invalid: 0 },
): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let sawText = false;
  for await (const raw of chunks) {
    const bytes = typeof raw === 'string' ? Buffer.from(raw) : raw;
    if (decoder === null) {
      const { encoding, skip } = sniffBinary(bytes, name);
      decoder = new TextDecoder(encoding, { ignoreBOM: true });
      const text = decoder.decode(bytes.subarray(skip), { stream: true });
      yield* emit(text, decoder.encoding, bytes.subarray(skip));
    } else {
      if (decoder.encoding === 'utf-8' && bytes.includes(0))
        throw new ReaderError(`${name}: contains binary data (NUL bytes), not an article`);
      yield* emit(decoder.decode(bytes, { stream: true }), decoder.encoding, bytes);
    }
  }
  if (decoder === null) throw new ReaderError(`${name}: is empty`);
  yield* emit(decoder.decode(), decoder.encoding, new Uint8Array());
  if (!sawText) throw new ReaderError(`${name}: contains only whitespace`);

  function* emit(text: string, encoding: string, bytes: Uint8Array): Generator<string> {
    if (text === '') return;
    if (!sawText && /\S/.test(text)) sawText = true;
    if (encoding === 'utf-8' && text.includes('\ufffd')) report.invalid += countReplacements(text) - countLiteralReplacements(bytes);
    yield text;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** U+FFFD written in the input itself (EF BF BD) is text, not a decoding error. */
function countLiteralReplacements(bytes: Uint8Array): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let i = buf.indexOf('\ufffd'); i !== -1; i = buf.indexOf('\ufffd', i + 3)) n++;
  return n;
}

/** Text chunks → blocks of trimmed lines, as splitBlocks does for a whole string. CR, LF and CRLF all end a line. */
export async function* blocksFromChunks(text: AsyncIterable<string>): AsyncGenerator<Block> {
  let carry = '';
  let lines: string[] = [];
  function* take(line: string): Generator<Block> {
    const trimmed = line.replace(/^[\s\u00a0\u200b\ufeff]+|[\s\u00a0\u200b\ufeff]+$/gu, '');
    if (trimmed !== '') lines.push(trimmed);
    else if (lines.length > 0) {
      yield { lines };
      lines = [];
    }
  }
  for await (const chunk of text) {
    carry += chunk;
    // A CR at the very end may be the first half of a CRLF: keep it until the next chunk.
    const cut = carry.endsWith('\r') ? carry.length - 1 : carry.length;
    const parts = carry.slice(0, cut).split(/\r\n|\r|\n/);
    carry = (parts.pop() ?? '') + carry.slice(cut);
    for (const line of parts) yield* take(line);
  }
  for (const line of carry.split(/\r\n|\r|\n/)) yield* take(line);
  if (lines.length > 0) yield { lines };
}
