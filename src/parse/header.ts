// The title block at the top of an article: site name, tagline, title, stated reading time, and after them
// a byline and a date line. Any of them may be missing; an article may begin straight with its first
// paragraph (no title).

import type { Block } from './blocks.js';
import { isBoilerplateLine } from './boilerplate.js';
import { splitCaption } from './caption.js';
import { countWords } from './words.js';

export interface Header {
  readonly site: string | null;
  readonly tagline: string | null;
  readonly title: string | null;
  /** The line that sums the story up under its title, before the byline (a standfirst, or deck). */
  readonly standfirst: string | null;
  readonly readingTime: string | null;
  /** "By Jane Smith, BBC News", or "By Jane Smith" and "BBC News" on a line of its own below, as written. */
  readonly byline: string | null;
  /** The date line as written: "Published 7 December 2024", "March 3, 2025", "Updated 2 hours ago". */
  readonly published: string | null;
  /** How many leading blocks the header used up. */
  readonly blocks: number;
}

const SITE = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/iu;
/**
 * SITE on ASCII text, where \p{L} is [A-Za-z] and \p{N} [0-9] (and /i folds nothing non-ASCII in): the
 * same answers, but SITE's first use builds case-folded Unicode letter classes, ~1 ms at start-up.
 */
const SITE_ASCII = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const ASCII = /^[\0-\x7f]*$/;

export function isSite(line: string): boolean {
  return (ASCII.test(line) ? SITE_ASCII : SITE).test(line);
}
/** "By Jane Smith", "By Jane Smith and Tom Hale, BBC News", "By JANE SMITH | Reuters": a name after "By". */
const BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|la|le|del|da))*(?:\s*[,|•·–—-]\s*[^.!?]{1,60})?$/u;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** A date line: an optional "Published"/"Updated", a date (or "3 hours ago"), maybe a time after it. */
/** A time of day: "14:30", "2.30pm", "4:30 PM EST". */
const TIME = String.raw`\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?`;
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:Published|Updated|Posted|Last updated|First published)\s*(?:on\s+)?:?\s*)?(?:${TIME},?\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?` +
    String.raw`(?:\d{1,2}\s+${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}/\d{1,2}/\d{2,4}|\d+\s+(?:minutes?|hours?|days?)\s+ago)` +
    String.raw`(?:[,\s]+(?:at\s+)?${TIME})?(?:,\s*[A-Z]{2,4})?\.?$`,
  'i',
);
/** A byline or a date line is no longer than this. */
const MAX_BYLINE_CHARS = 100;
/** At most this many blocks of byline and date after the title. */
const MAX_BYLINE_BLOCKS = 2;

const READING_TIME = /^(?:reading time:?\s*)?\d+\s*(?:min|mins|minutes?)\.?(?:\s+read)?$/i;
const MAX_TITLE_WORDS = 20;
/** A headline may carry a deck on the next line ("Cruz channeling strategy…;\nQuestion is whether…"). */
const MAX_TITLE_LINES = 2;
/** A standfirst is a sentence or two, never a paragraph's length. */
const MAX_STANDFIRST_WORDS = 45;
/** The line under a byline that names the writer's job or agency ("Associated Press", "Science Correspondent"). */
const CREDIT_LINE = /^\p{Lu}[^.!?:;"“”]{1,58}$/u;
const MAX_CREDIT_LINE_WORDS = 6;
/** The title block is looked for in this many leading blocks; one more is read to know the body has begun. */
export const HEADER_LOOKAHEAD = 7;

function isShortLine(block: Block, maxLines = 1): boolean {
  return (
    block.lines.length <= maxLines &&
    block.lines.every((line) => countWords(line) <= MAX_TITLE_WORDS && splitCaption(line) === null)
  );
}

/**
 * `final`: these blocks are the whole article (so short lines with nothing after them are body, not a title).
 */
export function parseHeader(blocks: readonly Block[], final = true): Header {
  let site: string | null = null;
  let readingTime: string | null = null;
  const texts: string[] = [];
  let used = 0;
  for (const block of blocks.slice(0, HEADER_LOOKAHEAD)) {
    const line = block.lines.join(' ');
    if (block.lines.length === 1 && isBoilerplateLine(line)) break;
    if (!isShortLine(block, site === null && used === 0 ? MAX_TITLE_LINES : 1)) break;
    if (site === null && texts.length === 0 && isSite(line)) site = line;
    else if (READING_TIME.test(line)) {
      readingTime = line;
      used++;
      break; // the reading time closes the title block
    } else if (site === null) {
      // No masthead: only line 1 can be the title; what follows is the body.
      texts.push(line);
      used++;
      break;
    } else texts.push(line);
    used++;
  }
  // Without anything after them, short lines are the whole article, not a title block.
  if (final && used >= blocks.length) return { site: null, tagline: null, title: null, standfirst: null, readingTime: null, byline: null, published: null, blocks: 0 };
  const title = texts.at(-1) ?? null;
  // ("Ocean heat hits record\n\nScientists say the rise is driving stronger storms\n\nBy Ellen Hart": one line
  // between the title and a byline or date line sums the story up; with nothing like them after it, a line
  // there is the first paragraph or a heading, and so is a sentence closed by a full stop.)
  let standfirst: string | null = null;
  const next = title === null ? undefined : blocks[used];
  if (next !== undefined && next.lines.length === 1 && !next.lines[0]!.endsWith('.') && countWords(next.lines[0]!) <= MAX_STANDFIRST_WORDS && creditOf(next) === null && blocks[used + 1] !== undefined && creditOf(blocks[used + 1]!) !== null && !(final && used + 2 >= blocks.length)) {
    standfirst = next.lines[0]!;
    used++;
  }
  // After the title: a byline and a date line, in either order, each a block of its own (or both in one).
  let byline: string | null = null;
  let published: string | null = null;
  for (const block of title === null ? [] : blocks.slice(used, used + MAX_BYLINE_BLOCKS)) {
    const credit = final && used + 1 >= blocks.length ? null : creditOf(block);
    if (credit === null || (credit.byline !== null && byline !== null) || (credit.published !== null && published !== null)) break;
    byline ??= credit.byline;
    published ??= credit.published;
    used++;
  }
  // Lines between the tagline and the title (rare) join the tagline: the body must begin after the whole
  // title block, so they cannot be given back to it without losing them or repeating the title.
  const tagline = texts.length >= 2 ? texts.slice(0, -1).join(' · ') : null;
  return { site, tagline, title, standfirst, readingTime, byline, published, blocks: used };
}

/**
 * A byline or a date line, a block of its own: one line, or a byline with the writer's job or agency or the
 * date on the line under it ("By Marcus Webb\nAssociated Press"). Null for anything else.
 */
function creditOf(block: Block): { byline: string | null; published: string | null } | null {
  const lines = block.lines;
  // (Both are short: a paragraph, the usual next block, is not run through their patterns at all.)
  if (lines.length > 2 || lines.some((line) => line.length > MAX_BYLINE_CHARS)) return null;
  const first = lines[0]!;
  const isByline = countWords(first) <= MAX_TITLE_WORDS && BYLINE.test(first);
  if (lines.length === 1) return isByline ? { byline: first, published: null } : DATE_LINE.test(first) ? { byline: null, published: first } : null;
  if (!isByline) return null;
  const second = lines[1]!;
  if (DATE_LINE.test(second)) return { byline: first, published: second };
  return CREDIT_LINE.test(second) && countWords(second) <= MAX_CREDIT_LINE_WORDS ? { byline: lines.join('\n'), published: null } : null;
}
