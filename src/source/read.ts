// Where the article comes from: the bundled one, a path, or standard input ("-").

import { ReaderError } from '../errors.js';
import type { Io } from '../io.js';
import { decode, type Decoded } from './decode.js';

/** Larger input is refused with this limit named, rather than risking running out of memory. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'path is too long',
  ELOOP: 'too many symbolic links',
  EFBIG: 'file is too large',
};

export async function readArticleText(file: string | undefined, io: Io): Promise<Decoded> {
  if (file === '-') return decode(await readStdin(io), 'stdin');
  const path = file ?? io.bundledArticle;
  let bytes: Buffer;
  try {
    bytes = await io.readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new ReaderError(`cannot read '${path}': ${FILE_ERRORS[code] ?? (err as Error).message}`);
  }
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(path);
  return decode(bytes, `'${path}'`);
}

function tooLarge(name: string): ReaderError {
  return new ReaderError(`${name}: larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit`);
}

async function readStdin(io: Io): Promise<Buffer> {
  if (io.stdinIsTTY) throw new ReaderError('--file - reads standard input, but it is a terminal: pipe an article in');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > MAX_INPUT_BYTES) throw tooLarge('stdin');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
