// An article's attribution as kept between runs (cached-attribution.ts): the result, then the very bytes it
// was made from. An entry is used only for input equal to those bytes, byte for byte, so the key's hash need
// only spread entries, never vouch for them: two articles with one key cannot be mistaken for each other.
//
// Layout: one line of JSON ({format, invalid, statements, speakers}; JSON.stringify writes no raw newline), a
// newline, then the input's bytes.

import type { Attribution } from '../attribution/engine.js';
import type { Speaker, Statement } from '../model/statement.js';

/** Bumped when the layout changes; the build's id (in the entry's file name) covers changes of the engine. */
const FORMAT = 1;

export interface CachedAttribution {
  readonly attribution: Attribution;
  /** Undecodable sequences the input had (its warning is worded with the name it is read under now). */
  readonly invalid: number;
}

/**
 * The key an input's entry is filed under: a 53-bit hash of its bytes (cyrb53: two multiply-xor lanes, a few
 * ns a byte, where node:crypto costs ~3 ms of start-up to load) and their length.
 */
export function entryKey(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${hash.toString(36)}-${bytes.length.toString(36)}`;
}

export function encodeEntry(cached: CachedAttribution, bytes: Uint8Array): Buffer {
  const { statements, speakers } = cached.attribution;
  const head = JSON.stringify({ format: FORMAT, invalid: cached.invalid, statements, speakers });
  return Buffer.concat([Buffer.from(`${head}\n`), bytes]);
}

/** The attribution an entry holds for exactly these bytes; null for any other input or a damaged entry. */
export function decodeEntry(entry: Uint8Array, bytes: Uint8Array): CachedAttribution | null {
  const newline = entry.indexOf(10);
  if (newline === -1 || entry.length - newline - 1 !== bytes.length) return null;
  if (Buffer.compare(entry.subarray(newline + 1), bytes) !== 0) return null;
  let head: unknown;
  try {
    head = JSON.parse(Buffer.from(entry.buffer, entry.byteOffset, newline).toString('utf8'));
  } catch {
    return null;
  }
  if (!isHead(head)) return null;
  return { attribution: { statements: head.statements, speakers: head.speakers }, invalid: head.invalid };
}

interface Head {
  format: number;
  invalid: number;
  statements: Statement[];
  speakers: Speaker[];
}

/** The shape the renderers rely on, checked: a truncated or hand-edited file is recomputed, not crashed on. */
function isHead(head: unknown): head is Head {
  if (typeof head !== 'object' || head === null) return false;
  const h = head as Partial<Record<keyof Head, unknown>>;
  return (
    h.format === FORMAT &&
    Number.isInteger(h.invalid) &&
    Array.isArray(h.statements) &&
    h.statements.every(isStatement) &&
    Array.isArray(h.speakers) &&
    h.speakers.every(isSpeaker)
  );
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isTextOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isCount = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;

function isStatement(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<keyof Statement, unknown>;
  return (
    isText(s.speaker) &&
    isTextOrNull(s.role) &&
    isText(s.text) &&
    Array.isArray(s.quoted) &&
    s.quoted.every(isText) &&
    (s.kind === 'direct' || s.kind === 'indirect' || s.kind === 'mixed') &&
    isTextOrNull(s.cue) &&
    isCount(s.paragraph) &&
    isCount(s.section) &&
    isTextOrNull(s.via) &&
    (s.group === undefined || typeof s.group === 'boolean') &&
    isTextOrNull(s.mention) &&
    Array.isArray(s.spans) &&
    s.spans.every(isCount)
  );
}

function isSpeaker(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<keyof Speaker, unknown>;
  return isText(s.name) && isTextOrNull(s.role) && Array.isArray(s.aliases) && s.aliases.every(isText) && isCount(s.statements) && typeof s.group === 'boolean';
}
