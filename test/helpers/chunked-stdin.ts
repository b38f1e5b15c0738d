// A fake Io whose stdin gives the input in pieces, as a pipe does, for tests of the streaming commands.

import type { Io } from '../../src/io.js';

/** The input in pieces of `piece` bytes (a multi-byte character may be cut in two), on a fake stdin. */
export function chunkedStdin(bytes: Buffer, piece: number, stderr: string[]): Io {
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let i = 0; i < bytes.length; i += piece) yield bytes.subarray(i, i + piece);
  }
  const sink = { write: () => true, once: () => undefined };
  return {
    stdout: sink,
    stderr: { write: (s: string) => (stderr.push(s), true), once: () => undefined },
    stdin: chunks(),
    stdoutIsTTY: false,
    stdinIsTTY: false,
    columns: undefined,
    rows: undefined,
    env: {},
    bundledArticle: '/nonexistent',
    page: async () => true,
    readFile: async () => bytes,
    openFile: () => chunks(),
  };
}
