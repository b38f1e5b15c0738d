// Grapheme segmentation a window at a time (src/text/graphemes.ts) gives exactly the clusters Intl.Segmenter
// gives for the whole text, wherever the windows end: inside emoji sequences, flags, combining marks,
// Hangul syllables, Indic conjuncts, CRLF and surrogate pairs, lone halves included.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphemeSegmenter } from '../../src/text/graphemes.js';
import { FC } from './arbitraries.js';

/** Pieces whose clusters reach across their neighbours, or do not. */
const piece = fc.constantFrom(
  'a', 'Z', ' ', '中', 'e\u0301', '\u0301', '\u0308', 'ü',
  '\u{1F600}', '\u{1F44D}', '\u{1F3FD}', '\u200d', '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', '\ufe0f', '\u2764',
  '\u{1F1EB}', '\u{1F1F7}', '\u{1F1E9}', // regional indicators: flags pair them from the start of a run
  '\u1100', '\u1161', '\u11a8', '\uac00', // Hangul jamo L, V, T and a syllable
  'क', '\u094d', 'ष', // Devanagari: a conjunct joins across the virama
  '\r', '\n', '\r\n', '\u0007',
  '\ud83d', '\ude00', // lone halves of a pair
);
const text = fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join(''));

const clusters = (segments: Iterable<{ segment: string; index: number }>) => [...segments].map((s) => [s.index, s.segment]);

describe('grapheme clusters a window at a time', () => {
  it('when any text is segmented in windows of 1 to 12 units, then the clusters are those of the whole text', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (t, window) => {
        expect(clusters(new GraphemeSegmenter(undefined, undefined, window).segment(t))).toEqual(clusters(new Intl.Segmenter().segment(t)));
      }),
      FC,
    );
  });

  it('when a cluster is longer than the window, then it comes whole', () => {
    const long = `a${'\u0301'.repeat(50)}b`;
    expect(clusters(new GraphemeSegmenter(undefined, undefined, 4).segment(long))).toEqual([[0, long.slice(0, 51)], [51, 'b']]);
  });

  it('when 40,000 emoji are segmented at the default window, then every one is a cluster of its own', () => {
    const emoji = '\u{1F600}'.repeat(40_000);
    const segments = [...new GraphemeSegmenter().segment(emoji)];
    expect(segments).toHaveLength(40_000);
    expect(segments.every((s, i) => s.index === 2 * i && s.segment === '\u{1F600}')).toBe(true);
  });
});
