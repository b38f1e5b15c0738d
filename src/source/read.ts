// Where the article comes from: the bundled one, a path, or standard input ("-").
//
// Input is read in chunks and refused as soon as it passes the size limit, so a huge file, a device that
// never ends (/dev/zero, a FIFO) or a runaway pipe is never read whole into memory first.

import { getHeapStatistics } from 'node:v8';
import { ReaderError } from '../errors.js';
import type { Io } from '../io.js';
import { decode, sniffBinary, type Decoded } from './decode.js';

/**
 * Commands that need the whole model (sections, show --json, quotes, ...) hold the text, its model and the
 * output at once. Measured at these limits (peak RSS, /usr/bin/time -v): 128 MiB of prose outside Latin-1
 * (held two bytes a character) 1.6 GB for show --json; 2 million lines of short paragraphs (121 MB) 2.2 GB.
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

function defaultLimits(): Limits {
  const share = Math.min(1, getHeapStatistics().heap_size_limit / MEASURED_HEAP);
  const mebibytes = Math.max(1, Math.floor((MAX_INPUT_BYTES * share) / (1024 * 1024)));
  return { bytes: mebibytes * 1024 * 1024, lines: Math.floor(MAX_INPUT_LINES * share) };
}

const DEFAULT_LIMITS: Limits = defaultLimits();

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

export async function readArticleText(file: string | undefined, io: Io, limits: Limits = DEFAULT_LIMITS): Promise<Decoded> {
  if (file === '-') {
    if (io.stdinIsTTY) throw new ReaderError('--file - reads standard input, but it is a terminal: pipe an article in');
    return checkedLines(decode(await readAll(io.stdin, 'stdin', limits), 'stdin'), 'stdin', limits);
  }
  const path = file ?? io.bundledArticle;
  let bytes: Buffer;
  try {
    bytes = await readAll(io.openFile(path), `'${path}'`, limits);
  } catch (err) {
    if (err instanceof ReaderError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new ReaderError(`cannot read '${path}': ${FILE_ERRORS[code] ?? (err as Error).message}`);
  }
  return checkedLines(decode(bytes, `'${path}'`), `'${path}'`, limits);
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes} bytes`;
}

async function readAll(source: AsyncIterable<Buffer | string>, name: string, limits: Limits): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (size === 0) sniffBinary(buf, name); // refuse an image or /dev/zero at its first bytes, not at the limit
    size += buf.length;
    if (size > limits.bytes)
      throw new ReaderError(`${name}: larger than the ${mib(limits.bytes)} this reader holds in memory; split the article`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function checkedLines(decoded: Decoded, name: string, limits: Limits): Decoded {
  const { text } = decoded;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1 && lines <= limits.lines; i = text.indexOf('\n', i + 1)) lines++;
  // A lone CR ends a line too (old Mac files); the CR of a CRLF was counted with its LF.
  for (let i = text.indexOf('\r'); i !== -1 && lines <= limits.lines; i = text.indexOf('\r', i + 1))
    if (text.charCodeAt(i + 1) !== 10) lines++;
  if (lines > limits.lines)
    throw new ReaderError(`${name}: more than ${limits.lines.toLocaleString('en-US')} lines, the most this reader holds in memory; split the article`);
  return decoded;
}
