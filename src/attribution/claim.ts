// A claim: a source, a cue and the content attributed to it, as offsets into the paragraph; and the small
// helpers every rule that finds one uses.

import type { Mention } from './mention.js';
import { countLetterRuns } from '../text/scan.js';

export interface Claim {
  /** A second stretch of content, before the source ("X, she said, Y"). */
  extra?: [number, number];
  mention: Mention;
  cue: string | null;
  cueStart: number;
  contentStart: number;
  contentEnd: number;
}

/** The runs of letters and digits in `text` (/[\p{L}\p{N}]+/gu), counted without a regex: a hot path. */
export const wordCount = countLetterRuns;

/** Whether `text` has at most `max` words (runs of letters and digits), reading no further than it must. */
export function hasAtMostWords(text: string, max: number): boolean {
  return countLetterRuns(text, max) <= max;
}

/** Offsets with surrounding white space and dangling punctuation removed (quote marks stay). */
/**
 * An abbreviation with stops inside it, or a suffix, at the end of a text: "a.m.", "U.S.", "Jr.". (ASCII
 * letters: a Unicode class here is compiled at every start, and such abbreviations are ASCII.)
 */
const ABBREVIATION_END = /(?:(?:^|[^A-Za-z])[A-Za-z]\.[A-Za-z]\.|\b(?:Jr|Sr)\.)$/;

export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–(-]/.test(text[end - 1]!)) end--;
  // (A stop that also ends an abbreviation stays: "around 3 a.m.", "in the U.S.", "Martin Luther King Jr.")
  if (end > start && text[end - 1] === '.' && !/\.\.$/.test(text.slice(end - 2, end)) && !((text[end - 3] === '.' || text[end - 2] === 'r') && ABBREVIATION_END.test(text.slice(Math.max(start, end - 6), end)))) end--;
  return [start, end];
}
