// Word counting shared by the model (article, section totals) and the renderers.

const WORD = /[\p{L}\p{N}]/u;
// Scripts written without spaces between words: each character counts as a word, as reading-time
// estimates for Chinese and Japanese do.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/** A word is a whitespace-separated token with at least one letter or digit ("—" alone is not a word). */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) {
    const unspaced = token.match(UNSPACED)?.length ?? 0;
    if (unspaced > 0) n += unspaced + (WORD.test(token.replace(UNSPACED, '')) ? 1 : 0);
    else if (WORD.test(token)) n++;
  }
  return n;
}
