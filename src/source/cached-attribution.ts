// quotes and speakers on an article read before: its attribution is taken from the cache (io.cache, kept by
// main.ts in the user's cache folder) when the input is byte for byte the same, instead of running the engine
// again. A journalist asks one article for one speaker, then another, then for the list of speakers: each run
// after the first neither loads nor runs the engine. Input larger than CACHE_MAX_BYTES is attributed as it
// streams, never held whole, and not cached.

import type { Io } from '../io.js';
import type { Attributed } from './attribute-input.js';
import { decodeEntry, encodeEntry, entryKey } from './cache-entry.js';
import { inputWarnings, openInput, readFailure, type Input } from './events.js';

/** The largest input cached: show streams from this size on, and an entry is about 2-3 times its input. */
export const CACHE_MAX_BYTES = 8 * 1024 * 1024;

export async function attributeCached(file: string | undefined, io: Io): Promise<Attributed> {
  const input = openInput(file, io);
  const cache = io.cache;
  if (cache === undefined) return attribute(file, io, input);
  const ahead = await readAhead(input);
  if (ahead.bytes === null) return attribute(file, io, ahead.input);
  const key = entryKey(ahead.bytes);
  const entry = cache.read(key);
  const cached = entry === undefined ? null : decodeEntry(entry, ahead.bytes);
  if (cached !== null) return { ...cached, warnings: inputWarnings(input.name, cached.invalid) };
  const attributed = await attribute(file, io, ahead.input);
  cache.write(key, encodeEntry(attributed, ahead.bytes));
  return attributed;
}

/** The engine, loaded only here: a run answered from the cache never loads it (dist/attribution.js). */
async function attribute(file: string | undefined, io: Io, input: Input): Promise<Attributed> {
  const { attributeInput } = await import('./attribute-input.js');
  return attributeInput(file, io, input);
}

interface ReadAhead {
  /** The whole input, or null when it is larger than CACHE_MAX_BYTES. */
  readonly bytes: Buffer | null;
  /** The same input from its start: what was read ahead, then the rest. */
  readonly input: Input;
}

async function readAhead(input: Input): Promise<ReadAhead> {
  const head: (Buffer | string)[] = [];
  const buffers: Buffer[] = [];
  let size = 0;
  const rest = input.chunks[Symbol.asyncIterator]();
  try {
    for (let next = await rest.next(); next.done !== true; next = await rest.next()) {
      const bytes = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      head.push(next.value);
      buffers.push(bytes);
      size += bytes.length;
      if (size > CACHE_MAX_BYTES) return { bytes: null, input: { name: input.name, chunks: replay(head, rest) } };
    }
  } catch (err) {
    throw readFailure(err, input.name);
  }
  return { bytes: Buffer.concat(buffers, size), input: { name: input.name, chunks: replay(head, null) } };
}

async function* replay(head: (Buffer | string)[], rest: AsyncIterator<Buffer | string> | null): AsyncGenerator<Buffer | string> {
  let done = rest === null;
  try {
    while (head.length > 0) yield head.shift()!;
    if (rest !== null) for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
    done = true;
  } finally {
    if (!done) await rest?.return?.();
  }
}
