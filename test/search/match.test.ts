// Matching, one row per rule: smart case, -i/-s, -w, -e, typographic folding, offsets into the original text.

import { describe, expect, it } from 'vitest';
import { compilePattern, findAll, hasUpperCase, literalSource, type MatchOptions } from '../../src/query/search.js';

const LITERAL: MatchOptions = { regex: false, word: false, caseMode: 'smart' };

/** The matched substrings of `text`, read back from the offsets, so each row shows offsets are right. */
function matches(pattern: string, text: string, options: Partial<MatchOptions> = {}): string[] {
  const compiled = compilePattern(pattern, { ...LITERAL, ...options });
  const offsets = findAll(new RegExp(compiled.source, compiled.flags), text);
  const out: string[] = [];
  for (let i = 0; i < offsets.length; i += 2) out.push(text.slice(offsets[i], offsets[i + 1]));
  return out;
}

describe('smart case and forced case', () => {
  it.each([
    ['campbell', 'Kurt Campbell and CAMPBELL', {}, ['Campbell', 'CAMPBELL']],
    ['Campbell', 'Kurt Campbell and CAMPBELL', {}, ['Campbell']],
    ['Campbell', 'Kurt Campbell and CAMPBELL', { caseMode: 'insensitive' }, ['Campbell', 'CAMPBELL']],
    ['campbell', 'Kurt Campbell and campbell', { caseMode: 'sensitive' }, ['campbell']],
    ['émile', 'Émile and émile', {}, ['Émile', 'émile']],
    ['Émile', 'Émile and émile', {}, ['Émile']],
    ['straße', 'STRASSE Straße', {}, ['Straße']],
    ['σ', 'ΟΔΟΣ οδος', {}, ['Σ', 'ς']],
    ['korea\\b', 'Korea\\b', { regex: true }, ['Korea']],
    ['\\bKorea', 'korea Korea', { regex: true }, ['Korea']],
    ['\\bk\\w+', 'Kim kept KOREA', { regex: true }, ['Kim', 'kept', 'KOREA']],
    ['\\bK\\w+', 'Kim kept KOREA', { regex: true }, ['Kim', 'KOREA']],
  ] as const)('when %j is searched in %j with %j, then it finds %j', (pattern, text, options, expected) => {
    expect(matches(pattern, text, options)).toEqual(expected);
  });

  it.each([
    ['campbell', false, false],
    ['Campbell', false, true],
    ['ǅemal', false, true],
    ['\\W+\\S\\D\\B', true, false],
    ['\\p{Lu}+', true, false],
    ['(?<Name>x)\\k<Name>', true, false],
    ['(?<=a)b', true, false],
    ['[A-Z]', true, true],
    ['\\u{1F600}', true, false],
  ] as const)('when the pattern is %j (regex %j), then it has upper case: %j', (pattern, regex, expected) => {
    expect(hasUpperCase(pattern, regex)).toBe(expected);
  });
});

describe('typographic folding in literal mode', () => {
  it.each([
    ["China's position", 'on China’s position', ['China’s position']],
    ["china's", 'China‘s and China\'s and Chinaʼs', ['China‘s', "China's", 'Chinaʼs']],
    ['China’s', "China's", ["China's"]],
    ['"new pier"', 'the “new pier” plan and „new pier“', ['“new pier”', '„new pier“']],
    ['korea-russia', 'Korea–Russia, Korea—Russia, Korea‑Russia, Korea-Russia', ['Korea–Russia', 'Korea—Russia', 'Korea‑Russia', 'Korea-Russia']],
    ['sound...', 'sound… and sound...', ['sound…', 'sound...']],
    ['sound…', 'sound... ok', ['sound...']],
    ['4.5 million', '€4.5\u00a0million and 4.5  million', ['4.5\u00a0million', '4.5  million']],
    ['a.b', 'axb a.b', ['a.b']],
    ['(a+)+$', 'x (a+)+$ y', ['(a+)+$']],
    ['[x]{2}|y\\', 'z[x]{2}|y\\', ['[x]{2}|y\\']],
    ['/slash/', 'a /slash/ b', ['/slash/']],
  ] as const)('when %j is searched in %j, then it finds %j', (pattern, text, expected) => {
    expect(matches(pattern, text)).toEqual(expected);
  });

  it('when a literal pattern is compiled, then every character but the folded ones is escaped', () => {
    expect(literalSource("a.b'-c")).toBe("a\\.b['‘’‛ʼ][\\-‐‑‒–—―−]c");
  });

  it('when a pattern is given with -e, then no folding applies', () => {
    expect(matches("China's", 'China’s', { regex: true })).toEqual([]);
  });
});

describe('whole words (-w)', () => {
  it.each([
    ['pier', 'pier, Piers, pier-side, pier’s, the pier.', ['pier', 'pier', 'pier', 'pier']],
    ['pier', 'pierside apier', []],
    ['café', 'cafés café', ['café']],
    ['kim', 'Kim_Jong Kim Jong-un', ['Kim']],
    ['20', 'waited 20 years, 2020, 20th', ['20']],
    ['北朝鮮', '北朝鮮の軍', []],
    ['北朝鮮', '北朝鮮 と 軍', ['北朝鮮']],
  ] as const)('when -w %j is searched in %j, then it finds %j', (pattern, text, expected) => {
    expect(matches(pattern, text, { word: true })).toEqual(expected);
  });

  it('when -w is combined with -e, then the whole expression must be a word', () => {
    expect(matches('pier|pie', 'pie pier piers', { word: true, regex: true })).toEqual(['pie', 'pier']);
  });
});

describe('offsets in Unicode text', () => {
  it.each([
    ['🐟', 'save 🐟 the 🐟', [5, 7, 12, 14]],
    ['桟橋', '漁師たちは新しい桟橋を歓迎した。', [8, 10]],
    ['fish', '🚢🐟 fish', [5, 9]],
    ['café', 'cafe\u0301 café', [6, 10]],
  ] as const)('when %j is searched in %j, then the offsets are JavaScript string offsets %j', (pattern, text, expected) => {
    const c = compilePattern(pattern, LITERAL);
    expect(findAll(new RegExp(c.source, c.flags), text)).toEqual(expected);
  });

  it('when a regex can match the empty string, then it steps over whole code points', () => {
    const offsets = findAll(new RegExp('x*', 'gu'), '🐟a');
    expect(offsets).toEqual([0, 0, 2, 2, 3, 3]);
  });

  it('when a regex uses Unicode mode features, then they work', () => {
    expect(matches('\\p{Script=Han}+', '新しい桟橋', { regex: true })).toEqual(['新', '桟橋']);
    expect(matches('.', '🐟', { regex: true })).toEqual(['🐟']);
    expect(matches('(?<=\\$)\\d+', 'cost $12 or 13', { regex: true })).toEqual(['12']);
  });
});

describe('bad patterns', () => {
  it.each([
    ['', {}, /^empty pattern: .*article-reader search Campbell/],
    ['[a-', { regex: true }, /^invalid regular expression '\[a-': Unterminated character class$/],
    ['(?<x', { regex: true }, /^invalid regular expression/],
    ['a{2,1}', { regex: true }, /^invalid regular expression/],
    ['\\-', { regex: true }, /^invalid regular expression .*Invalid escape/],
  ] as const)('when the pattern is %j, then it is refused with exit 2: %s', (pattern, options, message) => {
    let thrown: unknown;
    try {
      compilePattern(pattern, { ...LITERAL, ...options });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toMatchObject({ name: 'ReaderError', exitCode: 2 });
    expect((thrown as Error).message).toMatch(message);
  });

  it('when -e is given, then the compiled pattern is marked to run in the guarded worker', () => {
    expect(compilePattern('a+', { ...LITERAL, regex: true }).guarded).toBe(true);
    expect(compilePattern('a+', LITERAL).guarded).toBe(false);
  });
});
