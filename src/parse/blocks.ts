// Text → blocks: runs of non-blank lines separated by blank lines. The unit every later rule looks at.

export interface Block {
  /** Lines of the block, trimmed, none empty. */
  readonly lines: readonly string[];
}

const EDGE_SPACE = /^[\s\u00a0\u200b\ufeff]+|[\s\u00a0\u200b\ufeff]+$/gu;

/** Printable ASCII is never white space: most lines start and end with it and skip the pattern. */
function printableAscii(code: number): boolean {
  return code > 32 && code < 127;
}

/** A line without the white space (incl. no-break and zero-width spaces, BOMs) at either end. */
export function trimLine(line: string): string {
  if (line === '') return line;
  if (printableAscii(line.charCodeAt(0)) && printableAscii(line.charCodeAt(line.length - 1))) return line;
  return line.replace(EDGE_SPACE, '');
}

/**
 * A copy of `s` that does not keep alive the string it was cut from. V8 slices share their parent: a line
 * split from a 64 KiB chunk would otherwise keep the whole chunk alive for as long as anything holds the
 * line (a heading in a list of sections, a hit), and memory would grow with the input.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * A copy of `s` that is one flat string of its own, for what is held to the end in great numbers (a large
 * article's statements). detach's copy is itself a slice, of a string one character longer: 32 bytes more
 * for each, and two bytes a character when `s` was cut from text with any character past Latin-1, whatever
 * its own. A JSON round trip builds a new string, one byte a character when it can be, and gives back
 * exactly what it was given (lone surrogates included); it costs ~1 µs, where detach costs 0.1.
 */
export function flatCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** The blocks of a whole text, one at a time (a large text need not have all its lines split at once). */
export function* eachBlock(text: string): Generator<Block> {
  let lines: string[] = [];
  const take = (raw: string): Block | null => {
    const line = trimLine(raw);
    if (line !== '') lines.push(line);
    else if (lines.length > 0) {
      const block = { lines };
      lines = [];
      return block;
    }
    return null;
  };
  const eol = /\r\n|\r|\n/g; // a line ends at LF, CR or CRLF alike
  let start = 0;
  for (let m = eol.exec(text); m !== null; m = eol.exec(text)) {
    const block = take(text.slice(start, m.index));
    if (block) yield block;
    start = eol.lastIndex;
  }
  const block = take(text.slice(start));
  if (block) yield block;
  if (lines.length > 0) yield { lines };
}

export function splitBlocks(text: string): Block[] {
  return [...eachBlock(text)];
}
