// Where the sentences of a paragraph begin and end, so a search hit can be shown as its sentence. Pure.
//
// A sentence ends at . ! ? or … (with any closing quotes and brackets after it) followed by white space and a
// sentence-like start; or at 。！？ with no space needed. A period after a title (Mr.), an initial (J.) or a
// dotted abbreviation (U.S., e.g.) does not end one, nor does any end mark followed by a lower-case word.

import { lastNonSpaceRun } from '../text/scan.js';

export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

/** Abbreviations that stand before a name or a number, so never end a sentence. Compared lower-cased. */
const NEVER_LAST = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'mt', 'ft', 'gen', 'col', 'lt', 'maj', 'capt', 'cmdr', 'adm',
  'sgt', 'cpl', 'pvt', 'rep', 'reps', 'sen', 'sens', 'gov', 'pres', 'supt', 'rev', 'hon', 'fr', 'sr', 'jr',
  'vs', 'v', 'cf', 'approx', 'ca', 'est',
]);
/** Abbreviations that stand before a number ("No. 10", "p. 4"): they end a sentence before anything else ("He said no."). */
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'fig', 'p', 'pp', 'art']);

// An end mark run, its closing quotes/brackets, then white space (western); or a CJK full stop run.
const END_MARK = /[.!?…]+["'”’»)\]]*(?=\s)|[。！？]+[」』）)"”’]*/gu;
const SPACE = /\s/u;
const LOWER_START = /^\p{Ll}/u;
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u; // U.S, e.g, i.e (the final period is the end mark)
const INITIAL = /^\p{Lu}$/u;
const AGENCY_THEN_DASH = /^\([A-Za-z .&-]{1,30}\)\s*[—–-]/;
/** "on X", "to X", "via X": the social network, named by its letter, at the end of the text before a period. */
const PLATFORM_X_BEFORE = /\s(?:on|to|via|from|at|onto)\s+X$/;

/** Sentence ranges of `text`, in order, trimmed of surrounding white space; none when the text is blank. */
export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = skipSpace(text, 0);
  END_MARK.lastIndex = 0;
  for (let m = END_MARK.exec(text); m !== null; m = END_MARK.exec(text)) {
    const end = m.index + m[0].length;
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    if (!endsSentence(text, start, m.index, m[0], next)) continue;
    ranges.push({ start, end });
    start = next;
  }
  const end = trimEnd(text, text.length);
  if (end > start) ranges.push({ start, end });
  return ranges;
}

function endsSentence(text: string, start: number, markAt: number, mark: string, next: number): boolean {
  if (/^[。！？]/u.test(mark)) return true;
  if (LOWER_START.test(text.slice(next, next + 2))) return false;
  // ("Sacramento, Calif. (where he was born)", "LOS ANGELES, Calif. (AP) — …": a bracket that goes on in lower
  // case, or a dateline's agency, continues the sentence.)
  if (text.charCodeAt(next) === 40 && (LOWER_START.test(text.slice(next + 1, next + 3)) || AGENCY_THEN_DASH.test(text.slice(next, next + 40)))) return false;
  if (!/^\.(?!\.)/.test(mark)) return true; // ! ? … and "..." end a sentence before a capital
  const before = text.slice(start, markAt);
  const word = lastNonSpaceRun(before).replace(/^["'“‘(\[«]+/u, '');
  if (word === '') return true;
  if (NEVER_LAST.has(word.toLowerCase())) return false;
  // (Not "Kenneth P. Cohen": a capital alone is an initial.)
  if (BEFORE_NUMBER.has(word.toLowerCase()) && !INITIAL.test(word)) return !/^[\d#]/.test(text.slice(next, next + 1));
  // ("one wrote on X. Another posted: …": the platform X after a preposition is a name, not an initial.)
  if (word === 'X' && PLATFORM_X_BEFORE.test(before)) return true;
  return !(INITIAL.test(word) || DOTTED_ABBREVIATION.test(word));
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, i: number): number {
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  return i;
}
