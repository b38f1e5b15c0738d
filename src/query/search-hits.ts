// Match offsets in one searchable text → hits shown as sentences, with context. Pure.

import { splitSentences, type SentenceRange } from './sentences.js';

export type HitKind = 'title' | 'heading' | 'paragraph' | 'caption';

/** A piece of the article that search looks in, and where it is. */
export interface Place {
  readonly kind: HitKind;
  /** The paragraph's number; null for the title, headings and captions. */
  readonly paragraph: number | null;
  /** The section's number; null for the title. */
  readonly section: number | null;
  /** The section's heading (null for the untitled lead and for the title). */
  readonly sectionTitle: string | null;
  /** Captions: the paragraph the caption follows (0 before the first). */
  readonly afterParagraph?: number;
}

export interface Match {
  /** Offsets into the hit's sentence, in UTF-16 code units (JavaScript string offsets). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A sentence (or run of sentences, when a match crosses from one into the next) holding matches. */
export interface Hit {
  readonly sentence: string;
  readonly matches: readonly Match[];
  /** Up to N sentences before and after it in the same paragraph (-C N). */
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/** One sentence of a window: a hit, or context around one. */
export interface WindowPart {
  readonly text: string;
  readonly matches: readonly Match[];
  readonly hit: boolean;
}

export interface PlaceHits {
  readonly place: Place;
  readonly hits: readonly Hit[];
  /** Hits with their context, overlapping contexts merged: what is printed, in reading order. */
  readonly windows: readonly (readonly WindowPart[])[];
}

/** Titles and headings are shown whole; paragraphs and captions sentence by sentence. */
function sentencesOf(place: Place, text: string): SentenceRange[] {
  if (place.kind === 'title' || place.kind === 'heading') return [{ start: 0, end: text.length }];
  const ranges = splitSentences(text);
  return ranges.length > 0 ? ranges : [{ start: 0, end: text.length }];
}

/** The index of the sentence holding offset `at` (white space between two sentences goes with the next). */
function sentenceAt(ranges: readonly SentenceRange[], at: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ranges[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return at >= ranges[lo]!.end && lo + 1 < ranges.length ? lo + 1 : lo;
}

interface Group {
  first: number;
  last: number;
  start: number;
  end: number;
  spans: number[];
}

/** `offsets`: flat [start, end, …] pairs into `text`, in order, as findAll returns them. */
export function hitsIn(place: Place, text: string, offsets: readonly number[], context = 0): PlaceHits {
  const ranges = sentencesOf(place, text);
  const groups: Group[] = [];
  for (let i = 0; i < offsets.length; i += 2) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    const first = sentenceAt(ranges, start);
    const last = end > start ? Math.max(first, sentenceAt(ranges, end - 1)) : first;
    const open = groups[groups.length - 1];
    if (open !== undefined && first <= open.last) {
      open.last = Math.max(open.last, last);
      open.end = Math.max(open.end, end, ranges[open.last]!.end);
      open.spans.push(start, end);
    } else {
      const from = Math.min(start, ranges[first]!.start);
      groups.push({ first, last, start: from, end: Math.max(end, ranges[last]!.end), spans: [start, end] });
    }
  }
  const sentence = (i: number): string => text.slice(ranges[i]!.start, ranges[i]!.end);
  const hits = groups.map((g): Hit => {
    const matches: Match[] = [];
    for (let i = 0; i < g.spans.length; i += 2) {
      const s = g.spans[i]!;
      const e = g.spans[i + 1]!;
      matches.push({ start: s - g.start, end: e - g.start, text: text.slice(s, e) });
    }
    const before: string[] = [];
    const after: string[] = [];
    for (let i = Math.max(0, g.first - context); i < g.first; i++) before.push(sentence(i));
    for (let i = g.last + 1; i <= Math.min(ranges.length - 1, g.last + context); i++) after.push(sentence(i));
    return { sentence: text.slice(g.start, g.end), matches, before, after };
  });
  return { place, hits, windows: windowsOf(groups, hits, ranges.length, context, sentence) };
}

function windowsOf(
  groups: readonly Group[],
  hits: readonly Hit[],
  count: number,
  context: number,
  sentence: (i: number) => string,
): WindowPart[][] {
  const windows: WindowPart[][] = [];
  let shownUpTo = -1; // the last sentence index already in a window
  groups.forEach((g, h) => {
    const from = Math.max(0, g.first - context, shownUpTo + 1);
    const window = from > shownUpTo + 1 || windows.length === 0 ? [] : windows[windows.length - 1]!;
    if (window.length === 0) windows.push(window);
    for (let i = from; i < g.first; i++) window.push({ text: sentence(i), matches: [], hit: false });
    window.push({ text: hits[h]!.sentence, matches: hits[h]!.matches, hit: true });
    shownUpTo = g.last;
    const next = groups[h + 1];
    const to = Math.min(count - 1, g.last + context, next === undefined ? Infinity : next.first - 1);
    for (let i = g.last + 1; i <= to; i++) window.push({ text: sentence(i), matches: [], hit: false });
    shownUpTo = Math.max(shownUpTo, to);
  });
  return windows;
}
