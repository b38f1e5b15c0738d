// The article as a stream of parse events, read in chunks from --file, stdin or the bundled article. Commands
// that need counts only (sections) fold the events as they come, in bounded memory; commands that need the
// model collect it from them, so the raw bytes and the whole decoded text are never held besides it.

import { ReaderError } from '../errors.js';
import type { Io } from '../io.js';
import { createArticleParser, type ArticleParser, type ParseEvent } from '../parse/article.js';
import { invalidTextWarning, sniffBinary } from './decode.js';
import { defaultLimits, FILE_ERRORS, tooLarge, tooManyLines, UNCHECKED, type Limits } from './read.js';
import { blocksFromChunks, decodeChunks, type StreamReport } from './stream.js';

export interface EventSource {
  /** The events of each chunk of input as it is parsed (one asynchronous step a chunk, not a block or an event: cheaper). */
  readonly batches: AsyncIterable<readonly ParseEvent[]>;
  /** The same events one at a time (read one or the other: both draw on the same input). */
  readonly events: AsyncIterable<ParseEvent>;
  /** Warnings about the input, complete once `events` is exhausted. */
  readonly warnings: () => readonly string[];
  /** Undecodable sequences replaced (what `warnings` reports), complete once `events` is exhausted. */
  readonly invalid: () => number;
  /** The parser's counters (words, repeats dropped), complete once `events` is exhausted. */
  readonly stats: ArticleParser['stats'];
}

/** The article's input, named as messages name it, its chunks not yet read. */
export interface Input {
  readonly name: string;
  readonly chunks: AsyncIterable<Buffer | string>;
}

/** --file PATH, `-` for stdin (refused when it is a terminal: we would wait for ever), or the bundled article. */
export function openInput(file: string | undefined, io: Io): Input {
  if (file === '-' && io.stdinIsTTY)
    throw new ReaderError('--file - reads standard input, but it is a terminal: pipe an article in');
  const name = file === '-' ? 'stdin' : `'${file ?? io.bundledArticle}'`;
  return { name, chunks: closedWithoutWaiting(file === '-' ? io.stdin : io.openFile(file ?? io.bundledArticle)) };
}

/** An error from reading `name`, as our one-line message says it. */
export function readFailure(err: unknown, name: string): ReaderError {
  if (err instanceof ReaderError) return err;
  const code = (err as NodeJS.ErrnoException).code ?? '';
  return new ReaderError(`cannot read ${name}: ${FILE_ERRORS[code] ?? (err as Error).message}`);
}

/** The warnings for input that had `invalid` undecodable sequences. */
export function inputWarnings(name: string, invalid: number): readonly string[] {
  return invalid > 0 ? [invalidTextWarning(name, 'utf-8', invalid)] : [];
}

export interface EventOptions {
  /**
   * Refuse input past these, as a command that holds the whole model must: given, or 'heap' for the limits
   * of this process's heap, looked up only when the input passes UNCHECKED.
   */
  readonly limits?: Limits | 'heap';
  /** The input, when the caller has opened it (and perhaps read ahead in it); else --file's, opened here. */
  readonly input?: Input;
  /** Whether paragraphs' words are counted (see createArticleParser): only for a reader that shows them. */
  readonly countWords?: boolean;
}

export function articleEvents(file: string | undefined, io: Io, { limits, input = openInput(file, io), countWords = true }: EventOptions = {}): EventSource {
  const { name } = input;
  const report: StreamReport = { invalid: 0 };
  const parser = createArticleParser({ countWords });
  async function* batches(): AsyncGenerator<readonly ParseEvent[]> {
    const chunks = input.chunks;
    try {
      const limitsOf = limits === 'heap' ? heapLimits() : limits;
      const text = decodeChunks(limitsOf ? bounded(chunks, name, limitsOf) : chunks, name, report);
      for await (const blocks of blocksFromChunks(limitsOf ? countedLines(text, name, limitsOf) : text)) {
        const events: ParseEvent[] = [];
        for (const block of blocks) for (const event of parser.push(block)) events.push(event);
        if (events.length > 0) yield events;
      }
    } catch (err) {
      throw readFailure(err, name);
    }
    yield parser.end();
  }
  const source = batches();
  async function* events(): AsyncGenerator<ParseEvent> {
    for await (const batch of source) yield* batch;
  }
  return {
    batches: source,
    events: events(),
    warnings: () => inputWarnings(name, report.invalid),
    invalid: () => report.invalid,
    stats: parser.stats,
  };
}

/** Limits given, or the heap's: their floor (UNCHECKED) at once, the limits themselves when asked. */
interface LimitsOf {
  readonly floor: Limits;
  readonly exact: () => Promise<Limits>;
}

/** The heap's limits, asked for once, when input first passes UNCHECKED. */
function heapLimits(): LimitsOf {
  let asked: Promise<Limits> | null = null;
  return { floor: UNCHECKED, exact: () => (asked ??= defaultLimits()) };
}

function given(limits: Limits | LimitsOf): LimitsOf {
  return 'floor' in limits ? limits : { floor: limits, exact: () => Promise.resolve(limits) };
}

async function* bounded(chunks: AsyncIterable<Buffer | string>, name: string, of: Limits | LimitsOf): AsyncGenerator<Buffer | string> {
  const { floor, exact } = given(of);
  let size = 0;
  for await (const chunk of chunks) {
    // An image or /dev/zero is named for what it is at its first bytes, before any limit is reached.
    if (size === 0) sniffBinary(typeof chunk === 'string' ? Buffer.from(chunk) : chunk, name);
    size += chunk.length;
    if (size > floor.bytes) {
      const limits = await exact();
      if (size > limits.bytes) throw tooLarge(name, limits);
    }
    yield chunk;
  }
}

/** Counts lines as the whole reader does: LF, CRLF and a lone CR each end one. */
async function* countedLines(text: AsyncIterable<string>, name: string, of: Limits | LimitsOf): AsyncGenerator<string> {
  const { floor, exact } = given(of);
  let lines = 1;
  let endedWithCR = false;
  for await (const chunk of text) {
    for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) lines++;
    for (let i = chunk.indexOf('\r'); i !== -1; i = chunk.indexOf('\r', i + 1)) if (chunk.charCodeAt(i + 1) !== 10) lines++;
    // A CR ending the last chunk was counted alone; with this LF it was a CRLF, already counted once here.
    if (endedWithCR && chunk.charCodeAt(0) === 10) lines--;
    endedWithCR = chunk.charCodeAt(chunk.length - 1) === 13;
    if (lines > floor.lines) {
      const limits = await exact();
      if (lines > limits.lines) throw tooManyLines(name, limits);
    }
    yield chunk;
  }
}

/**
 * The chunks of `source`; stopped early (`| head`), it closes the source without waiting for it to say it has
 * closed: stdin's closing may never be reported on a pipe, and a promise nothing settles would hang the exit.
 */
async function* closedWithoutWaiting<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  let done = false;
  try {
    for (let next = await it.next(); next.done !== true; next = await it.next()) yield next.value;
    done = true;
  } finally {
    if (!done) void it.return?.()?.catch(() => {});
  }
}
