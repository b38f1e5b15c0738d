// The styled search renderer at narrow widths: every visible line fits, whatever the label, the heading or
// the closing count. Table-driven over places, texts and widths.

import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/query/search-context.js';
import type { Place } from '../../src/query/search-hits.js';
import { jsonWriter, plainWriter, styledWriter } from '../../src/render/search.js';
import { styledTheme } from '../../src/render/theme.js';

const SGR = /\u001b\[[0-9;]*m/g;

const paragraph = (n: number, section = 1, sectionTitle: string | null = null): Place => ({ kind: 'paragraph', paragraph: n, section, sectionTitle });
const caption: Place = { kind: 'caption', paragraph: null, section: 1, sectionTitle: null, afterParagraph: 2 };
const heading: Place = { kind: 'heading', paragraph: null, section: 2, sectionTitle: 'A heading that runs on past any narrow width' };

function line(place: Place, text: string, word: string): Line {
  const start = text.indexOf(word);
  return { place, text, matches: [{ start, end: start + word.length, text: word }], hit: true };
}

const CASES: readonly [string, Line][] = [
  ['a short paragraph', line(paragraph(12), 'The pier is long.', 'pier')],
  ['a long label', line(paragraph(123456789), 'The pier is long and the quay is wide.', 'pier')],
  ['a caption', line(caption, 'A photo of the pier at dusk.', 'pier')],
  ['wide characters', line(paragraph(7), '漢字中文日本漢字中文日本漢字中文日本 pier 漢字中文日本漢字中文日本', 'pier')],
  ['one long word', line(paragraph(3), 'Thepierwithoutanyspacesatallrunsonandon.', 'pier')],
  ['a heading', line(heading, heading.sectionTitle!, 'heading')],
  ['a zero-width mark after a full line', line(paragraph(1), '“a aaaaaaaaaa \u200f a,” e', 'e')],
  ['a soft hyphen between spaces', line(paragraph(1), 'aeaaaaaa aaaa aaaaaaa \u00ad x', 'e')],
  ['a long section name', line(paragraph(40, 9, 'Section title that is longer than ten columns'), 'The pier.', 'pier')],
];

describe('styled search output at narrow widths', () => {
  for (const [name, hit] of CASES)
    it.each([10, 11, 13, 15, 20, 40])(`when ${name} is rendered at %d columns, then every line fits`, (width) => {
      const writer = styledWriter({ width, theme: styledTheme(1) });
      writer.window([hit]);
      const text = writer.finish(1, 1);
      for (const l of text.replace(SGR, '').split('\n')) expect(stringWidth(l), JSON.stringify(l)).toBeLessThanOrEqual(width);
      expect(text.replace(SGR, '').replace(/\s+/g, '')).toContain('1matchin1place');
    });

  it.each([
    [1, 1, '1 match in 1 place'],
    [2, 1, '2 matches in 1 place'],
    [1000000, 999999, '1000000 matches in 999999 places'],
  ])('when %d matches in %d places are summed up at 10 columns, then the count is wrapped, not cut', (count, places, summary) => {
    const text = styledWriter({ width: 10, theme: styledTheme(1) }).finish(count, places).replace(SGR, '');
    for (const l of text.split('\n')) expect(stringWidth(l)).toBeLessThanOrEqual(10);
    expect(text.replace(/\n/g, ' ').replace(/\s+/g, ' ').trim()).toBe(summary);
  });
});

describe('search writers taken in pieces', () => {
  const hits: Line[] = [
    line(paragraph(1), 'The pier is long.', 'pier'),
    line(paragraph(2), 'The pier is wide.', 'pier'),
    line(paragraph(3, 2, 'Second'), 'The pier is old.', 'pier'),
    line(caption, 'A pier at dusk.', 'pier'),
  ];
  const feed = (writer: ReturnType<typeof styledWriter>, take: boolean): string => {
    let out = '';
    for (const h of hits) {
      writer.hit({ place: h.place, sentence: h.text, matches: h.matches, before: [], after: [] });
      writer.window([h]);
      if (take) out += writer.take();
    }
    return out + writer.finish(hits.length, hits.length);
  };
  it.each([
    ['plain', () => plainWriter(0)],
    ['plain with context', () => plainWriter(1)],
    ['styled', () => styledWriter({ width: 30, theme: styledTheme(1) })],
    ['JSON', () => jsonWriter(0)],
  ])('when the %s writer is taken from after every hit, then the pieces join into what finish alone gives', (_name, make) => {
    expect(feed(make(), true)).toBe(feed(make(), false));
  });
});
