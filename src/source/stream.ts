// Bytes arriving in chunks → decoded text → blocks, without holding the whole input. Used where the
// input may be huge (search, show | head); the same checks as decode.ts, applied as the bytes arrive.

import { TextDecoder } from 'node:util';
import { ReaderError } from '../errors.js';
import { detach, trimLine, type Block } from '../parse/blocks.js';
import { countLiteral, countReplacements, sniffBinary } from './decode.js';

export interface StreamReport {
  /** Invalid UTF-8 sequences replaced so far. */
  invalid: number;
}

/** Bytes enough to know the encoding (a BOM, a file signature, UTF-16's rhythm of NULs) before decoding. */
const SNIFF_BYTES = 1024;

/** Decodes chunks as UTF-8 (or UTF-16 by BOM); binary input is refused at the first sign of it. */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array | string>,
  name: string,
  report: StreamReport = { invalid: 0 },
): AsyncGenerator<string> {
  let decoder = null as TextDecoder | null; // set by start(), which the compiler cannot follow
  // The first bytes are held until there are enough to sniff: a chunk may end inside a BOM.
  let head: Uint8Array = new Uint8Array();
  // The last two bytes of the previous chunk, so a literal U+FFFD cut by a chunk boundary is still seen.
  let tail: Uint8Array = new Uint8Array();
  let sawAny = false; // any character at all (a BOM alone is empty, as decode.ts says)
  let sawText = false;
  for await (const raw of chunks) {
    const bytes = typeof raw === 'string' ? Buffer.from(raw) : raw;
    if (decoder === null) {
      head = head.length === 0 ? bytes : Buffer.concat([head, bytes]);
      if (head.length >= SNIFF_BYTES) yield* start();
      continue;
    }
    if (decoder.encoding === 'utf-8' && bytes.includes(0))
      throw new ReaderError(`${name}: contains binary data (NUL bytes), not an article`);
    yield* emit(decoder.decode(bytes, { stream: true }), bytes);
  }
  if (decoder === null) {
    if (head.length === 0) throw new ReaderError(`${name}: is empty`);
    yield* start();
  }
  yield* emit(decoder!.decode(), new Uint8Array());
  if (!sawAny) throw new ReaderError(`${name}: is empty`);
  if (!sawText) throw new ReaderError(`${name}: contains only whitespace`);

  function* start(): Generator<string> {
    const { encoding, skip } = sniffBinary(head, name);
    decoder = new TextDecoder(encoding, { ignoreBOM: true });
    yield* emit(decoder.decode(head.subarray(skip), { stream: true }), head.subarray(skip));
  }

  function* emit(text: string, bytes: Uint8Array): Generator<string> {
    if (decoder!.encoding === 'utf-8') {
      // Replacements in the text, less the U+FFFD written in the input whose last byte came in this chunk.
      const joined = Buffer.concat([tail, bytes]);
      tail = joined.subarray(Math.max(0, joined.length - 2));
      if (text.includes('\ufffd')) report.invalid += countReplacements(text);
      report.invalid -= countLiteral(joined);
    }
    if (text === '') return;
    sawAny = true;
    if (!sawText && /\S/.test(text)) sawText = true;
    yield text;
  }
}

/**
 * Text chunks → blocks of trimmed lines, as splitBlocks does for a whole string. CR, LF and CRLF all end a
 * line. The blocks a chunk completes come as one array: an asynchronous step costs more than a block's parsing.
 */
export async function* blocksFromChunks(text: AsyncIterable<string>): AsyncGenerator<Block[]> {
  let carry = '';
  let lines: string[] = [];
  /** Adds lines to the open block; returns the blocks they closed (a plain loop: this runs on every line). */
  const take = (parts: readonly string[]): Block[] => {
    const closed: Block[] = [];
    for (const line of parts) {
      const trimmed = trimLine(line);
      if (trimmed !== '') lines.push(detach(trimmed));
      else if (lines.length > 0) {
        closed.push({ lines });
        lines = [];
      }
    }
    return closed;
  };
  for await (const chunk of text) {
    carry += chunk;
    // A CR at the very end may be the first half of a CRLF: keep it until the next chunk.
    const cut = carry.endsWith('\r') ? carry.length - 1 : carry.length;
    const parts = carry.slice(0, cut).split(/\r\n|\r|\n/);
    carry = (parts.pop() ?? '') + carry.slice(cut);
    const closed = take(parts);
    if (closed.length > 0) yield closed;
  }
  const closed = take(carry.split(/\r\n|\r|\n/));
  if (lines.length > 0) closed.push({ lines });
  if (closed.length > 0) yield closed;
}
