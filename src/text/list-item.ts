// The items of a list in plain text: a line or paragraph that opens with a bullet or a number and a space
// ("- two new libraries", "• Reserves fall", "2. Spending rises", "3) …"). The parser keeps them apart, the
// renderer hangs their wrapped lines, the attribution engine reads a list after "X said:" as X's.

/** A list item's bullet or number and the spaces after it, with text after them. */
const ITEM_MARKER = /^(?:[-*•·▪◦‣●–—]|\d{1,3}[.)])\s+(?=\S)/u;

/** First characters an item can open with: tested before the pattern, which most lines need not compile or run. */
const FIRST = new Set(['-', '*', '•', '·', '▪', '◦', '‣', '●', '–', '—', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

/** The marker a list item opens with ("- ", "• ", "2. "), or null when `text` is no list item. */
export function listMarker(text: string): string | null {
  return FIRST.has(text[0] ?? '') ? (ITEM_MARKER.exec(text)?.[0] ?? null) : null;
}

/** Whether `text` opens like a list item. */
export function isListItem(text: string): boolean {
  return listMarker(text) !== null;
}
