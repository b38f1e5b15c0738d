// Image captions: a line that carries a photo credit. The credit is split off the caption text.

// Each pattern captures the credit at the end of the line; what stands before it is the caption.
const CREDIT_AT_END: readonly RegExp[] = [
  // (Jason Franson/Canadian Press), (AP Photo/Evan Vucci), (Photo: Reuters)
  /\s*(\((?:[^()/]{2,}\/[^()]{2,}|(?:photo|photograph|image|picture)s?\s*(?:by|:)[^()]*)\))\s*$/i,
  // File photo by X, Photo by X, Photograph: X, Image: X, Credit: X
  /\s*\b((?:file\s+)?(?:photo|photograph|image|picture|credit)s?\s*(?:by|:|courtesy of)\s*.+)$/i,
  // X via Wikimedia Commons / via Getty Images / via Reuters
  /\s*([^\s.!?][^.!?]*?\bvia\s+(?:wikimedia commons|getty images|reuters|ap|afp|flickr|unsplash|shutterstock)\b.*)$/i,
  // Getty Images / Reuters / AP alone after the caption sentence
  /(?<=[.!?”"]\s{1,3})((?:[\w.'’-]+\s){0,4}(?:getty images|reuters|associated press|afp|epa|shutterstock))$/i,
];

export interface CaptionParts {
  readonly text: string;
  readonly credit: string | null;
}

/** The caption's text and credit when the line carries a photo credit, else null. */
export function splitCaption(line: string): CaptionParts | null {
  for (const re of CREDIT_AT_END) {
    const m = re.exec(line);
    if (m?.[1] === undefined) continue;
    const text = line.slice(0, m.index).trim();
    return { text, credit: undoubleCredit(m[1].trim()) };
  }
  return null;
}

/** Scrapers often repeat a credit's source twice with no space ("Kremlin.ruKremlin.ru"): keep one. */
function undoubleCredit(credit: string): string {
  return credit.replace(/(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}.'’-]{2,})\1(?![\p{L}\p{N}])/gu, '$1');
}
