// The parser's start-up fast paths (ASCII twins of Unicode-property regexes, code-point ranges decided
// without a regex) must answer exactly as the Unicode rules they stand in for. Each is checked against
// that rule as it was written before, on every BMP code point or on generated text.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { undoubleCredit } from '../../src/parse/caption.js';
import { isSite } from '../../src/parse/header.js';
import { isAllCapsSubhead, isHeading } from '../../src/parse/heading.js';
import { countWords } from '../../src/parse/words.js';

// The rules as they were, all Unicode regexes.
const SITE = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/iu;
const undoubled = (credit: string) => credit.replace(/(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}.'’-]{2,})\1(?![\p{L}\p{N}])/gu, '$1');
function allCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters) && /\s/.test(line.trim());
}
function heading(line: string): boolean {
  if (line.length > 90) return false;
  const parts = line.split(/\s+/);
  if (parts.length > 12) return false;
  if (!/^[\p{Lu}\p{N}“"‘']/u.test(line)) return false;
  if (allCaps(line)) return true;
  if (parts.length >= 3 && /^(?:What|Why|How|When|Where|Who|Which|Whose)\s[^"“”‘’']*\?$/u.test(line)) return true;
  if (/[.!?:;,…"”’)\]]$/u.test(line)) return false;
  if (/^[“"‘']/u.test(line)) return false;
  return parts.length >= 2 || /^\p{Lu}/u.test(line);
}
function words(text: string): number {
  let n = 0;
  let wordy = false;
  for (const ch of text) {
    if (/\s/.test(ch)) {
      if (wordy) n++;
      wordy = false;
    } else if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(ch)) {
      if (wordy) n++;
      n++;
      wordy = false;
    } else if (/[\p{L}\p{N}]/u.test(ch)) wordy = true;
  }
  return wordy ? n + 1 : n;
}

const bmp = Array.from({ length: 0x10000 }, (_, cp) => String.fromCharCode(cp)).filter((ch) => !/[\ud800-\udfff]/.test(ch));
const ascii = (chars: string) => fc.string({ unit: fc.constantFrom(...chars), maxLength: 40 });
const ANY_ASCII = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');

describe('parser fast paths', () => {
  it('countWords counts as the Unicode rules do, for every BMP character alone and between words', () => {
    for (const ch of bmp) {
      for (const text of [ch, `a${ch}`, `${ch}a`, `a${ch}b`, `a ${ch} b`, `${ch}${ch}`]) expect(countWords(text), JSON.stringify(text)).toBe(words(text));
    }
  });

  it('isHeading answers as the Unicode rules do, for every BMP first character', () => {
    for (const ch of bmp) {
      for (const line of [`${ch}ne two`, `${ch}`, `${ch}NE TWO`]) expect(isHeading(line), JSON.stringify(line)).toBe(heading(line));
    }
  });

  it('isSite, isAllCapsSubhead and undoubleCredit on ASCII text answer as the Unicode rules do', () => {
    fc.assert(
      fc.property(fc.oneof(ascii('wW.aZk09-_ /é'), ascii(ANY_ASCII)), (line) => {
        expect(isSite(line)).toBe(SITE.test(line));
        expect(isAllCapsSubhead(line)).toBe(allCaps(line));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.oneof(ascii("Kru.'- 1xK"), ascii(ANY_ASCII)), fc.nat(3), (credit, times) => {
        const text = times > 0 ? credit.repeat(times) : credit;
        expect(undoubleCredit(text)).toBe(undoubled(text));
      }),
      { numRuns: 3000 },
    );
    expect(isSite('NewsBizkoot.com')).toBe(true);
    expect(isSite('ÉcoleNews.fr')).toBe(true);
    expect(undoubleCredit('File photo by Kremlin.ruKremlin.ru')).toBe('File photo by Kremlin.ru');
    expect(undoubleCredit('Фото Кремль.руКремль.ру')).toBe('Фото Кремль.ру');
    expect(isAllCapsSubhead('GOING BROKE FOR RUBIO.')).toBe(true);
    expect(isAllCapsSubhead('ÉTÉ À PARIS')).toBe(true);
    expect(isAllCapsSubhead('ZZZZ ZZ')).toBe(true);
  });
});
