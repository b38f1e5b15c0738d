// What every renderer is told about the output, decided once in cli.ts.

import type { Theme } from './theme.js';

export interface RenderContext {
  /** Columns to fit every line in. */
  readonly width: number;
  readonly theme: Theme;
}
