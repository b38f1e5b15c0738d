// Where the quoted words are in a text: “curly”, "straight", ''doubled'' (NYT archives) and ‘single’ quotes.
// Shared by the renderers (highlighting) and the attribution engine (direct quotes). Pure.

export interface Span {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset just past the closing mark. */
  readonly end: number;
}

const LETTER = /[\p{L}\p{N}]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/**
 * Quoted spans, outermost only, left to right. An unclosed quote runs to the end of the text (news quotes
 * that continue into the next paragraph leave theirs open). Single quotes count only where they cannot be an
 * apostrophe: an opening ‘ or ' not after a letter, a closing ’ or ' not before a letter.
 */
export function findQuoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    i = nextMark(text, i);
    if (i === -1) break;
    const open = openingAt(text, i);
    if (open === null) {
      i++;
      continue;
    }
    const close = findClosing(text, i + open.mark.length, open.closers, open.single);
    const end = close === -1 ? text.length : close;
    if (end > i + open.mark.length) spans.push({ start: i, end });
    i = Math.max(end, i + 1);
  }
  return spans;
}

/**
 * The offset of the next character that can open or close a quote (" ' “ ” „ ‘ ’), or -1: the scans skip
 * everything else, which is most of any text, without looking at it more closely.
 */
function nextMark(text: string, from: number): number {
  // A character class scanned by the regexp engine: about twice the speed of a loop over charCodeAt here.
  QUOTE_MARK.lastIndex = from;
  return QUOTE_MARK.test(text) ? QUOTE_MARK.lastIndex - 1 : -1;
}

const QUOTE_MARK = /["'\u2018\u2019\u201c-\u201e]/g;

interface Opening {
  readonly mark: string;
  readonly closers: readonly string[];
  readonly single: boolean;
}

function openingAt(text: string, i: number): Opening | null {
  const ch = text[i];
  const prev = text[i - 1];
  if (text.startsWith("''", i) && !isLetter(prev)) return { mark: "''", closers: ["''"], single: false };
  // Scraped pages mix straight and curly marks (“…," Trump said): either kind closes a double quote, a
  // straight one only where it can close (after a non-space, not before a letter).
  if (ch === '“' || ch === '„') return { mark: ch, closers: ['”', '“', '"'], single: false };
  if (ch === '"') return { mark: '"', closers: ['"', '”'], single: false };
  if ((ch === '‘' || ch === "'") && !isLetter(prev) && isLetter(text[i + 1]))
    return { mark: ch, closers: ch === '‘' ? ['’'] : ["'"], single: true };
  return null;
}

function findClosing(text: string, from: number, closers: readonly string[], single: boolean): number {
  for (let j = nextMark(text, from); j !== -1; j = nextMark(text, j + 1)) {
    // A new paragraph-level opening curly quote before any closing one means this quote was left open.
    // A straight mark that can only open ("… that. "I started") starts a new quote: this one was left open,
    // as a quote running over paragraphs leaves it when a scraper has joined them.
    if (text[j] === '"' && /\s/.test(text[j - 1] ?? '') && isLetter(text[j + 1]) && !single) return j;
    for (const closer of closers) {
      if (!text.startsWith(closer, j)) continue;
      if (single && isLetter(text[j + closer.length])) continue; // an apostrophe: don’t, Kim’s
      if (closer === '"' && closers[0] !== '"' && (/\s/.test(text[j - 1] ?? ' ') || isLetter(text[j + 1]))) continue;
      return j + closer.length;
    }
  }
  return -1;
}
