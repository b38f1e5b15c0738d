// Wrapping by display width (wide CJK, emoji, ANSI styling), breaking words longer than the line.

import wrapAnsi from 'wrap-ansi';

/** Wrap `text` to `width` columns, every line prefixed by `indent` (counted in the width). */
export function wrap(text: string, width: number, indent = ''): string {
  const inner = Math.max(1, width - indent.length);
  const wrapped = wrapAnsi(text, inner, { hard: true, trim: true, wordWrap: true });
  return indent === '' ? wrapped : wrapped.replace(/^/gm, indent);
}
