// What a subcommand is handed: how to get the article, how to render, where warnings go.

import type { Io } from '../io.js';
import type { Article } from '../model/article.js';
import type { RenderContext } from '../render/context.js';

export interface CommandContext {
  /** Loads and parses the article given by --file (or the bundled one). */
  readonly article: () => Promise<Article>;
  readonly render: RenderContext;
  /** Whether the output is JSON (--json). */
  readonly json: boolean;
  /** Where the article comes from, for a command that streams it rather than loading it whole (search). */
  readonly input: { readonly file: string | undefined; readonly io: Io };
}

export interface CommandOutput {
  readonly text: string;
  /** Exit status: 0, or 1 when the command found nothing. */
  readonly exitCode?: number;
  /** Long reading output may go through the pager; JSON and counts never do. */
  readonly pageable?: boolean;
}
