// Match offsets → units (hit sentences and the rest), and the collector that adds context across the
// paragraphs of a section and merges overlapping contexts into windows.

import { describe, expect, it } from 'vitest';
import { HitCollector, type Hit, type Line } from '../../src/query/search-context.js';
import { unitsOf, type HitKind, type Place } from '../../src/query/search-hits.js';
import { findAll } from '../../src/query/search.js';

const TEXT = 'Alpha one. Beta pier two. Gamma three. Delta pier four. Epsilon five. Zeta six.';

function units(text: string, pattern: RegExp, withContext = false, kind: HitKind = 'paragraph') {
  return unitsOf(kind, text, findAll(pattern, text), withContext);
}

describe('hits as sentences', () => {
  it('when a match is found, then the hit is its sentence and the offsets point into that sentence', () => {
    const found = units(TEXT, /pier/gu);
    expect(found.map((u) => u.text)).toEqual(['Beta pier two.', 'Delta pier four.']);
    for (const u of found) for (const m of u.matches) expect(u.text.slice(m.start, m.end)).toBe(m.text);
    expect(found[0]!.matches).toEqual([{ start: 5, end: 9, text: 'pier' }]);
  });

  it('when context is asked for, then the sentences without a match come too, in reading order', () => {
    expect(units(TEXT, /pier/gu, true).map((u) => (u.hit ? u.text : `-${u.text}`))).toEqual([
      '-Alpha one.', 'Beta pier two.', '-Gamma three.', 'Delta pier four.', '-Epsilon five.', '-Zeta six.',
    ]);
  });

  it('when one sentence holds two matches, then it is one hit with two matches', () => {
    const found = units('The pier and the pier. Next.', /pier/gu);
    expect(found).toHaveLength(1);
    expect(found[0]!.matches.map((m) => m.start)).toEqual([4, 17]);
  });

  it('when a match crosses from one sentence into the next, then the hit spans both', () => {
    const found = units(TEXT, /two\. Gamma/gu);
    expect(found.map((u) => u.text)).toEqual(['Beta pier two. Gamma three.']);
    expect(found[0]!.matches).toEqual([{ start: 10, end: 20, text: 'two. Gamma' }]);
  });

  it('when a match takes in the space between sentences, then its offsets stay inside the hit', () => {
    const u = units(TEXT, /one\. /gu)[0]!;
    expect(u.text.slice(u.matches[0]!.start, u.matches[0]!.end)).toBe('one. ');
  });

  it('when the text has emoji and CJK, then offsets are JavaScript string offsets into the sentence', () => {
    const found = units('町長は約束した。 🚢 signs read “pier now”.', /pier/gu);
    expect(found[0]!.text).toBe('🚢 signs read “pier now”.');
    expect(found[0]!.matches[0]).toEqual({ start: 15, end: 19, text: 'pier' });
  });

  it.each([
    ['title', 'Harbour town. New pier plan'],
    ['heading', 'What the U.S. pier means. For fishing'],
  ] as const)('when a %s matches, then the whole of it is the sentence', (kind, text) => {
    expect(units(text, /pier/gu, false, kind).map((u) => u.text)).toEqual([text]);
  });
});

/** A collector whose sink keeps what it is handed; finish() ends the flow and returns it. */
function collecting(n: number) {
  const hits: Hit[] = [];
  const windows: (readonly Line[])[] = [];
  const collector = new HitCollector(n, { hit: (h) => hits.push(h), window: (w) => windows.push(w) });
  const finish = () => {
    collector.breakFlow();
    return { hits, windows, places: collector.places };
  };
  return { collector, finish };
}

describe('context across paragraphs (-C)', () => {
  const SECTION = [
    'P1 alpha. P1 beta.',
    'P2 pier.',
    'P3 gamma.',
    'P4 delta. P4 pier. P4 epsilon.',
    'P5 zeta.',
    'P6 eta.',
    'P7 theta. P7 pier.',
  ];

  function collect(n: number, paragraphs: readonly string[] = SECTION, headingBefore?: number) {
    const { collector, finish } = collecting(n);
    paragraphs.forEach((text, i) => {
      if (headingBefore === i + 1) collector.addApart({ kind: 'heading', paragraph: null, section: 2, sectionTitle: 'H' }, []);
      const place: Place = { kind: 'paragraph', paragraph: i + 1, section: 1, sectionTitle: null };
      collector.addFlow(place, units(text, /pier/gu, n > 0));
    });
    return finish();
  }
  const shape = (windows: ReturnType<typeof collect>['windows']) =>
    windows.map((w) => w.map((l) => `${l.place.paragraph}${l.hit ? ':' : '-'}${l.text}`));

  it.each([
    [0, [['2:P2 pier.'], ['4:P4 pier.'], ['7:P7 pier.']]],
    [1, [['1-P1 beta.', '2:P2 pier.', '3-P3 gamma.', '4-P4 delta.', '4:P4 pier.', '4-P4 epsilon.'], ['7-P7 theta.', '7:P7 pier.']]],
    [2, [['1-P1 alpha.', '1-P1 beta.', '2:P2 pier.', '3-P3 gamma.', '4-P4 delta.', '4:P4 pier.', '4-P4 epsilon.', '5-P5 zeta.', '6-P6 eta.', '7-P7 theta.', '7:P7 pier.']]],
  ] as const)('when -C %d is asked for, then the windows are %j', (n, expected) => {
    expect(shape(collect(n).windows)).toEqual(expected);
  });

  it('when -C 2 is asked for, then each hit carries the two sentences before and after it, hits included', () => {
    const { hits } = collect(2);
    expect(hits.map((h) => [h.before, h.after])).toEqual([
      [['P1 alpha.', 'P1 beta.'], ['P3 gamma.', 'P4 delta.']],
      [['P3 gamma.', 'P4 delta.'], ['P4 epsilon.', 'P5 zeta.']],
      [['P6 eta.', 'P7 theta.'], []],
    ]);
  });

  it('when a heading stands between, then context does not run across it', () => {
    const { windows, hits } = collect(1, ['A pier. Bee.', 'Cee. D pier.'], 2);
    expect(shape(windows)).toEqual([['1:A pier.', '1-Bee.'], ['2-Cee.', '2:D pier.']]);
    expect(hits.map((h) => [h.before, h.after])).toEqual([[[], ['Bee.']], [['Cee.'], []]]);
  });

  it('when a title, heading or caption matches, then it stands in a window of its own', () => {
    const { collector, finish } = collecting(1);
    const para: Place = { kind: 'paragraph', paragraph: 1, section: 1, sectionTitle: null };
    const caption: Place = { kind: 'caption', paragraph: null, section: 1, sectionTitle: null, afterParagraph: 1 };
    collector.addFlow(para, units('A pier. B.', /pier/gu, true));
    collector.addApart(caption, units('The pier at dawn.', /pier/gu, false, 'caption'));
    collector.addFlow({ ...para, paragraph: 2 }, units('C. D.', /pier/gu, true));
    const { windows, places } = finish();
    expect(windows.map((w) => w.map((l) => l.text))).toEqual([['A pier.', 'B.'], ['The pier at dawn.']]);
    expect(places).toBe(2);
  });
});
