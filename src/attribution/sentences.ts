// Sentences for attribution: the query splitter's sentences (aware of Mr., U.S., initials), joined again
// where a boundary falls inside quote marks, so a quoted passage of several sentences stays with its cue.
// Also the masked form of a text, in which quoted words cannot be taken for cues or speakers.

import { findQuoteSpans, type Span } from '../parse/quote-spans.js';
import { splitSentences } from '../query/sentences.js';
import { isCueWord } from './cues.js';
import { rule } from './plain-twins.js';

export interface Sentence {
  readonly start: number;
  readonly end: number;
}

/**
 * Quote spans for attribution. Scraped text often mixes marks ("…” or “…"); when the straight double quotes
 * do not pair up and curly ones are present, both kinds are taken as one, so each quote still closes.
 */
export function quoteSpansOf(text: string): Span[] {
  let straight = 0;
  let curly = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) straight++;
    else if (ch === 0x201c || ch === 0x201d) curly++;
  }
  return findQuoteSpans(straight % 2 === 1 && curly > 0 ? text.replace(/[“”]/g, '"') : text);
}

/** The quotations of a paragraph, and the names in quote marks that are none (see isTitleQuote). */
export function attributionQuotes(text: string): { quotes: Span[]; titles: Span[] } {
  const spans = quoteSpansOf(text);
  if (!spans.some((q) => isTitleQuote(text, q))) return { quotes: spans, titles: [] };
  return { quotes: spans.filter((q) => !isTitleQuote(text, q)), titles: spans.filter((q) => isTitleQuote(text, q)) };
}

/** Right before a quotation: a determiner or a preposition, as before a name. */
const BEFORE_TITLE = /(?:^|[\s(])(?:the|a|an|of|in|on|at|from|by|for)\s+$/i;
/** A quotation's words that are a title: up to six, capitalised but for short joining words; a comma may end them. */
const TITLE_WORDS = rule('u')`^\p{Lu}[\p{L}\p{N}’'&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}’'&-]*|of|and|the|for|in|on|a|an|to|at|&)){0,5},?$`;

/**
 * A name in quote marks, not a quotation: "the authors of the “Growth and Opportunity Project,” wrote",
 * "Readers of the “Daily Planet” said". Masked as a quotation, it would cut the source in two or pass for
 * what was said. (Not one that ends its sentence, "as the “Great Satan.”": a phrase the writer quotes.)
 */
function isTitleQuote(text: string, q: Span): boolean {
  const inner = text.slice(q.start + openLength(text, q.start), q.end - closeLength(text, q.end));
  if (inner.length >= 60 || !BEFORE_TITLE.test(text.slice(Math.max(0, q.start - 12), q.start)) || !TITLE_WORDS.test(inner)) return false;
  // ("He called it the “Worst Deal Ever,” Trump said": a comma, then a name and its cue: a quotation after all.)
  return !(inner.endsWith(',') && CAPITAL_NEXT.test(text.slice(q.end, q.end + 3)));
}
const CAPITAL_NEXT = rule('u')`^\s*\p{Lu}`;

/**
 * What a title's quote mark is masked with: white space to every rule (an en space), so that its words read as
 * a name's, and told apart from the article's own spaces where a source is given back as written (asWritten).
 */
export const TITLE_MARK = '\u2002';

/**
 * `masked` with each title's quote marks blanked (TITLE_MARK), and a comma inside them moved out, where it
 * belongs to the sentence ("the authors of the “Growth and Opportunity Project,” giving …": the source ends
 * there); a comma before a description of the title is blanked too.
 */
export function blankTitles(masked: string, text: string, titles: readonly Span[]): string {
  let out = masked;
  for (const t of titles) {
    const open = openLength(text, t.start);
    const close = closeLength(text, t.end);
    // (Not before what describes the title: "the author of “Destiny and Power,” a biography of …" is one role.)
    const comma = text[t.end - close - 1] === ',';
    const described = comma && /^\s+(?:a|an)\s/.test(text.slice(t.end, t.end + 5));
    const words = out.slice(t.start + open, t.end - close - (comma ? 1 : 0));
    const after = !comma ? TITLE_MARK.repeat(close) : described ? TITLE_MARK.repeat(close + 1) : `${TITLE_MARK},${TITLE_MARK.repeat(close - 1)}`;
    out = `${out.slice(0, t.start)}${TITLE_MARK.repeat(open)}${words}${after}${out.slice(t.end)}`;
  }
  return out;
}

export function attributionSentences(text: string, quotes: readonly Span[] = quoteSpansOf(text)): Sentence[] {
  const out: Sentence[] = [];
  let q = 0;
  for (const s of splitSentences(text)) {
    const last = out[out.length - 1];
    // Advance to the first quote that ends after the previous sentence's end.
    while (q < quotes.length && last !== undefined && quotes[q]!.end <= last.end) q++;
    const quote = quotes[q];
    const inside = last !== undefined && quote !== undefined && quote.start < last.end && quote.end > last.end;
    const joined = last !== undefined && (isTrailingSource(text, last, s) || isAbbreviationBreak(text, last, s));
    if (inside || joined) out[out.length - 1] = { start: last!.start, end: s.end };
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** A filler for quoted words: not a letter, digit, space or punctuation any rule looks for. */
export const MASK = '\u2592';

/** `text` with the words inside each quote span (not the marks) replaced by MASK, offsets unchanged. */
export function maskQuotes(text: string, quotes: readonly Span[]): string {
  if (quotes.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of quotes) {
    const open = openLength(text, start);
    const close = closeLength(text, end);
    const innerStart = start + open;
    const innerEnd = Math.max(innerStart, end - close);
    out += text.slice(at, innerStart) + MASK.repeat(innerEnd - innerStart);
    at = innerEnd;
  }
  return out + text.slice(at);
}

function openLength(text: string, start: number): number {
  return text.startsWith("''", start) ? 2 : 1;
}

function closeLength(text: string, end: number): number {
  const ch = text[end - 1];
  if (ch === undefined || !/["'”“’]/.test(ch)) return 0; // an unclosed quote runs to the end
  return text.slice(end - 2, end) === "''" ? 2 : 1;
}

const CLOSING_QUOTE_END = rule('u')`[.?!…]["”'’]+\s*$`;

const ASKED_OR_TOLD = /^(?:asked|asks|told|tells)$/;
/** A listener and nothing more: "the state's lawyer, Aaron Nielson.", "reporters." (not "reporters it was over."). */
const LISTENER_TO_END = rule('u')`^(?:(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}’'.-]*['’]s)\s+)?(?!(?:\S+\s+){0,2}(?:it|he|she|they|we|I|there|was|is|were|are|had|has|would|will)\b)(?:[\p{L}’'.-]+\s+){0,2}[\p{L}’'.-]+(?:,\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)?[.!?]?$`;

/** "“… can't keep?” Clinton asked.": a short sentence with a cue, right after a quotation, is its source. */
function isTrailingSource(text: string, last: Sentence, next: Sentence): boolean {
  if (!CLOSING_QUOTE_END.test(text.slice(last.start, last.end))) return false;
  const words = text.slice(next.start, next.end).split(/\s+/);
  if (/["“”]/.test(text.slice(next.start, next.end))) return false;
  if (words.length <= 7) return words.some((w) => isCueWord(w.replace(/[.,;:!?]+$/, '')));
  // "Mr. Trump asked, repeating a broadside …": the cue ends a short source at the start.
  if (words.slice(0, 5).some((w) => /[,.]$/.test(w) && isCueWord(w.slice(0, -1)))) return true;
  // ("“…?” Justice Elena Kagan asked the state's lawyer, Aaron Nielson.": a name, then a verb whose object is
  // the one asked or told, and no more than a listener.)
  const cue = words.findIndex((w) => ASKED_OR_TOLD.test(w));
  return cue >= 1 && cue <= 4 && words.slice(0, cue).every((w) => /^\p{Lu}/u.test(w)) && LISTENER_TO_END.test(words.slice(cue + 1).join(' '));
}

const MONTH_ABBREVIATION = /(?:^|\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/** "after the Sept. 11 attacks": a month abbreviation before a day number ends no sentence. */
function isAbbreviationBreak(text: string, last: Sentence, next: Sentence): boolean {
  return MONTH_ABBREVIATION.test(text.slice(last.start, last.end)) && /^\d/.test(text.slice(next.start, next.start + 1));
}
