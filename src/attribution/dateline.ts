// The dateline that opens a wire story's first sentence, which is neither what was said nor anyone's name.

/**
 * A dateline: the place (in capitals, or with the agency after it), its state or country and the date, then a
 * dash and the first sentence. "LONDON, June 3 (Reuters) -", "PORTO ALEGRE, Brazil (AP) —", "CAIRO —",
 * "LONDON/NEW YORK, Oct 3 (Reuters) -" (not "NATO — the alliance — is"); or a city in title case, then the
 * agency: "Athens (AFP) - ".
 */
export const DATELINE = /^(?:[A-Z][A-Z.'’]+(?:[-/][A-Z]+)*(?:\s+[A-Z][A-Z.'’]+(?:[-/][A-Z]+)*){0,3}(?:,\s+[A-Z][A-Za-z.]*(?:\s+(?:[A-Z][A-Za-z.]*|\d{1,2}))?){0,2}(?:\s*\([A-Za-z .&-]{1,30}\))?|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s+[A-Z][A-Za-z.]*(?:\s+(?:[A-Z][A-Za-z.]*|\d{1,2}))?){0,2}\s*\([A-Za-z .&-]{1,30}\))(?:\s*[—–]+\s*|\s+-+\s+)(?=["“‘']?[A-Z0-9])/;
