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
  if (bytes.includes(0)) throw new ReaderError(`${name}: contains binary data (NUL bytes), not an article`);
  return { encoding: 'utf-8', skip: startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0 };
}

export function decode(bytes: Uint8Array, name: string): Decoded {
  const { encoding, skip } = sniffBinary(bytes, name);
  const body = bytes.subarray(skip);
  if (encoding !== 'utf-8') return checked(new TextDecoder(encoding, { ignoreBOM: true }).decode(body), name, []);
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(body), name, []);
  } catch {
    const text = new TextDecoder('utf-8').decode(body);
    const replaced = (text.match(/\ufffd/g) ?? []).length;
    return checked(text, name, [`${name}: invalid UTF-8 (${replaced} replaced with U+FFFD)`]);
  }
}

function checked(text: string, name: string, warnings: string[]): Decoded {
  if (text.length === 0) throw new ReaderError(`${name}: is empty`);
  if (text.trim().length === 0) throw new ReaderError(`${name}: contains only whitespace`);
  return { text, warnings };
}
