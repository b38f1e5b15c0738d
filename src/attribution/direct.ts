// Quote marks in a statement: which words are directly quoted, the statement's kind, and floating quotes
// (a quoted sentence with no cue of its own, which continues the speaker before it).

import type { Span } from '../parse/quote-spans.js';
import type { StatementKind } from '../model/statement.js';
import { MASK } from './sentences.js';

const OUTSIDE_WORD = /[\p{L}\p{N}]/u;

/** The quoted words inside [start, end), without their marks. */
export function quotedIn(text: string, quotes: readonly Span[], start: number, end: number): string[] {
  const out: string[] = [];
  for (const q of quotes) {
    if (q.end <= start || q.start >= end) continue;
    const inner = text
      .slice(Math.max(q.start, start), Math.min(q.end, end))
      .replace(/^(?:''|["“„‘'])/, '')
      .replace(/(?:''|["”“’'])$/, '')
      .trim()
      .replace(/[,.;:]$/, '');
    if (inner !== '') out.push(inner);
  }
  return out;
}

export function kindOf(masked: string, start: number, end: number, quoted: number): StatementKind {
  if (quoted === 0) return 'indirect';
  const outside = masked.slice(start, end).replaceAll(MASK, '');
  return OUTSIDE_WORD.test(outside) ? 'mixed' : 'direct';
}

/** A sentence that is only a quotation: quote marks and punctuation outside the quoted words. */
export function isFloatingQuote(masked: string, start: number, end: number): boolean {
  const s = masked.slice(start, end);
  return s.includes(MASK) && !OUTSIDE_WORD.test(s.replaceAll(MASK, ''));
}
