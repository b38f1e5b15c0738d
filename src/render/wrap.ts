// Wrapping by display width (wide CJK, emoji, ANSI styling), breaking words longer than the line.
//
// wrap-ansi is the engine. Most news prose, though, is "simple": every character is one column wide on
// its own, there are no escape sequences, tabs or carriage returns, and the only space is U+0020. For such
// text display width is string length, and wrap-ansi's algorithm reduces to the few lines of `wrapSimple`
// below, which do exactly what wrap-ansi's `exec` does with { hard: true, trim: true, wordWrap: true }
// (test/perf/wrap-fast-path.test.ts checks that on arbitrary input). That skips the grapheme segmenter and
// the per-word width measurement, the bulk of rendering time, and the first-use compilation of the emoji
// and East Asian width tables.

import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/**
 * Text whose every UTF-16 unit is a character one column wide by itself and never part of a wider
 * grapheme: printable ASCII, Latin-1 letters and signs (not NBSP, not the soft hyphen), dashes, quotes,
 * bullets and the ellipsis (U+2010-U+2027). No whitespace but U+0020, so String#trim only removes spaces.
 */
const SIMPLE = /^[\x20-\x7e\xa1-\xac\xae-\xff\u2010-\u2027]*$/;
/** The same, over several lines. */
const SIMPLE_LINES = /^[\n\x20-\x7e\xa1-\xac\xae-\xff\u2010-\u2027]*$/;

export function isSimple(text: string): boolean {
  return SIMPLE.test(text);
}

/** Columns `text` takes on a terminal: its length for simple text, string-width's measure otherwise. */
export function displayWidth(text: string): number {
  return SIMPLE.test(text) ? text.length : stringWidth(text);
}

/** Wrap `text` to `width` columns, every line prefixed by `indent` (counted in the width). */
export function wrap(text: string, width: number, indent = ''): string {
  const inner = Math.max(1, width - indent.length);
  const trimmed = trimInsideStyles(text);
  let wrapped = wrapText(trimmed, inner);
  if (!SIMPLE_LINES.test(trimmed)) wrapped = wrapped.split('\n').map((line) => fitZeroWidth(line, inner)).join('\n');
  return indent === '' ? wrapped : wrapped.replace(/^/gm, indent);
}

/**
 * wrap-ansi trims each line, but not whitespace behind a style's opening code, so styled and plain output
 * would differ when the text starts or ends with whitespace (left where a control sequence was removed).
 */
function trimInsideStyles(text: string): string {
  return text.replace(/^((?:\u001b\[[0-9;]*m)*)\s+/u, '$1').replace(/\s+((?:\u001b\[[0-9;]*m)*)$/u, '$1');
}

/**
 * A "word" of no width (a lone soft hyphen, RTL mark, combining accent or zero-width space between spaces)
 * never makes wrap-ansi break the line, so the space before it can push a full line past the width: drop
 * such spaces, from the right, until the line fits.
 */
function fitZeroWidth(line: string, columns: number): string {
  if (stringWidth(line) <= columns) return line;
  const words = line.split(' ');
  for (let i = words.length - 1; i > 0 && stringWidth(words.join(' ')) > columns; i--) {
    if (stringWidth(words[i]!) === 0) words.splice(i - 1, 2, words[i - 1]! + words[i]!);
  }
  return words.join(' ');
}

/** Exactly `wrapAnsi(text, columns, { hard: true, trim: true, wordWrap: true })`, faster for simple text. */
export function wrapText(text: string, columns: number): string {
  if (!SIMPLE_LINES.test(text)) return wrapAnsi(text, columns, { hard: true, trim: true, wordWrap: true });
  return text.split('\n').map((line) => wrapSimple(line, columns)).join('\n');
}

/** wrap-ansi's `exec` for one line of simple text, where every width is a length. */
function wrapSimple(line: string, columns: number): string {
  if (line.trim() === '') return '';
  // Fast exit: a line that fits needs only its ends trimmed of spaces, and runs of spaces kept inside.
  if (line.length <= columns) return collapseFitting(line);
  const rows: string[] = [''];
  let rowLength = 0;
  let trimmedRowIndex = -1;
  let first = true;
  for (const word of line.split(' ')) {
    const rowIndex = rows.length - 1;
    if (trimmedRowIndex !== rowIndex) {
      const row = rows[rowIndex]!;
      const trimmed = row.trimStart();
      if (trimmed.length !== row.length) {
        rows[rowIndex] = trimmed;
        rowLength = trimmed.length;
      }
      if (trimmed.length > 0) trimmedRowIndex = rowIndex;
    }
    if (first) first = false;
    else if (rowLength > 0) {
      rows[rows.length - 1] += ' ';
      rowLength++;
    }
    const w = word.length;
    if (w > columns) {
      // A word longer than the line is broken across rows, starting here only if that takes no more rows.
      const remaining = columns - rowLength;
      const breaksStartingThisLine = 1 + Math.floor((w - remaining - 1) / columns);
      const breaksStartingNextLine = Math.floor((w - 1) / columns);
      if (breaksStartingNextLine < breaksStartingThisLine) {
        rows.push('');
        rowLength = 0;
      }
      let visible = rowLength;
      for (let i = 0; i < w; i++) {
        if (visible > 0 && visible + 1 > columns) {
          rows.push('');
          visible = 0;
        }
        rows[rows.length - 1] += word.charAt(i);
        visible++;
        if (visible === columns && i < w - 1) {
          rows.push('');
          visible = 0;
        }
      }
      rowLength = rows[rows.length - 1]!.length;
      continue;
    }
    if (rowLength + w > columns && rowLength > 0 && w > 0) {
      rows.push('');
      rowLength = 0;
    }
    rows[rows.length - 1] += word;
    rowLength += w;
  }
  return rows.map(trimEndSpaces).join('\n');
}

/** A line that fits in one row: wrap-ansi trims its start and end and keeps inner spaces as they are. */
function collapseFitting(line: string): string {
  return trimEndSpaces(line.trimStart());
}

function trimEndSpaces(row: string): string {
  let end = row.length;
  while (end > 0 && row.charCodeAt(end - 1) === 32) end--;
  return end === row.length ? row : row.slice(0, end);
}
