// A sentence that points back to the quotation before it: "“We were lied to.” That is how Maria Chen describes
// her years at the firm." What its source said is that quotation, not the object of the cue.

import { trimRange } from './claim.js';

/** "That is how Maria Chen describes …", "That was what the mayor called it": up to the cue, the sentence points back. */
const THAT_IS_HOW = /^\s*(?:That|This)(?:\s+(?:is|was)|['’]s)\s+(?:how|what)\s+[^;:\u2592]{1,80}$/;
/** A quotation closing right before `at` (its marks included), the whole of the sentence before. */
const QUOTATION_ENDS = /["“‘'][^\p{L}\p{N}]*\u2592[\u2592\s.,!?…]*["”’']+\s*$/u;

/**
 * The range of the quotation a sentence starting at `start` points back to, when the sentence up to its cue
 * (`cueStart`) is "That is how …" and a quotation that is a sentence of its own ends right before it; else null.
 */
export function quotationPointedBack(text: string, masked: string, start: number, cueStart: number): [number, number] | null {
  if (!THAT_IS_HOW.test(masked.slice(start, cueStart))) return null;
  const before = masked.slice(Math.max(0, start - 2000), start);
  const m = QUOTATION_ENDS.exec(before);
  if (m === null) return null;
  const from = start - before.length + m.index;
  // (Only a quotation that is a sentence of its own: nothing but it since the sentence before.)
  if (!/(?:^|[.!?]["”’']*)\s*$/.test(masked.slice(Math.max(0, from - 3), from))) return null;
  return trimRange(text, from, start);
}
