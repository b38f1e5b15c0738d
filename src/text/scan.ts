// Hand-written scans that stand for a few regular expressions in hot loops, with the same results: a regex
// exec allocates a match per word, `matchAll` clones its regex on every call, and an end-anchored pattern
// such as /\S+$/ is tried at every position of its subject (quadratic over a long sentence).

/** Whether a UTF-16 code unit is white space as /\s/ means it (ECMAScript WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The last run of non-space characters in `text`: /\S+$/.exec(text)?.[0] ?? '' ('' when `text` ends in space). */
export function lastNonSpaceRun(text: string): string {
  let i = text.length;
  while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  return text.slice(i);
}

/** The runs of non-space characters in `text` with their offsets: what matchAll(/\S+/g) yields. */
export function nonSpaceRuns(text: string): { toks: string[]; starts: number[] } {
  const toks: string[] = [];
  const starts: number[] = [];
  const n = text.length;
  let i = 0;
  for (;;) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
    starts.push(start);
    toks.push(text.slice(start, i));
  }
  return { toks, starts };
}

let LETTER_OR_NUMBER: RegExp | undefined;
const wide = new Map<number, boolean>();

/**
 * Whether a code point is a letter or a number (\p{L} or \p{N}); compiles the Unicode class only for non-ASCII
 * beyond the no-break space, General Punctuation (’ “ ” — …) and Block Elements (the attribution mask), none
 * of which is a letter or number: plain news text then never needs it.
 */
function isLetterOrNumberWide(cp: number): boolean {
  if (cp === 0xa0 || (cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x2580 && cp <= 0x259f)) return false;
  let known = wide.get(cp);
  if (known === undefined) {
    LETTER_OR_NUMBER ??= /^[\p{L}\p{N}]$/u;
    known = LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
    wide.set(cp, known);
  }
  return known;
}

/**
 * How many runs of letters and digits `text` has: the matches of /[\p{L}\p{N}]+/gu, counted without a regex.
 * With `upTo`, counting stops at the run after it (the answer is then upTo + 1): enough for "at most n words"
 * without reading the rest of a long text.
 */
export function countLetterRuns(text: string, upTo = Infinity): number {
  let n = 0;
  let inRun = false;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    if (c < 0x80) letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < len && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      letter = isLetterOrNumberWide(text.codePointAt(i)!);
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) letter = false; // a lone surrogate
    else letter = isLetterOrNumberWide(c);
    if (letter && !inRun && ++n > upTo) return n;
    inRun = letter;
  }
  return n;
}

/**
 * Whether `text` is plain: ASCII, and beyond it only the punctuation news prose uses (curly quotes, dashes,
 * the ellipsis, a no-break space) and the attribution mask (U+2592). None of those is a letter, digit or mark,
 * has a case, or is a surrogate, so on plain text \p{L} means [A-Za-z], \p{Lu} [A-Z], \p{Ll} [a-z], \p{N}
 * [0-9], and a pattern matches the same with or without the `u` flag.
 */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013 || c === 0x2026 || c === 0xa0 || c === 0x2592) continue;
    return false;
  }
  return true;
}
