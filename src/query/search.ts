// What the user typed → one JavaScript RegExp that finds it, and the offsets it finds. Pure.
//
// Literal patterns (the default, and -w) are turned into a regular expression of their own: each character
// escaped, and each typographic look-alike widened to a class, so that `China's` finds `China’s` while the
// offsets stay those of the original text (no folded copy, no offset map). Such an expression has no nested
// quantifiers, so it runs in linear time in the main thread. A user's -e expression may not (`(a+)+$`): it is
// run in a worker that can be stopped (regex-guard.ts).

import { ReaderError } from '../errors.js';

export type CaseMode = 'smart' | 'insensitive' | 'sensitive';

export interface MatchOptions {
  /** -e: the pattern is a JavaScript regular expression (Unicode mode). */
  readonly regex: boolean;
  /** -w: matches must be whole words. */
  readonly word: boolean;
  /** smart: case-insensitive unless the pattern has an upper-case letter. */
  readonly caseMode: CaseMode;
}

export interface CompiledPattern {
  readonly source: string;
  readonly flags: string;
  /** The expression came from the user (-e) and may backtrack without end: run it where it can be stopped. */
  readonly guarded: boolean;
}

/** Characters typed on a keyboard and the typographic ones an article uses for them; each matches all. */
const FOLDS: readonly string[] = [
  "'‘’‛ʼ", // apostrophe, single quotes, modifier letter apostrophe
  '"“”„‟', // double quotes
  '-‐‑‒–—―−', // hyphen-minus, hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus
];
const FOLD_CLASS = new Map<string, string>();
for (const group of FOLDS) {
  const cls = `[${[...group].map(escapeInClass).join('')}]`;
  for (const ch of group) FOLD_CLASS.set(ch, cls);
}
/** Spaces: a run of any of them in the pattern matches a run of any of them in the text. */
const SPACES = ' \\t\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000';
const SPACE_RUN = /^[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/u;
const ELLIPSIS = /^(?:\.\.\.|…)/u;
/** Letters, marks, digits and the connector: what a whole word (-w) may not be next to. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}\\p{Pc}]';

function escapeInClass(ch: string): string {
  return /[\\\]^-]/.test(ch) ? `\\${ch}` : ch;
}

function escapeChar(ch: string): string {
  // Only syntax characters may be escaped in Unicode mode (`\-` is an error there).
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** The regular-expression source for a literal pattern, with typographic folding. */
export function literalSource(pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const rest = pattern.slice(i);
    const space = SPACE_RUN.exec(rest);
    if (space) {
      out += `[${SPACES}]+`;
      i += space[0].length;
      continue;
    }
    const ellipsis = ELLIPSIS.exec(rest);
    if (ellipsis) {
      out += '(?:\\.\\.\\.|…)';
      i += ellipsis[0].length;
      continue;
    }
    const ch = String.fromCodePoint(pattern.codePointAt(i)!);
    out += FOLD_CLASS.get(ch) ?? escapeChar(ch);
    i += ch.length;
  }
  return out;
}

/** Whether a pattern asks for case to matter: it has an upper-case letter (escapes like \W, \P{…} aside). */
export function hasUpperCase(pattern: string, regex: boolean): boolean {
  const literalPart = regex
    ? pattern.replace(/\\[pPu]\{[^}]*\}|\\k<[^>]*>|\\c[A-Za-z]|\\./gu, '').replace(/\(\?<(?![=!])[^>]*>/gu, '')
    : pattern;
  return /[\p{Lu}\p{Lt}]/u.test(literalPart);
}

/** The pattern as one RegExp source and flags; a ReaderError (exit 2) when it is empty or invalid. */
export function compilePattern(pattern: string, options: MatchOptions): CompiledPattern {
  if (pattern === '') {
    throw new ReaderError("empty pattern: give the words to look for, e.g. 'article-reader search Campbell'");
  }
  let source = options.regex ? pattern : literalSource(pattern);
  if (options.word) source = `(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`;
  const ignoreCase =
    options.caseMode === 'insensitive' || (options.caseMode === 'smart' && !hasUpperCase(pattern, options.regex));
  const flags = ignoreCase ? 'giu' : 'gu';
  try {
    new RegExp(source, flags); // compiling is safe; only running a user's expression can take forever
  } catch (err) {
    const reason = (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    throw new ReaderError(`invalid regular expression '${pattern}': ${reason}`);
  }
  return { source, flags, guarded: options.regex };
}

/**
 * Every match of a global RegExp in `text`, as flat [start, end, start, end, …] offsets. An empty match moves
 * on by one code point. Self-contained (no outside names): its source is also what the regex worker runs.
 */
export function findAll(re: RegExp, text: string): number[] {
  const offsets: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    offsets.push(m.index, end);
    if (end === m.index) re.lastIndex = end + ((text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1);
  }
  return offsets;
}

/** Finds matches in a batch of texts; the main-thread one for literal patterns, a worker for -e. */
export interface Finder {
  find(texts: readonly string[]): Promise<number[][]>;
  close(): Promise<void>;
}

export function localFinder(pattern: CompiledPattern): Finder {
  const re = new RegExp(pattern.source, pattern.flags);
  return {
    find: (texts) => Promise.resolve(texts.map((t) => findAll(re, t))),
    close: () => Promise.resolve(),
  };
}
