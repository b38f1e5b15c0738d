// Quote marks in a statement: which words are directly quoted, the statement's kind, and floating quotes
// (a quoted sentence with no cue of its own, which continues the speaker before it).

import type { Span } from '../parse/quote-spans.js';
import type { StatementKind } from '../model/statement.js';
import { MASK } from './sentences.js';
import { rule } from './plain-twins.js';

const OUTSIDE_WORD = rule('u')`[\p{L}\p{N}]`;

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

/**
 * A sentence that is a quotation: nothing but quote marks and punctuation outside the quoted words, or, when
 * `loose`, a sentence that opens with a quote and has only a short tail outside it ("…” or to control …").
 */
export function isFloatingQuote(masked: string, start: number, end: number, loose: boolean): boolean {
  const s = masked.slice(start, end);
  if (!s.includes(MASK)) return false;
  const outside = s.replaceAll(MASK, '');
  if (!OUTSIDE_WORD.test(outside)) return true;
  if (!loose || !/^["“'‘]/u.test(s)) return false;
  const quoted = s.length - outside.length;
  return outside.replace(/[^\p{L}\p{N}]/gu, '').length * 4 < quoted;
}
