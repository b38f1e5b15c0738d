// Cutting one line of (unstyled) text to a display width, with an ellipsis when something was cut.

import stringWidth from 'string-width';
import { GraphemeSegmenter } from '../text/graphemes.js';

export function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of new GraphemeSegmenter().segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return out.trimEnd() + '…';
}
