// Text → blocks: runs of non-blank lines separated by blank lines. The unit every later rule looks at.

export interface Block {
  /** Lines of the block, trimmed, none empty. */
  readonly lines: readonly string[];
}

/** CRLF and lone CR end lines as LF does. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  for (const raw of normalizeNewlines(text).split('\n')) {
    const line = raw.replace(/[\s\u00a0\u200b\ufeff]+$/u, '').replace(/^[\s\u00a0\u200b\ufeff]+/u, '');
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
