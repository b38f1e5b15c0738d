// Bytes → text. Refuses binary data, honours BOMs (UTF-8, UTF-16), and replaces invalid UTF-8 with U+FFFD
// rather than failing: the rest of the article is still worth reading. Pure.

import { ReaderError } from '../errors.js';

export interface Decoded {
  readonly text: string;
  readonly warnings: readonly string[];
}

const BINARY_SIGNATURES: readonly (readonly [string, readonly number[]])[] = [
  ['gzip', [0x1f, 0x8b]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['ELF binary', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export interface Sniffed {
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Bytes of byte-order mark to skip. */
  readonly skip: number;
}

/** The encoding from the first bytes (BOM), or an error when they show binary data. */
export function sniffBinary(bytes: Uint8Array, name: string): Sniffed {
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2 };
  for (const [kind, signature] of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature)) throw new ReaderError(`${name}: looks like ${kind} data, not an article`);
  }
  if (bytes.includes(0)) {
    const utf16 = unmarkedUtf16(bytes);
    if (utf16 !== null)
      throw new ReaderError(
        `${name}: looks like ${utf16.toUpperCase()} text without a byte-order mark; convert it to UTF-8 (iconv -f ${utf16.toUpperCase()} -t UTF-8)`,
      );
    throw new ReaderError(`${name}: contains binary data (NUL bytes), not an article`);
  }
  return { encoding: 'utf-8', skip: startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0 };
}

/**
 * ASCII-heavy UTF-16 without a BOM: a NUL in nearly every other byte of the first kilobyte. Binary data has
 * NULs too, but not in that rhythm.
 */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.9 && evenZero === 0) return 'utf-16le';
  if (evenZero >= pairs * 0.9 && oddZero === 0) return 'utf-16be';
  return null;
}

/**
 * A whole buffer → text. The program reads through the streamed decoder (stream.ts); this is the plain
 * statement of the same rules, which the property tests hold the streamed one to (test/property/stream).
 */
export function decode(bytes: Uint8Array, name: string): Decoded {
  const { encoding, skip } = sniffBinary(bytes, name);
  const body = bytes.subarray(skip);
  try {
    return checked(new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), name, []);
  } catch (err) {
    if (err instanceof ReaderError) throw err;
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    // U+FFFD written in the input itself is text, not a decoding error.
    const literal = encoding === 'utf-8' ? countLiteral(body) : 0;
    const replaced = countReplacements(text) - literal;
    return checked(text, name, [invalidTextWarning(name, encoding, replaced)]);
  }
}

/** The one warning for input that did not decode cleanly; every reader (whole or streamed) words it so. */
export function invalidTextWarning(name: string, encoding: string, replaced: number): string {
  return `${name}: invalid ${encoding.toUpperCase()} (${replaced} replaced with U+FFFD); the rest is shown as it is`;
}

/** U+FFFD characters in decoded text. */
export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** U+FFFD written in the input itself (EF BF BD) is text, not a decoding error: these are subtracted. */
export function countLiteral(bytes: Uint8Array): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let i = buf.indexOf('\ufffd'); i !== -1; i = buf.indexOf('\ufffd', i + 3)) n++;
  return n;
}

function checked(text: string, name: string, warnings: string[]): Decoded {
  if (text.length === 0) throw new ReaderError(`${name}: is empty`);
  if (text.trim().length === 0) throw new ReaderError(`${name}: contains only whitespace`);
  return { text, warnings };
}
