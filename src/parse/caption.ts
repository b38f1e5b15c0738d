// Image captions: a line that carries a photo credit. The credit is split off the caption text.
//
// A credit is one of a few shapes, each with a word or a closing parenthesis of its own; every shape is
// tried only when its hint is in the line, and on as little of the line as it can match, since these run on
// every paragraph of the article (on large input, the parser's hottest code otherwise).

/** (Jason Franson/Canadian Press), (AP Photo/Evan Vucci), (Photo: Reuters): the last parenthesis, at the end. */
const PAREN_CREDIT = /^\((?:[^()/]{2,}\/[^()]{2,}|(?:photo|photograph|image|picture)s?\s*(?:by|:)[^()]*)\)\s*$/i;
/** File photo by X, Photo by X, Photograph: X, Image: X, Credit: X. */
const LABELLED_CREDIT = /\b(?:file\s+)?(?:photo|photograph|image|picture|credit)s?\s*(?:by|:|courtesy of)\s*.+$/i;
const LABEL_HINT = /photo|image|picture|credit/i;
/** Getty Images / Reuters / AP alone after the caption sentence. */
const AGENCY_CREDIT = /(?<=[.!?”"]\s{1,3})(?:[\w.'’-]+\s){0,4}(?:getty images|reuters|associated press|afp|epa|shutterstock)$/i;
const AGENCY_AT_END = /(?:getty images|reuters|associated press|afp|epa|shutterstock)$/i;
/** X via Wikimedia Commons / via Getty Images: the credit starts after the sentence before "via". */
const VIA_SOURCE = /\bvia\s+(?:wikimedia commons|getty images|reuters|ap|afp|flickr|unsplash|shutterstock)\b.*$/i;

// Every credit above names one of these words, or ends in a parenthesis; a line without either is no caption,
// and is not run through the patterns at all.
const CREDIT_WORD = /photo|image|picture|credit|via\s|getty|reuters|associated press|afp|epa|shutterstock/i;
const PAREN_AT_END = /\)\s*$/;

/** A credit stands at the end of its line and is shorter than this, so only the tail needs looking at. */
const CREDIT_TAIL = 160;

const tailOf = (line: string): string => (line.length > CREDIT_TAIL ? line.slice(-CREDIT_TAIL) : line);

export interface CaptionParts {
  readonly text: string;
  readonly credit: string | null;
}

/** The caption's text and credit when the line carries a photo credit, else null. */
export function splitCaption(line: string): CaptionParts | null {
  const tail = tailOf(line);
  const named = CREDIT_WORD.test(tail);
  if (!named && !PAREN_AT_END.test(tail)) return null;
  const start = creditStart(line, named);
  return start === null ? null : { text: line.slice(0, start).trim(), credit: undoubleCredit(line.slice(start).trim()) };
}

/**
 * Where the credit begins in the line, trying the shapes in order of how surely they are credits. `named`: the
 * line's tail names a credit's word; when it does not, only a parenthesised credit can be there (every
 * paragraph that ends in a parenthesis comes here: on large input, the other shapes' patterns, each run over
 * the whole line, had been a tenth of `show`'s time).
 */
function creditStart(line: string, named: boolean): number | null {
  const end = line.trimEnd();
  if (end.endsWith(')')) {
    // The parenthesis holds no other, so the credit's opens at the line's last "(".
    const open = end.lastIndexOf('(');
    if (open >= 0 && PAREN_CREDIT.test(end.slice(open))) return open;
  }
  if (!named) return null;
  if (LABEL_HINT.test(line)) {
    const labelled = LABELLED_CREDIT.exec(line);
    if (labelled !== null) return labelled.index;
  }
  // (Anchored at the end: the tail holds any match.)
  if (AGENCY_AT_END.test(tailOf(line))) {
    const agency = AGENCY_CREDIT.exec(line);
    if (agency !== null) return agency.index;
  }
  const via = VIA_SOURCE.exec(line);
  if (via === null) return null;
  // The credit's own words run back from "via" to the end of the sentence before it.
  const before = line.slice(0, via.index);
  const sentenceEnd = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  const start = sentenceEnd + 1 + (/^\s*/.exec(before.slice(sentenceEnd + 1))?.[0].length ?? 0);
  return start < via.index ? start : null;
}

const DOUBLED = /(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}.'’-]{2,})\1(?![\p{L}\p{N}])/gu;
/** DOUBLED for ASCII text, where \p{L} is [A-Za-z] and \p{N} [0-9]: the same, without building Unicode classes (~0.3 ms cold). */
const DOUBLED_ASCII = /(?<![A-Za-z0-9])([A-Za-z0-9][A-Za-z0-9.'-]{2,})\1(?![A-Za-z0-9])/g;
const ASCII = /^[\0-\x7f]*$/;

/** Scrapers often repeat a credit's source twice with no space ("Kremlin.ruKremlin.ru"): keep one. */
export function undoubleCredit(credit: string): string {
  return credit.replace(ASCII.test(credit) ? DOUBLED_ASCII : DOUBLED, '$1');
}
