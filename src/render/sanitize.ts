// Article text is untrusted: it must never drive the terminal. Everything the article says passes through
// here before it is styled, so only the program's own styling emits ESC.
//
// Sequences follow ECMA-48 as terminals parse them, so what a terminal would have swallowed is dropped
// whole (`\e]0;title\a` leaves nothing, not "0;title"). A control string (OSC, DCS, SOS, PM, APC) that is
// never terminated loses only its introducer: without the ESC its body is harmless text, and dropping the
// rest of the paragraph would lose words.

const ESCAPE_SEQUENCE = new RegExp(
  [
    // CSI: ESC [ or the one-byte U+009B, parameters, intermediates, one final byte (missing at the very end).
    String.raw`(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?`,
    // Control strings, terminated by BEL, ST (ESC \) or the one-byte ST U+009C. The body stops at any other
    // introducer, so a line full of unterminated ones is scanned once, not once per introducer.
    String.raw`(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x90\x98\x9c-\x9f]*(?:\x07|\x1b\\|\x9c)`,
    // nF escapes (ESC, intermediates, final: `\e(B`) and two-character escapes (`\ec`, `\e7`).
    String.raw`\x1b[ -/]*[0-~]`,
  ].join('|'),
  'g',
);
// What is left: C0 controls other than tab and newline (so a lone ESC or the introducer of an unterminated
// string), DEL, C1 controls, and the bidirectional embeddings/overrides and isolates that can reorder what
// the reader sees.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// Controls that separate words become a space, so "a\vb" still reads as two words, as the parser counted them.
const SPACING = /[\t\v\f\r\u0085\u2028\u2029]/g;
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\t]/;

/**
 * Text safe to print: escape sequences and controls removed. A tab (and VT, FF, CR, NEL, U+2028/2029)
 * becomes a space: text is rewrapped, and a tab's width depends on where the terminal puts it, so line
 * widths could not be kept otherwise.
 */
export function sanitize(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, '').replace(SPACING, ' ').replace(CONTROL, '');
}
