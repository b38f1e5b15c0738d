// Word counting shared by the model (article, section totals) and the renderers.

const WORD = /[\p{L}\p{N}]/u;

/** A word is a whitespace-separated token with at least one letter or digit ("—" alone is not a word). */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (WORD.test(token)) n++;
  return n;
}
