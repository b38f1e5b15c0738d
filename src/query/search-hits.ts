// Match offsets in one searchable text → the sentences to show: hits (with their matches) and the sentences
// around them. Pure.

import { detach } from '../parse/blocks.js';
import { splitSentences, type SentenceRange } from './sentences.js';

export type HitKind = 'title' | 'standfirst' | 'heading' | 'paragraph' | 'caption';

/** A piece of the article that search looks in, and where it is. */
export interface Place {
  readonly kind: HitKind;
  /** The paragraph's number; null for the title, the standfirst, headings and captions. */
  readonly paragraph: number | null;
  /** The section's number; null for the title and the standfirst. */
  readonly section: number | null;
  /** The section's heading (null for the untitled lead and for the title). */
  readonly sectionTitle: string | null;
  /** Captions: the paragraph the caption follows (0 before the first). */
  readonly afterParagraph?: number;
  /** search --speaker: the speaker whose statement this is (the attribution engine's canonical name). */
  readonly speaker?: string;
}

export interface Match {
  /** Offsets into the hit's sentence, in UTF-16 code units (JavaScript string offsets). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * One sentence of a place in reading order: a hit (holding matches; a run of sentences when a match crosses
 * from one into the next) or a sentence without a match, kept as possible context.
 */
export interface Unit {
  readonly text: string;
  readonly matches: readonly Match[];
  readonly hit: boolean;
}

/** Titles, standfirsts and headings are shown whole; paragraphs and captions sentence by sentence. */
function sentencesOf(kind: HitKind, text: string): SentenceRange[] {
  if (kind === 'title' || kind === 'standfirst' || kind === 'heading') return [{ start: 0, end: text.length }];
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

function groupsOf(ranges: readonly SentenceRange[], offsets: readonly number[]): Group[] {
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
  return groups;
}

/**
 * The units of `text` in reading order. `offsets`: flat [start, end, …] match offsets into `text`, in order,
 * as findAll returns them. `withContext`: also return the sentences without a match (else only hits).
 */
export function unitsOf(kind: HitKind, text: string, offsets: readonly number[], withContext: boolean): Unit[] {
  const ranges = sentencesOf(kind, text);
  const units: Unit[] = [];
  let next = 0; // the first sentence not yet returned
  const context = (upTo: number): void => {
    if (!withContext) return;
    for (let i = next; i < upTo; i++) units.push({ text: detach(text.slice(ranges[i]!.start, ranges[i]!.end)), matches: [], hit: false });
  };
  for (const g of groupsOf(ranges, offsets)) {
    context(g.first);
    const matches: Match[] = [];
    for (let i = 0; i < g.spans.length; i += 2) {
      const s = g.spans[i]!;
      const e = g.spans[i + 1]!;
      matches.push({ start: s - g.start, end: e - g.start, text: detach(text.slice(s, e)) });
    }
    units.push({ text: detach(text.slice(g.start, g.end)), matches, hit: true });
    next = g.last + 1;
  }
  context(ranges.length);
  return units;
}
