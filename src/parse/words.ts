// Word counting shared by the model (article, section totals) and the renderers. Runs on every paragraph
// of every input, so it is a loop over characters rather than a split and a regex per token.

// Made on first need: a Unicode property class costs ~0.2-0.5 ms to build, and the usual non-ASCII of
// English news (curly quotes, dashes, accented Latin letters) is told apart below without them.
let LETTER_OR_DIGIT: RegExp | undefined;
// Scripts written without spaces between words: each character counts as a word, as reading-time
// estimates for Chinese and Japanese do.
let UNSPACED: RegExp | undefined;
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
    // Dashes, quotes, bullets and the ellipsis (U+2010-U+2027): neither space nor letter, so no change.
    if (c >= 0x2010 && c <= 0x2027) continue;
    // Latin-1 letters (À-ÿ but × and ÷): letters.
    if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) {
      wordy = true;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++; // the second half of a surrogate pair
    if (SPACE.test(ch)) {
      if (wordy) n++;
      wordy = false;
    } else if ((UNSPACED ??= /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u).test(ch)) {
      if (wordy) n++; // "Tokyo東京": the Latin part is a word of its own
      n++;
      wordy = false;
    } else if ((LETTER_OR_DIGIT ??= /[\p{L}\p{N}]/u).test(ch)) wordy = true;
  }
  return wordy ? n + 1 : n;
}
