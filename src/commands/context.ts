// What a subcommand is handed: how to get the article, how to render, where warnings go.

import type { Attribution } from '../attribution/engine.js';
import type { Io } from '../io.js';
import type { Article } from '../model/article.js';
import type { RenderContext } from '../render/context.js';

export interface CommandContext {
  /**
   * Loads and parses the article given by --file (or the bundled one); from `io` when given (show replays
   * input it has already begun reading), else from the real one.
   */
  readonly article: (io?: Io) => Promise<Article>;
  /**
   * Who said what in that article, attributed as it is read: for commands that need the statements and not
   * the article itself (quotes, speakers), which then never hold the whole article.
   */
  readonly attribution: () => Promise<Attribution>;
  readonly render: RenderContext;
  /** Whether the output is JSON (--json). */
  readonly json: boolean;
  /** Where the article comes from, for a command that streams it rather than loading it whole (search). */
  readonly input: { readonly file: string | undefined; readonly io: Io };
  /** Reports a problem with the input that did not stop the command: one line on stderr, made safe to print. */
  readonly warn: (message: string) => void;
}

export interface CommandOutput {
  readonly text: string;
  /**
   * More output, made as the input is read (show on a huge article): written in order after `text`, as each
   * piece comes, so memory stays bounded and a reader at the other end of a pipe sees it at once.
   */
  readonly chunks?: AsyncIterable<string>;
  /**
   * Exit status: 0, or 1 when the command found nothing. Read once all the chunks are written (or the reader
   * has gone), so a command that streams may set it as it goes (search).
   */
  readonly exitCode?: number;
  /** Long reading output may go through the pager; JSON and counts never do. */
  readonly pageable?: boolean;
}
