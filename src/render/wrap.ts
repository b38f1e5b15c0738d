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
  if (SIMPLE.test(text)) return text.length;
  // Styled simple text: the characters between the escape codes (as string-width counts them).
  if (text.includes('\x1b')) {
    const plain = text.replace(SGR, (seq, code: string) => (SGR_CODES.has(code) ? '' : seq));
    if (SIMPLE.test(plain)) return plain.length;
  }
  return stringWidth(text);
}

/** Wrap `text` to `width` columns, every line prefixed by `indent` (counted in the width). */
export function wrap(text: string, width: number, indent = ''): string {
  const inner = Math.max(1, width - indent.length);
  const trimmed = trimInsideStyles(text);
  // Simple text has no zero-width words: nothing for fitZeroWidth to do.
  if (SIMPLE_LINES.test(trimmed)) {
    const wrapped = wrapSimpleLines(trimmed, inner);
    return indent === '' ? wrapped : wrapped.replace(/^/gm, indent);
  }
  let wrapped = wrapText(trimmed, inner);
  wrapped = wrapped.split('\n').map((line) => fitZeroWidth(line, inner)).join('\n');
  return indent === '' ? wrapped : wrapped.replace(/^/gm, indent);
}

const EDGE_START = /[\s\x1b]/u;
const EDGE_END = /[\sm]/u;

/**
 * wrap-ansi trims each line, but not whitespace behind a style's opening code, so styled and plain output
 * would differ when the text starts or ends with whitespace (left where a control sequence was removed).
 */
function trimInsideStyles(text: string): string {
  // Nothing to trim unless the text starts with whitespace or an escape, or ends with whitespace or an 'm'.
  if (!EDGE_START.test(text.charAt(0)) && !EDGE_END.test(text.charAt(text.length - 1))) return text;
  return text.replace(/^((?:\u001b\[[0-9;]*m)*)\s+/u, '$1').replace(/\s+((?:\u001b\[[0-9;]*m)*)$/u, '$1');
}

/**
 * A "word" of no width (a lone soft hyphen, RTL mark, combining accent or zero-width space between spaces)
 * never makes wrap-ansi break the line, so the space before it can push a full line past the width: drop
 * such spaces, from the right, until the line fits.
 */
function fitZeroWidth(line: string, columns: number): string {
  if (displayWidth(line) <= columns) return line;
  const words = line.split(' ');
  for (let i = words.length - 1; i > 0 && stringWidth(words.join(' ')) > columns; i--) {
    if (stringWidth(words[i]!) === 0) words.splice(i - 1, 2, words[i - 1]! + words[i]!);
  }
  return words.join(' ');
}

/** Exactly `wrapAnsi(text, columns, { hard: true, trim: true, wordWrap: true })`, faster for simple text. */
export function wrapText(text: string, columns: number): string {
  if (SIMPLE_LINES.test(text)) return wrapSimpleLines(text, columns);
  if (text.includes('\x1b') && SIMPLE_LINES.test(text.replace(SGR, (seq, code: string) => (SGR_CODES.has(code) ? '' : seq))))
    return text.split('\n').map((line) => wrapWords(line, columns)).join('\n');
  return wrapAnsi(text, columns, { hard: true, trim: true, wordWrap: true });
}

// Styled simple text: simple characters and SGR sequences of one basic colour or modifier, as our themes
// make them. wrap-ansi's algorithm again, now with zero-width escapes in the words, and its closing of the
// active styles at each row break and reopening after it.
const SGR = /\x1b\[(\d*)m/g;
/** ansi-styles' modifiers: open code → the code that closes it. */
const MODIFIER_CLOSE: ReadonlyMap<number, number> = new Map([[1, 22], [2, 22], [3, 23], [4, 24], [7, 27], [8, 28], [9, 29]]);
const CLOSE_CODES: ReadonlySet<number> = new Set(MODIFIER_CLOSE.values());
const FOREGROUND = (code: number): boolean => (code >= 30 && code <= 37) || (code >= 90 && code <= 97);
const SGR_CODES: ReadonlySet<string> = new Set([
  '',
  '0',
  '39',
  ...[...MODIFIER_CLOSE.keys(), ...CLOSE_CODES].map(String),
  ...Array.from({ length: 8 }, (_, i) => [String(30 + i), String(90 + i)]).flat(),
]);

const visibleLength = (s: string): number => (s.includes('\x1b') ? s.replace(SGR, '').length : s.length);

type Token = { readonly value: string; readonly width: number };

/** A word as escapes (width 0) and characters (width 1). */
function tokens(word: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < word.length; ) {
    if (word.charCodeAt(i) === 0x1b) {
      const end = word.indexOf('m', i) + 1;
      out.push({ value: word.slice(i, end), width: 0 });
      i = end;
    } else out.push({ value: word.charAt(i++), width: 1 });
  }
  return out;
}

/**
 * wrap-ansi's word loop, for one line whose every character is one column wide (escapes none): rows of whole
 * words, a word longer than the line broken across rows, styles closed and reopened at row ends.
 */
function wrapWords(line: string, columns: number): string {
  if (line.trim() === '') return '';
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
        rowLength = visibleLength(trimmed);
      }
      if (trimmed.length > 0) trimmedRowIndex = rowIndex;
    }
    if (first) first = false;
    else if (rowLength > 0) {
      rows[rows.length - 1] += ' ';
      rowLength++;
    }
    const w = visibleLength(word);
    if (w > columns) {
      const remaining = columns - rowLength;
      const breaksStartingThisLine = 1 + Math.floor((w - remaining - 1) / columns);
      const breaksStartingNextLine = Math.floor((w - 1) / columns);
      if (breaksStartingNextLine < breaksStartingThisLine) {
        rows.push('');
        rowLength = 0;
      }
      const parts = tokens(word);
      let visible = rowLength;
      for (let i = 0; i < parts.length; i++) {
        const token = parts[i]!;
        if (token.width > 0 && visible > 0 && visible + token.width > columns) {
          rows.push('');
          visible = 0;
        }
        rows[rows.length - 1] += token.value;
        visible += token.width;
        if (visible === columns && i < parts.length - 1) {
          rows.push('');
          visible = 0;
        }
      }
      // A last row of escapes only joins the row before it.
      if (visible === 0 && rows[rows.length - 1]!.length > 0 && rows.length > 1) rows[rows.length - 2] += rows.pop()!;
      rowLength = visibleLength(rows[rows.length - 1]!);
      continue;
    }
    if (rowLength + w > columns && rowLength > 0 && w > 0) {
      rows.push('');
      rowLength = 0;
    }
    rows[rows.length - 1] += word;
    rowLength += w;
  }
  return restoreStyles(rows.map(trimEndVisibleSpaces).join('\n'));
}

/** Trailing spaces go, even among the escapes that follow the last visible character. */
function trimEndVisibleSpaces(row: string): string {
  if (!row.includes(' ')) return row;
  const segments = row.split(/(\x1b\[\d*m)/);
  for (let i = segments.length - 1; i >= 0; i -= 2) {
    // even indexes are text, odd ones escapes
    const trimmed = trimEndSpaces(segments[i]!);
    segments[i] = trimmed;
    if (trimmed.length > 0) break;
  }
  return segments.join('');
}

interface ActiveStyle {
  readonly family: string;
  readonly open: string;
  readonly close: number;
}

/** Applies an SGR code's effect on the active styles; `resetsOnly` ignores codes that open a style. */
function applyCode(code: number, active: ActiveStyle[], resetsOnly: boolean): void {
  const remove = (keep: (s: ActiveStyle) => boolean): void => {
    for (let i = active.length - 1; i >= 0; i--) if (!keep(active[i]!)) active.splice(i, 1);
  };
  if (code === 0) active.length = 0;
  else if (code === 39) remove((s) => s.family !== 'foreground');
  else if (CLOSE_CODES.has(code)) remove((s) => !(s.family.startsWith('modifier-') && s.close === code));
  else if (resetsOnly) return;
  else {
    const style = FOREGROUND(code)
      ? { family: 'foreground', open: String(code), close: 39 }
      : { family: `modifier-${code}`, open: String(code), close: MODIFIER_CLOSE.get(code)! };
    remove((s) => s.family !== style.family);
    active.push(style);
  }
}

const sgrCode = (seq: string): number => Number(seq.slice(2, -1) || '0');

/** Each row closes the styles still open at its end, and the next row reopens them. */
function restoreStyles(text: string): string {
  if (!text.includes('\n')) return text;
  const rows = text.split('\n');
  const active: ActiveStyle[] = [];
  let out = '';
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    out += row;
    for (const seq of row.match(SGR) ?? []) applyCode(sgrCode(seq), active, false);
    if (r === rows.length - 1) break;
    if (row !== '') out += active.map((s) => `\x1b[${s.close}m`).reverse().join('');
    out += '\n';
    const next = rows[r + 1]!;
    if (next === '') continue;
    const opening = [...active];
    for (const seq of /^(?:\x1b\[\d*m)*/.exec(next)![0].match(SGR) ?? []) applyCode(sgrCode(seq), opening, true);
    out += opening.map((s) => `\x1b[${s.open}m`).join('');
  }
  return out;
}

function wrapSimpleLines(text: string, columns: number): string {
  return text.includes('\n') ? text.split('\n').map((line) => wrapSimple(line, columns)).join('\n') : wrapSimple(text, columns);
}

/**
 * Prose as it usually is (words apart by single spaces, none longer than the line, no space at either end):
 * each row is the longest run of whole words that fits, which is what wrap-ansi's word loop comes to.
 * Null when the line is not like that, for the full loop below.
 */
function wrapGreedy(line: string, columns: number): string | null {
  if (line.includes('  ') || line.charCodeAt(0) === 32 || line.charCodeAt(line.length - 1) === 32) return null;
  let out = '';
  let start = 0;
  while (line.length - start > columns) {
    const cut = line.lastIndexOf(' ', start + columns);
    if (cut <= start) return null; // a word longer than the line
    out += `${line.slice(start, cut)}\n`;
    start = cut + 1;
  }
  return out + line.slice(start);
}

/** wrap-ansi's `exec` for one line of simple text, where every width is a length. */
function wrapSimple(line: string, columns: number): string {
  const greedy = line.length > columns ? wrapGreedy(line, columns) : null;
  if (greedy !== null) return greedy;
  if (line.trim() === '') return '';
  // Fast exit: a line that fits needs only its ends trimmed of spaces, and runs of spaces kept inside.
  if (line.length <= columns) return collapseFitting(line);
  // Without escapes the word loop measures by length and restores no styles: the same loop serves.
  return wrapWords(line, columns);
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
