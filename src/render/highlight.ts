// Quoted words in article text, styled. Offsets come from the same quote finder attribution uses.

import { findQuoteSpans } from '../parse/quote-spans.js';
import type { Style } from './theme.js';

export function highlightQuotes(text: string, style: Style): string {
  const spans = findQuoteSpans(text);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    out += text.slice(at, start) + style(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}
