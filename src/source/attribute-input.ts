// Who said what in the article given by --file (or the bundled one), for quotes and speakers: paragraphs go to
// the attributor as they are parsed and are let go, so that only the statements are held, never the whole
// article (on a large one, that was most of the memory). Input past the limits is refused, as load.ts does.

import { createAttributor, headlineParagraph, type Attribution } from '../attribution/engine.js';
import type { Io } from '../io.js';
import { articleEvents, openInput, type Input } from './events.js';

export interface Attributed {
  readonly attribution: Attribution;
  readonly warnings: readonly string[];
  /** Undecodable sequences in the input (what `warnings` reports). */
  readonly invalid: number;
}

/** `input`: the article's input when the caller has opened it (cached-attribution.ts reads ahead in it). */
export async function attributeInput(file: string | undefined, io: Io, input: Input = openInput(file, io)): Promise<Attributed> {
  const source = articleEvents(file, io, { limits: 'heap', input, countWords: false });
  const attributor = createAttributor();
  for await (const batch of source.batches) {
    for (const event of batch) {
      if (event.kind === 'header' && event.header.title !== null) attributor.push(headlineParagraph(event.header.title));
      else if (event.kind === 'paragraph') attributor.push(event.paragraph);
    }
  }
  return { attribution: attributor.finish(), warnings: source.warnings(), invalid: source.invalid() };
}
