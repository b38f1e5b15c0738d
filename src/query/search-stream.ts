// Search over parse events as they arrive, so an article too large to hold is searched in bounded memory:
// only the hits are kept (with --count, only the count). No I/O of its own.

import type { ParseEvent } from '../parse/article.js';
import { hitsIn, type Place, type PlaceHits } from './search-hits.js';
import type { Finder } from './search.js';

/** Texts are handed to the finder in batches of about this many characters (one worker round trip each). */
export const BATCH_CHARS = 256 * 1024;

export interface SearchRun {
  /** Every match, counted one by one (two in one sentence count two). */
  readonly count: number;
  /** Places with hits, in reading order; empty when only counting. */
  readonly found: readonly PlaceHits[];
}

export interface SearchSettings {
  /** Count only: keep no hits. */
  readonly countOnly: boolean;
  /** Sentences of context either side of a hit. */
  readonly context: number;
}

interface Pending {
  readonly place: Place;
  readonly text: string;
}

export async function searchEvents(
  events: AsyncIterable<ParseEvent>,
  finder: Finder,
  settings: SearchSettings,
): Promise<SearchRun> {
  let count = 0;
  const found: PlaceHits[] = [];
  let batch: Pending[] = [];
  let batchChars = 0;
  let section = 0;
  let sectionTitle: string | null = null;

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const taken = batch;
    batch = [];
    batchChars = 0;
    const offsets = await finder.find(taken.map((p) => p.text));
    taken.forEach((p, i) => {
      const o = offsets[i]!;
      if (o.length === 0) return;
      count += o.length / 2;
      if (!settings.countOnly) found.push(hitsIn(p.place, p.text, o, settings.context));
    });
  };
  const add = async (place: Place, text: string): Promise<void> => {
    batch.push({ place, text });
    batchChars += text.length;
    if (batchChars >= BATCH_CHARS) await flush();
  };

  for await (const event of events) {
    switch (event.kind) {
      case 'header':
        if (event.header.title !== null) {
          await add({ kind: 'title', paragraph: null, section: null, sectionTitle: null }, event.header.title);
        }
        break;
      case 'heading':
        section = event.section;
        sectionTitle = event.title;
        await add({ kind: 'heading', paragraph: null, section, sectionTitle }, event.title);
        break;
      case 'paragraph':
        if (event.paragraph.section !== section) {
          section = event.paragraph.section;
          sectionTitle = null; // a new section without a heading: the untitled lead
        }
        await add({ kind: 'paragraph', paragraph: event.paragraph.number, section, sectionTitle }, event.paragraph.text);
        break;
      case 'caption': {
        const { text, afterParagraph } = event.caption;
        // A caption before anything else stands in the first section, as `show` prints it.
        const place: Place = { kind: 'caption', paragraph: null, section: Math.max(section, 1), sectionTitle, afterParagraph };
        if (text !== '') await add(place, text);
        break;
      }
    }
  }
  await flush();
  return { count, found };
}
