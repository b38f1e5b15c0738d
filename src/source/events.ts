// The article as a stream of parse events, read in chunks from --file, stdin or the bundled article, for
// commands whose answer does not need the whole model at once (sections): memory stays bounded however
// large the input.

import { ReaderError } from '../errors.js';
import type { Io } from '../io.js';
import { createArticleParser, type ParseEvent } from '../parse/article.js';
import { invalidTextWarning } from './decode.js';
import { FILE_ERRORS } from './read.js';
import { blocksFromChunks, decodeChunks, type StreamReport } from './stream.js';

export interface EventSource {
  readonly events: AsyncIterable<ParseEvent>;
  /** Warnings about the input, complete once `events` is exhausted. */
  readonly warnings: () => readonly string[];
}

export function articleEvents(file: string | undefined, io: Io): EventSource {
  if (file === '-' && io.stdinIsTTY)
    throw new ReaderError('--file - reads standard input, but it is a terminal: pipe an article in');
  const name = file === '-' ? 'stdin' : `'${file ?? io.bundledArticle}'`;
  const report: StreamReport = { invalid: 0 };
  async function* events(): AsyncGenerator<ParseEvent> {
    const parser = createArticleParser();
    const chunks = file === '-' ? io.stdin : io.openFile(file ?? io.bundledArticle);
    try {
      for await (const block of blocksFromChunks(decodeChunks(chunks, name, report))) yield* parser.push(block);
    } catch (err) {
      if (err instanceof ReaderError) throw err;
      const code = (err as NodeJS.ErrnoException).code ?? '';
      throw new ReaderError(`cannot read ${name}: ${FILE_ERRORS[code] ?? (err as Error).message}`);
    }
    yield* parser.end();
  }
  return {
    events: events(),
    warnings: () => (report.invalid > 0 ? [invalidTextWarning(name, 'utf-8', report.invalid)] : []),
  };
}
