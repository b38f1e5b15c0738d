// Word counting shared by the model (article, section totals) and the renderers. Runs on every paragraph
// of every input, so it is a loop over characters rather than a split and a regex per token.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Scripts written without spaces between words: each character counts as a word, as reading-time
// estimates for Chinese and Japanese do.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const SPACE = /\s/;

/** A word is a whitespace-separated token with at least one letter or digit ("—" alone is not a word). */
export function countWords(text: string): number {
  let n = 0;
  let wordy = false; // the current token has a letter or digit not yet counted
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        if (wordy) n++;
        wordy = false;
      } else if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) wordy = true;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++; // the second half of a surrogate pair
    if (SPACE.test(ch)) {
      if (wordy) n++;
      wordy = false;
    } else if (UNSPACED.test(ch)) {
      if (wordy) n++; // "Tokyo東京": the Latin part is a word of its own
      n++;
      wordy = false;
    } else if (LETTER_OR_DIGIT.test(ch)) wordy = true;
  }
  return wordy ? n + 1 : n;
}
