// The simple-text fast path of render/wrap.ts must be wrap-ansi, only faster: on any input, wrapText and
// displayWidth answer exactly what wrap-ansi and string-width answer.

import fc from 'fast-check';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { describe, expect, it } from 'vitest';
import { displayWidth, isSimple, wrap, wrapText } from '../../src/render/wrap.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const FC = { numRuns: RUNS, ...(process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) }) };
const OPTIONS = { hard: true, trim: true, wordWrap: true } as const;
const E = '\u001b';

/** Characters the fast path takes, with spaces weighted up so that lines have words. */
const simpleChar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(' ', ' ', ' ', 'a', 'b', 'Z', '9', '.', ',', '-', '"') },
  { weight: 2, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xa1, max: 0xff }).filter((c) => c !== 0xad).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x2010, max: 0x2027 }).map((c) => String.fromCharCode(c)) },
);

/** Everything else that changes a width or a wrap: wide, zero-width, combining, emoji, controls, escapes. */
const hardChar = fc.constantFrom(
  '漢', '字', '한', 'ｱ', '\u3000', '👍', '👍🏽', '🇫🇷', '👩‍👩‍👧', '❤️', '1️⃣', 'e\u0301', '\u0301', '\u200b', '\u200d', '\ufe0f',
  '\u00a0', '\u00ad', '\u2028', '\u2029', '\u202e', '\t', '\r', '\r\n', '\x7f', '\x85', '\x9b', '\x00', '\x07',
  `${E}[1m`, `${E}[22m`, `${E}[33m`, `${E}[39m`, `${E}[0m`, `${E}[2;3m`, `${E}[38;5;200m`, `${E}[2J`,
  `${E}]8;;https://example.com${E}\\`, `${E}]8;;${E}\\`, `${E}[`, E, '\ud800', '\udc00',
);

const simpleText = fc.array(fc.oneof({ weight: 30, arbitrary: simpleChar }, { weight: 1, arbitrary: fc.constant('\n') }), { maxLength: 300 }).map((cs) => cs.join(''));
const mixedText = fc.array(fc.oneof({ weight: 12, arbitrary: simpleChar }, { weight: 2, arbitrary: hardChar }, { weight: 1, arbitrary: fc.constant('\n') }), { maxLength: 200 }).map((cs) => cs.join(''));
/** Prose as it usually is: words of letters apart by single spaces (the greedy path). */
const proseText = fc
  .array(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz’—“”,.'), minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 60 })
  .map((words) => words.join(' '));

/** SGR sequences as chalk writes them for our themes, plus the empty reset: the styled fast path's. */
const sgr = fc.constantFrom('', '0', '1', '2', '3', '4', '7', '8', '9', '22', '23', '24', '27', '28', '29', '31', '32', '33', '36', '39', '90', '97').map((c) => `${E}[${c}m`);
const styledText = fc
  .array(fc.oneof({ weight: 20, arbitrary: simpleChar }, { weight: 4, arbitrary: sgr }, { weight: 1, arbitrary: fc.constant('\n') }), { maxLength: 300 })
  .map((cs) => cs.join(''));
/** Styled text as the themes make it: runs of words under none, one or two nested styles (bold cyan). */
const style = fc.constantFrom(['1', '22'], ['2', '22'], ['33', '39'], ['36', '39'], ['3', '23'], ['31', '39']);
const themedText = fc
  .array(fc.tuple(fc.array(simpleChar, { minLength: 1, maxLength: 40 }), fc.array(style, { maxLength: 2 })), { maxLength: 12 })
  .map((runs) =>
    runs
      .map(([cs, styles]) => styles.reduce((text, [open, close]) => `${E}[${open}m${text}${E}[${close}m`, cs.join('')))
      .join(' '),
  );
const columns = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 13, max: 120 }));

describe('wrap fast path', () => {
  it('when the text is simple (the fast path), then wrapText equals wrap-ansi', () => {
    fc.assert(
      fc.property(fc.oneof(simpleText, proseText), columns, (text, cols) => {
        expect(wrapText(text, cols)).toBe(wrapAnsi(text, cols, OPTIONS));
      }),
      FC,
    );
  });

  it('when simple text is styled with SGR sequences (the styled fast path), then wrapText equals wrap-ansi', () => {
    fc.assert(
      fc.property(fc.oneof(styledText, themedText), columns, (text, cols) => {
        expect(wrapText(text, cols)).toBe(wrapAnsi(text, cols, OPTIONS));
      }),
      { ...FC, numRuns: RUNS * 3 },
    );
  });

  it('when the text has wide characters, emoji, controls or ANSI styling, then wrapText equals wrap-ansi', () => {
    fc.assert(
      fc.property(mixedText, columns, (text, cols) => {
        expect(wrapText(text, cols)).toBe(wrapAnsi(text, cols, OPTIONS));
      }),
      FC,
    );
  });

  it('when any text is measured, then displayWidth equals string-width', () => {
    fc.assert(
      fc.property(fc.oneof(simpleText, mixedText, styledText, themedText), (text) => {
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      FC,
    );
  });

  it('when each character the fast path accepts stands alone, then it is one column wide', () => {
    const accepted: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isSimple(ch)) accepted.push(ch);
    }
    expect(accepted.length).toBe(95 + 94 + 24);
    expect(accepted.filter((ch) => stringWidth(ch) !== 1 || ch.normalize() !== ch)).toEqual([]);
  });

  it.each([
    ['a line that fits, padded with spaces', '   two  words   ', 20],
    ['a word longer than the line', 'see https://example.com/a/very/long/path/indeed now', 10],
    ['a word that must start on the next row', 'abc defghijklmnop', 6],
    ['only spaces', '     ', 3],
    ['one column', 'ab c', 1],
    ['blank lines between', 'first\n\n  second line here\n', 7],
    ['curly quotes and dashes', '“Quoted” — and ‘so’ on…', 9],
  ])('when %s, then it wraps as wrap-ansi does', (_name, text, cols) => {
    expect(wrapText(text, cols)).toBe(wrapAnsi(text, cols, OPTIONS));
  });

  it('when an indent is given, then every line starts with it and fits the width', () => {
    const out = wrap('one two three four five six seven', 12, '    ');
    expect(out.split('\n').every((l) => l.startsWith('    ') && l.length <= 12)).toBe(true);
  });
});
