// show: the article, formatted. An article of ordinary size is read whole, parsed into the model and
// rendered (renderArticle). A huge one (more than STREAM_AFTER_BYTES) is rendered as it is read, block by
// block, and written as it goes: memory stays bounded and `show | head` prints at once. The output is the
// same but for the header, which then leaves out the word count (known only at the end; `sections` has it).

import type { Io } from '../io.js';
import { findSection } from '../query/sections.js';
import { renderArticle } from '../render/article.js';
import { createArticleRenderer } from '../render/article-stream.js';
import { articleJson, toJson } from '../render/json.js';
import { articleEvents, type EventSource } from '../source/events.js';
import type { CommandContext, CommandOutput } from './context.js';

export interface ShowFlags {
  readonly section?: string;
  readonly numbers?: boolean;
}

/** Input larger than this is streamed. Whole, it would cost 10-20 times its size in memory. */
export const STREAM_AFTER_BYTES = 8 * 1024 * 1024;
/** Output is written in pieces of about this size. */
const WRITE_CHUNK = 64 * 1024;

export async function showCommand(flags: ShowFlags, ctx: CommandContext, streamAfter = STREAM_AFTER_BYTES): Promise<CommandOutput> {
  const { file, io } = ctx.input;
  // A pick of one section, JSON, and a terminal on stdin (an error) go the whole-model way.
  if (flags.section !== undefined || ctx.json || (file === '-' && io.stdinIsTTY)) return whole(flags, ctx, io);
  const source = file === '-' ? io.stdin : io.openFile(file ?? io.bundledArticle);
  const peeked = await peek(source, streamAfter);
  if (peeked.rest === null) {
    // Small enough (or unreadable): the bytes already read are replayed to the whole-model reader, which
    // checks and reports them as always.
    const replay = (): AsyncIterable<Buffer> => replayed(peeked.head, peeked.error);
    return whole(flags, ctx, reading(io, replay));
  }
  // The bytes already read, then the rest, go to the same streamed reader every command uses.
  const rest = peeked.rest;
  const again = (): AsyncIterable<Buffer> => rejoined(peeked.head, rest);
  // (Its header leaves the word count out, known only at the end: none is counted.)
  const events = articleEvents(file, reading(io, again), { countWords: false });
  return { text: '', chunks: streamed(events, flags, ctx), pageable: true };
}

/**
 * `io` reading `input` (whether from stdin or a file). Not `{ ...io }`: a spread would call main.ts's lazy
 * stdin getters, making process.stdin (~1 ms) when nothing reads it.
 */
function reading(io: Io, input: () => AsyncIterable<Buffer>): Io {
  return Object.create(io, { stdin: { value: input() }, openFile: { value: input } }) as Io;
}

async function whole(flags: ShowFlags, ctx: CommandContext, io: Io): Promise<CommandOutput> {
  const article = await ctx.article(io);
  const sections = flags.section === undefined ? undefined : [findSection(article, flags.section)];
  if (ctx.json) return { text: toJson(articleJson(article, sections)) };
  return { text: renderArticle(article, ctx.render, { sections, numbers: flags.numbers }), pageable: true };
}

interface Peeked {
  readonly head: Buffer[];
  /** The rest of the input, when there is more than the limit; null when it ended (or failed) before. */
  readonly rest: AsyncIterator<Buffer | string> | null;
  readonly error?: unknown;
}

async function peek(source: AsyncIterable<Buffer | string>, limit: number): Promise<Peeked> {
  const it = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  try {
    while (size <= limit) {
      const next = await it.next();
      if (next.done === true) return { head, rest: null };
      const buf = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      head.push(buf);
      size += buf.length;
    }
  } catch (error) {
    return { head, rest: null, error };
  }
  return { head, rest: it };
}

async function* replayed(head: readonly Buffer[], error: unknown): AsyncGenerator<Buffer> {
  yield* head;
  if (error !== undefined) throw error;
}

async function* rejoined(head: readonly Buffer[], rest: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer> {
  let done = false;
  try {
    yield* head;
    for (let next = await rest.next(); next.done !== true; next = await rest.next())
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    done = true;
  } finally {
    // Stopped early (`| head`): close the input. Not awaited: on a pipe, stdin's closing may never be
    // reported, and a promise nothing will settle would leave the program hanging at exit (status 13).
    if (!done) void rest.return?.()?.catch(() => {});
  }
}

async function* streamed(source: EventSource, flags: ShowFlags, ctx: CommandContext): AsyncGenerator<string> {
  const renderer = createArticleRenderer(ctx.render, flags.numbers);
  let out = '';
  let first = true;
  const add = (blocks: readonly string[]): void => {
    for (const block of blocks) {
      out += first ? block : `\n\n${block}`;
      first = false;
    }
  };
  for await (const batch of source.batches) {
    for (const event of batch) add(renderer.push(event));
    if (out.length >= WRITE_CHUNK) {
      yield out;
      out = '';
    }
  }
  add(renderer.end());
  yield `${out}\n`;
  for (const warning of source.warnings()) ctx.warn(warning);
}
