// Text → blocks: runs of non-blank lines separated by blank lines. The unit every later rule looks at.

export interface Block {
  /** Lines of the block, trimmed, none empty. */
  readonly lines: readonly string[];
}

/** CRLF and lone CR end lines as LF does. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
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

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  for (const raw of normalizeNewlines(text).split('\n')) {
    const line = trimLine(raw);
    if (line === '') {
      if (lines.length > 0) blocks.push({ lines });
      lines = [];
    } else {
      lines.push(line);
    }
  }
  if (lines.length > 0) blocks.push({ lines });
  return blocks;
}
