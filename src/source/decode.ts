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

export function decode(bytes: Uint8Array, name: string): Decoded {
  if (startsWith(bytes, [0xff, 0xfe])) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), name, []);
  if (startsWith(bytes, [0xfe, 0xff])) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), name, []);
  for (const [kind, signature] of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature)) throw new ReaderError(`${name}: looks like ${kind} data, not an article`);
  }
  if (bytes.includes(0)) throw new ReaderError(`${name}: contains binary data (NUL bytes), not an article`);
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
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
