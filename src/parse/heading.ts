// Section headings: short one-line blocks that do not read as sentences, and ALL-CAPS subheads.

const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARS = 90;

export function isHeading(line: string): boolean {
  if (line.length > MAX_HEADING_CHARS) return false;
  const words = line.split(/\s+/);
  if (words.length > MAX_HEADING_WORDS) return false;
  if (!/^[\p{Lu}\p{N}“"‘']/u.test(line)) return false;
  if (isAllCapsSubhead(line)) return true;
  // A sentence ends in punctuation; a heading does not. Quote marks alone mean a pull quote, not a heading.
  if (/[.!?:;,…"”’)\]]$/u.test(line)) return false;
  if (/^[“"‘']/u.test(line)) return false;
  return words.length >= 2 || /^\p{Lu}/u.test(line);
}

/** "GOING BROKE FOR RUBIO." — capital letters throughout, at least two words of letters. */
export function isAllCapsSubhead(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters) && /\s/.test(line.trim());
}
