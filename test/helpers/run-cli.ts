// Runs the whole CLI in-process with a fake Io: captured stdout/stderr, pinned width and colour, no TTY.

import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli.js';
import type { Cache, Io, PagerRequest } from '../../src/io.js';

export const BUNDLED = fileURLToPath(new URL('../../data/000_50228d307d1f6aaf.txt', import.meta.url));

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly paged: readonly PagerRequest[];
}

export interface FakeIoOptions {
  readonly stdin?: string | Buffer;
  readonly env?: Record<string, string>;
  readonly tty?: boolean;
  readonly stdinIsTTY?: boolean;
  readonly columns?: number;
  readonly rows?: number;
  /** What the fake pager answers: true (it ran), false (could not start). */
  readonly pagerStarts?: boolean;
  /** The attribution cache; none by default, as with ARTICLE_READER_CACHE=off. */
  readonly cache?: Cache;
}

function sink(into: string[]) {
  return { write: (s: string) => (into.push(s), true), once: () => undefined };
}

export async function runCli(args: readonly string[], options: FakeIoOptions = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const paged: PagerRequest[] = [];
  const input = options.stdin;
  const io: Io = {
    stdout: sink(out),
    stderr: sink(err),
    stdin: (async function* () {
      if (input !== undefined) yield typeof input === 'string' ? Buffer.from(input) : input;
    })(),
    stdoutIsTTY: options.tty ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    columns: options.columns,
    rows: options.rows,
    // Pinned: nothing from the machine running the tests leaks in.
    env: { ...options.env },
    bundledArticle: BUNDLED,
    page: async (request) => {
      paged.push(request);
      return options.pagerStarts ?? true;
    },
    readFile: (path) => readFile(path),
    openFile: (path) => createReadStream(path),
    cache: options.cache,
  };
  const code = await run(args, io);
  return { code, stdout: out.join(''), stderr: err.join(''), paged };
}
