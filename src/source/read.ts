// What reading input may run into: the limits of the commands that hold the whole model, and the words
// for the errors a file can give. Input is read in chunks (events.ts) and refused as soon as it passes a
// limit, so a huge file, a device that never ends (/dev/zero, a FIFO) or a runaway pipe is never read whole.

import { ReaderError } from '../errors.js';

/**
 * Commands that need the whole model (show --json, show --section, quotes, speakers) hold the model and the
 * output at once. Measured when the whole text was held too (peak RSS, /usr/bin/time -v): 128 MiB of prose
 * outside Latin-1 1.6 GB for show --json; 2 million lines of short paragraphs (121 MB) 2.2 GB. Collected from
 * the stream (load.ts), 100 MB now peaks near 350 MiB; the limits stay as a margin.
 * Node's default heap is about 4 GiB on a 64-bit machine with 16 GiB of RAM, less with less RAM. Larger
 * input is refused with the limit named, rather than risking a crash for want of memory.
 */
export const MAX_INPUT_BYTES = 128 * 1024 * 1024;
/** Each line costs a few hundred bytes of model and layout however short it is: this bounds that part. */
export const MAX_INPUT_LINES = 2_000_000;
/** The heap the limits above were measured against; a smaller heap scales them down. */
const MEASURED_HEAP = 4096 * 1024 * 1024;

export interface Limits {
  readonly bytes: number;
  readonly lines: number;
}

/**
 * Input up to this is read without asking the heap its size: any heap a reader runs with holds it (4 MiB of
 * prose peaks under 60 MiB). Asking loads node:v8, and with it Node's stream modules, ~3 ms of a 60 ms start;
 * an article is far smaller.
 */
export const UNCHECKED: Limits = { bytes: 4 * 1024 * 1024, lines: 50_000 };

/** The limits for this process's heap, asked of node:v8 (see UNCHECKED: only for input that passes it). */
export async function defaultLimits(): Promise<Limits> {
  const { getHeapStatistics } = await import('node:v8');
  const share = Math.min(1, getHeapStatistics().heap_size_limit / MEASURED_HEAP);
  const mebibytes = Math.max(1, Math.floor((MAX_INPUT_BYTES * share) / (1024 * 1024)));
  return { bytes: mebibytes * 1024 * 1024, lines: Math.floor(MAX_INPUT_LINES * share) };
}


/** What an error code from opening or reading a file means, in the words of our one-line messages. */
export const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'path is too long',
  ELOOP: 'too many symbolic links',
  EFBIG: 'file is too large',
  ENXIO: 'no such device',
  EIO: 'input/output error',
};

export function tooLarge(name: string, limits: Limits): ReaderError {
  return new ReaderError(`${name}: larger than the ${mib(limits.bytes)} this reader holds in memory; split the article`);
}

export function tooManyLines(name: string, limits: Limits): ReaderError {
  return new ReaderError(`${name}: more than ${limits.lines.toLocaleString('en-US')} lines, the most this reader holds in memory; split the article`);
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes} bytes`;
}
