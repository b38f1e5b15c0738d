// The attribution rules' ASCII twins (src/attribution/plain-twins.ts) and the hand-written scans of
// src/text/scan.ts must answer exactly as the Unicode patterns they stand in for: every registered pattern
// against its twin on generated plain text, and each scan against its regex on any text.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/engine.js';
import { ACRONYM, LOWER_INITIAL, UPPER_INITIAL } from '../../src/attribution/letters.js';
import { asciiSource, twinPairs, usePlainTwins } from '../../src/attribution/plain-twins.js';
import { parseArticle } from '../../src/parse/article.js';
import { countLetterRuns, isPlainText, lastNonSpaceRun, nonSpaceRuns } from '../../src/text/scan.js';
import { BUNDLED } from '../helpers/run-cli.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);

/** Every match the pattern makes in `text`, as a global or sticky pattern walks it (one for the others). */
function matches(re: RegExp, text: string): unknown[] {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let i = 0; i < 200; i++) {
    const m = re.exec(text);
    out.push(m === null ? null : [m.index, ...m]);
    if (m === null || !(re.global || re.sticky)) break;
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

// Plain text as the rules see it: words (names, cues, function words), punctuation, quote marks, the mask.
const WORDS = 'Mr. Dr. Sen. said says told who which the a an of in on and but that according to Kim Ruth Hale President Smith, J. officials analysts added, noted warned statement O’Brien it’s don’t co-chair 1999 44 percent'.split(' ');
const PIECES = [...WORDS, ' ', ' ', ' ', ',', '.', ';', ':', '“', '”', '‘', '’', '"', "'", '—', '–', '…', '\u00a0', '\u2592\u2592', '(', ')', '\n', 'A', 'z', '-'];
const plainText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

describe('plain twins', () => {
  const pairs = twinPairs();

  it('when the engine has just loaded, then its patterns are built as their twins (Unicode ones cost ~0.1 ms each)', () => {
    // First in this file: no article has been attributed yet, so nothing has asked for the Unicode forms.
    for (const re of [UPPER_INITIAL, LOWER_INITIAL, ACRONYM]) expect(re.unicode).toBe(false);
    usePlainTwins(false);
    for (const re of [UPPER_INITIAL, LOWER_INITIAL, ACRONYM]) expect(re.unicode).toBe(true);
    expect(UPPER_INITIAL.test('Éva')).toBe(true);
    usePlainTwins(true);
    expect(UPPER_INITIAL.test('Éva')).toBe(false);
  });

  it('when the engine has loaded, then its Unicode-property patterns have twins', () => {
    expect(pairs.length).toBeGreaterThan(30);
    for (const [, twin] of pairs) expect(twin.unicode).toBe(false);
  });

  it('when the text is plain, then every twin matches as its pattern does', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(isPlainText(text)).toBe(true);
        for (const [re, twin] of pairs) expect(matches(twin, text), `${re}`).toEqual(matches(re, text));
      }),
      { numRuns: runs },
    );
  });

  it('when the bundled article is read sentence by sentence, then every twin matches as its pattern does', () => {
    const text = readFileSync(BUNDLED, 'utf8');
    expect(isPlainText(text)).toBe(true);
    for (const piece of text.split(/(?<=[.!?”])\s+|\n+/)) for (const [re, twin] of pairs) expect(matches(twin, piece), `${re}`).toEqual(matches(re, piece));
  });

  it('when an article is attributed with or without twins, then the statements are the same', () => {
    const article = parseArticle(readFileSync(BUNDLED, 'utf8'));
    const withTwins = attribute(article);
    const accented = attribute(parseArticle(readFileSync(BUNDLED, 'utf8') + '\n\nZoë Ørsted said the café was closed.'));
    expect(accented.statements.slice(0, withTwins.statements.length)).toEqual(withTwins.statements);
    usePlainTwins(false);
  });

  it('when a source is spelt in ASCII, then property classes become ranges, in a class or not, and the rest stays', () => {
    expect(asciiSource(String.raw`(?<![\p{L}])\p{Lu}[\p{Ll}’'-]+[^\p{L}\p{N}\p{M}]\[\p{N}\]`)).toBe(String.raw`(?<![A-Za-z])[A-Z][a-z’'-]+[^A-Za-z0-9]\[[0-9]\]`);
    for (const s of [String.raw`\p{Script=Han}`, String.raw`\P{L}`, String.raw`\u{1F600}`, String.raw`a\p{Lu}\p{Sc}`]) expect(asciiSource(s)).toBeNull();
    expect(asciiSource(String.raw`\\p{L}`)).toBe(String.raw`\\p{L}`);
  });

  it('when text has a letter beyond ASCII, then it is not plain', () => {
    for (const s of ['café', 'Zoë', '\u0130', '\u017f', '\u212a', '😀', '\ud800', '\u01c5']) expect(isPlainText(s)).toBe(false);
    for (const s of ['’“”‘—–…\u00a0\u2592', 'plain ASCII, 1999.']) expect(isPlainText(s)).toBe(true);
  });
});

describe('scans', () => {
  const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), plainText, fc.string({ unit: 'grapheme', maxLength: 20 }));

  it('when any text is scanned, then the scans answer as the regexes they replace', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(lastNonSpaceRun(text)).toBe(/\S+$/u.exec(text)?.[0] ?? '');
        expect(lastNonSpaceRun(text)).toBe(/(\S+)$/.exec(text)?.[1] ?? '');
        const all = [...text.matchAll(/\S+/g)];
        expect(nonSpaceRuns(text)).toEqual({ toks: all.map((m) => m[0]), starts: all.map((m) => m.index) });
        expect(countLetterRuns(text)).toBe([...text.matchAll(/[\p{L}\p{N}]+/gu)].length);
        const runs = [...text.matchAll(/[\p{L}\p{N}]+/gu)].length;
        for (const upTo of [0, 1, 2, 5]) expect(countLetterRuns(text, upTo)).toBe(Math.min(runs, upTo + 1));
      }),
      { numRuns: runs * 3 },
    );
  });

  it('when a character is in a block the letter scan decides without a regex, then it answers as \\p{L}|\\p{N} does', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      expect(countLetterRuns(`${ch} ${ch}`), c.toString(16)).toBe(/[\p{L}\p{N}]/u.test(ch) ? 2 : 0);
    }
  });

  it('when text has every kind of white space, then the scans treat it as \\s does', () => {
    const spaces = '\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    const text = `a${spaces}b\u200bc${spaces}`;
    expect(nonSpaceRuns(text).toks).toEqual(['a', 'b\u200bc']);
    expect(lastNonSpaceRun('x\u3000y')).toBe('y');
  });
});
