// Section headings: short one-line blocks that do not read as sentences, ALL-CAPS subheads and the question
// subheads of explainers.

const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARS = 90;
/**
 * A question with no quotation in it, opening with a question word. (Not with an auxiliary: "Did that mean
 * Garcia would vote for Trump?" stands alone in a story as a turn of its narrative.)
 */
const QUESTION_HEADING = /^(?:What|Why|How|When|Where|Who|Which|Whose)\s[^"“”‘’']*\?$/;

export function isHeading(line: string): boolean {
  if (line.length > MAX_HEADING_CHARS) return false;
  const words = line.split(/\s+/);
  if (words.length > MAX_HEADING_WORDS) return false;
  // ASCII first: /^[\p{Lu}\p{N}…]/u costs ~0.15 ms to build, and most lines start with an ASCII character.
  const first = line.charCodeAt(0);
  if (first < 128 ? !((first >= 65 && first <= 90) || (first >= 48 && first <= 57) || first === 34 || first === 39) : !/^[\p{Lu}\p{N}“"‘']/u.test(line)) return false;
  if (isAllCapsSubhead(line)) return true;
  // "What has been announced?": the question subheads of explainers.
  if (words.length >= 3 && line.endsWith('?') && QUESTION_HEADING.test(line)) return true;
  // A sentence ends in punctuation; a heading does not. Quote marks alone mean a pull quote, not a heading.
  if (/[.!?:;,…"”’)\]]$/u.test(line)) return false;
  if (/^[“"‘']/u.test(line)) return false;
  return words.length >= 2 || /^\p{Lu}/u.test(line);
}

/** "GOING BROKE FOR RUBIO." — capital letters throughout, at least two words of letters. */
export function isAllCapsSubhead(line: string): boolean {
  // On ASCII text \p{L} is [A-Za-z] and \p{Lu} [A-Z]: the same answer without building Unicode classes.
  const ascii = /^[\0-\x7f]*$/.test(line);
  const letters = line.replace(ascii ? /[^A-Za-z]/g : /[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && (ascii ? /[A-Z]/ : /\p{Lu}/u).test(letters) && /\s/.test(line.trim());
}
