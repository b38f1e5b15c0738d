// Generators of hostile article text for the property tests, and how many runs to make.
//
// Two kinds of article:
// - `anyArticle`: any Unicode at all (lone surrogates, every control, broken escape sequences) in lines and
//   blank-line-separated blocks, with any line endings. Nothing about its words can be promised.
// - `wordedArticle`: lines made of tokens separated by spaces. A token is a word (letters and digits of
//   several scripts), punctuation or quote marks, a control character that does not open an escape
//   sequence, or a whole escape sequence. What an article promises for it: every word of every line that
//   is not boilerplate reaches `show` (an escape sequence may hide letters inside itself: those are not
//   words, they are its parameters).

import fc from 'fast-check';

/** Runs per property: a few hundred in `npm test`; `npm run fuzz` sets FUZZ_RUNS to many thousands. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** fast-check's settings: FUZZ_SEED (printed with any counterexample) replays a failing run. */
export const FC = { numRuns: RUNS, ...(process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) }) };

const E = '\u001b';

const letters = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éüçñßøÉ',
  ...'жизньПМ', // Cyrillic
  ...'漢字中文日本', // wide CJK
  ...'עבריתعربي', // right-to-left scripts
);
export const word = fc.string({ unit: letters, minLength: 1, maxLength: 14 });

const punctuation = fc.constantFrom('"', '“', '”', '‘', '’', "'", ',', '.', '!', '?', '—', '–', '(', ')', ':', ';', '…', '«', '»');

/** Controls that do not open a sequence, so they cannot swallow the next token. */
const control = fc.constantFrom(
  '\u0001', '\u0007', '\u0008', '\t', '\u000b', '\u000c', '\u000e', '\u001c', '\u001f', '\u007f',
  '\u0080', '\u0085', '\u008d', '\u009a', '\u009c',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
  '\u200b', '\u200e', '\u200f', '\u2028', '\u2029', '\ufeff', '\u00ad', '\u0301', '👍🏽', '🇫🇷',
);

/** Whole escape sequences: what a terminal would act on and our sanitizer must drop. */
const escapeSequence = fc.oneof(
  fc.constantFrom(`${E}[2J`, `${E}[31m`, `${E}[0m`, `${E}[?1049h`, `${E}[1;1H`, `${E}c`, `${E}7`, `${E}(B`, '\u009b2J', '\u009b31m'),
  fc.string({ unit: letters, maxLength: 10 }).map((t) => `${E}]0;${t}\u0007`),
  fc.string({ unit: letters, maxLength: 10 }).map((t) => `${E}]8;;https://${t}.example/${E}\\`),
  fc.string({ unit: letters, maxLength: 10 }).map((t) => `${E}P1$r${t}${E}\\`),
  fc.string({ unit: letters, maxLength: 10 }).map((t) => `\u009d2;${t}\u009c`),
);

export type Token = { kind: 'word' | 'other'; text: string };

const token: fc.Arbitrary<Token> = fc.oneof(
  { weight: 8, arbitrary: word.map((text): Token => ({ kind: 'word', text })) },
  { weight: 2, arbitrary: punctuation.map((text): Token => ({ kind: 'other', text })) },
  { weight: 1, arbitrary: control.map((text): Token => ({ kind: 'other', text })) },
  { weight: 1, arbitrary: escapeSequence.map((text): Token => ({ kind: 'other', text })) },
);

/** A line: tokens joined by spaces, sometimes with a quoted stretch, sometimes padded with whitespace. */
const line = fc
  .tuple(fc.array(token, { minLength: 1, maxLength: 40 }), fc.constantFrom('', ' ', '\t', '\u00a0'), fc.boolean())
  .map(([tokens, pad, quoted]) => {
    const texts = tokens.map((t) => t.text);
    if (quoted && texts.length > 2) {
      texts[0] = `“${texts[0]!}`;
      texts[texts.length - 2] = `${texts[texts.length - 2]!},”`;
    }
    return { text: pad + texts.join(' ') + pad, words: tokens.filter((t) => t.kind === 'word').map((t) => t.text) };
  });

export interface WordedArticle {
  readonly text: string;
  /** The article's lines, each with the words it carries. */
  readonly lines: readonly { readonly text: string; readonly words: readonly string[] }[];
}

const newline = fc.constantFrom('\n', '\r\n', '\r');
const blankLines = fc.constantFrom('', ' ', '\t \u00a0', '\u200b');

/** Short one-line blocks, as a title block has: a site name, tagline, title, stated reading time. */
const titleBlock = fc
  .tuple(
    fc.option(fc.constantFrom('www.example.com', 'news.example.co.uk'), { nil: undefined }),
    fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { maxLength: 4 }),
    fc.option(fc.constantFrom('5 min read', 'Reading time: 12 minutes'), { nil: undefined }),
  )
  .map(([site, lines, time]) => [
    ...(site === undefined ? [] : [[{ text: site, words: [] }]]),
    ...lines.map((words) => [{ text: words.join(' '), words }]),
    ...(time === undefined ? [] : [[{ text: time, words: [] }]]),
  ]);

export const wordedArticle: fc.Arbitrary<WordedArticle> = fc
  .tuple(
    titleBlock,
    fc.array(fc.array(line, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
    newline,
    fc.array(blankLines, { minLength: 1, maxLength: 3 }),
    fc.boolean(),
  )
  .map(([head, body, nl, blanks, repeat]) => {
    const blocks = [...head, ...body];
    // Sometimes a block is repeated, as scrapers do: the repeat may be dropped, but its words are shown once.
    const all = repeat && body.length > 1 ? [...blocks, body[0]!] : blocks;
    const text = all.map((b) => b.map((l) => l.text).join(nl)).join(nl + blanks.join(nl) + nl) + nl;
    return { text, lines: all.flat() };
  });

/** Anything at all: full Unicode (lone surrogates included), every control, partial sequences, blank lines. */
export const anyArticle: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom(E, '[', ']', '\u009b', '\u009d', '\u0007', '\\', ';', '0', '\u0090', 'P', '\u009c', 'm', ' ', '\n'), maxLength: 20 }),
      line.map((l) => l.text),
      fc.constantFrom('', '', '\n', '\r\n', '\r', '\u2028', '"', '“Quoted,” she said.', '5 min read', 'www.example.com', 'Photo: Reuters'),
    ),
    { minLength: 1, maxLength: 30 },
  )
  .chain((parts) => fc.constantFrom('\n', '\n\n', '\r\n\r\n', ' ').map((sep) => parts.join(sep)));

export const width = fc.integer({ min: 10, max: 120 });
