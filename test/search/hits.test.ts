// Match offsets → hits: the sentence shown, the offsets into it, context, and the windows printed.

import { describe, expect, it } from 'vitest';
import { hitsIn, type Place } from '../../src/query/search-hits.js';
import { findAll } from '../../src/query/search.js';

const PARAGRAPH: Place = { kind: 'paragraph', paragraph: 4, section: 2, sectionTitle: 'Two' };
const TEXT = 'Alpha one. Beta pier two. Gamma three. Delta pier four. Epsilon five. Zeta six.';

function hits(text: string, pattern: RegExp, context = 0, place: Place = PARAGRAPH) {
  return hitsIn(place, text, findAll(pattern, text), context);
}

describe('hits as sentences', () => {
  it('when a match is found, then the hit is its sentence and the offsets point into that sentence', () => {
    const { hits: found } = hits(TEXT, /pier/gu);
    expect(found.map((h) => h.sentence)).toEqual(['Beta pier two.', 'Delta pier four.']);
    for (const h of found) for (const m of h.matches) expect(h.sentence.slice(m.start, m.end)).toBe(m.text);
    expect(found[0]!.matches).toEqual([{ start: 5, end: 9, text: 'pier' }]);
  });

  it('when one sentence holds two matches, then it is one hit with two matches', () => {
    const { hits: found } = hits('The pier and the pier. Next.', /pier/gu);
    expect(found).toHaveLength(1);
    expect(found[0]!.matches.map((m) => m.start)).toEqual([4, 17]);
  });

  it('when a match crosses from one sentence into the next, then the hit spans both', () => {
    const { hits: found } = hits(TEXT, /two\. Gamma/gu);
    expect(found.map((h) => h.sentence)).toEqual(['Beta pier two. Gamma three.']);
    expect(found[0]!.matches).toEqual([{ start: 10, end: 20, text: 'two. Gamma' }]);
  });

  it('when a match takes in the space between sentences, then its offsets stay inside the hit', () => {
    const { hits: found } = hits(TEXT, /one\. /gu);
    const h = found[0]!;
    expect(h.sentence.slice(h.matches[0]!.start, h.matches[0]!.end)).toBe('one. ');
  });

  it('when the text has emoji and CJK, then offsets are JavaScript string offsets into the sentence', () => {
    const text = '町長は約束した。 🚢 signs read “pier now”.';
    const { hits: found } = hits(text, /pier/gu);
    expect(found[0]!.sentence).toBe('🚢 signs read “pier now”.');
    expect(found[0]!.matches[0]).toEqual({ start: 15, end: 19, text: 'pier' });
  });

  it.each([
    ['title', 'Harbour town. New pier plan'],
    ['heading', 'What the U.S. pier means. For fishing'],
  ] as const)('when a %s matches, then the whole %s is the sentence', (kind, text) => {
    const place: Place = { kind, paragraph: null, section: kind === 'title' ? null : 2, sectionTitle: null };
    expect(hits(text, /pier/gu, 0, place).hits.map((h) => h.sentence)).toEqual([text]);
  });
});

describe('context (-C)', () => {
  it.each([
    [0, [], []],
    [1, ['Alpha one.'], ['Gamma three.']],
    [9, ['Alpha one.'], ['Gamma three.', 'Delta pier four.', 'Epsilon five.', 'Zeta six.']],
  ] as const)('when -C %d is asked for, then the first hit has %j before and %j after', (n, before, after) => {
    const h = hits(TEXT, /pier/gu, n).hits[0]!;
    expect(h.before).toEqual(before);
    expect(h.after).toEqual(after);
  });

  it.each([
    [0, /pier/gu, [['Beta pier two.'], ['Delta pier four.']]],
    [1, /pier/gu, [['-Alpha one.', 'Beta pier two.', '-Gamma three.', 'Delta pier four.', '-Epsilon five.']]],
    [1, /Alpha|Zeta/gu, [['Alpha one.', '-Beta pier two.'], ['-Epsilon five.', 'Zeta six.']]],
    [0, /Beta|Gamma/gu, [['Beta pier two.', 'Gamma three.']]],
  ] as const)('when -C %d is asked for with %s, then the windows are %j (context marked -)', (n, re, expected) => {
    const { windows } = hits(TEXT, re, n);
    expect(windows.map((w) => w.map((p) => (p.hit ? p.text : `-${p.text}`)))).toEqual(expected);
  });
});
