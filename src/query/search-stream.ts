// Search over parse events as they arrive, so an article too large to hold is searched in bounded memory:
// each hit goes to the sink when it is complete (with --count, nothing does), and the caller may write it
// out after each batch. No I/O of its own.

import type { ParseEvent } from '../parse/article.js';
import type { Header } from '../parse/header.js';
import { HitCollector, type HitSink } from './search-context.js';
import { detach } from '../parse/blocks.js';
import { unitsOf, type Place } from './search-hits.js';
import type { Finder } from './search.js';

/** Texts are handed to the finder in batches of about this many characters (one worker round trip each). */
export const BATCH_CHARS = 256 * 1024;

export interface SearchRun {
  /** Every match, counted one by one (two in one sentence count two). */
  readonly count: number;
  /** Places (title, headings, paragraphs, captions) with at least one match; 0 when only counting. */
  readonly places: number;
}

export interface SearchSettings {
  /** Count only: no hits are made. */
  readonly countOnly: boolean;
  /** Sentences of context either side of a hit. */
  readonly context: number;
}

/** A text to search and where it is. */
export interface Searchable {
  readonly place: Place;
  readonly text: string;
}

/** The title block → what search looks in there: the title and the standfirst under it. */
export function headerTexts(header: Header): Searchable[] {
  const texts: Searchable[] = [];
  if (header.title !== null) texts.push({ place: { kind: 'title', paragraph: null, section: null, sectionTitle: null }, text: header.title });
  if (header.standfirst !== null) texts.push({ place: { kind: 'standfirst', paragraph: null, section: null, sectionTitle: null }, text: header.standfirst });
  return texts;
}

/**
 * Parse events → what search looks in, in reading order: the title, headings, paragraphs and captions. The
 * returned function keeps the section as events go by; it gives null for an event with nothing to search.
 */
export function createPlacer(): (event: ParseEvent) => Searchable | null {
  let section = 0;
  let sectionTitle: string | null = null;
  return (event) => {
    switch (event.kind) {
      case 'header':
        return null; // see headerTexts
      case 'heading':
        section = event.section;
        sectionTitle = detach(event.title);
        return { place: { kind: 'heading', paragraph: null, section, sectionTitle }, text: event.title };
      case 'paragraph':
        if (event.paragraph.section !== section) {
          section = event.paragraph.section;
          sectionTitle = null; // a new section without a heading: the untitled lead
        }
        return { place: { kind: 'paragraph', paragraph: event.paragraph.number, section, sectionTitle }, text: event.paragraph.text };
      case 'caption': {
        const { text, afterParagraph } = event.caption;
        // A caption before anything else stands in the first section, as `show` prints it.
        const place: Place = { kind: 'caption', paragraph: null, section: Math.max(section, 1), sectionTitle, afterParagraph };
        return text === '' ? null : { place, text };
      }
      default:
        return null;
    }
  };
}

/**
 * Searches texts in order, handing hits to the sink as they complete. Yields the totals so far after each
 * batch (and once at the end), so a caller can write what the sink has made before the next batch is read.
 * Paragraphs form one flow that context (-C) runs along, broken by anything else and by a change of section.
 */
export async function* searchTexts(
  texts: AsyncIterable<readonly Searchable[]> | Iterable<readonly Searchable[]>,
  finder: Finder,
  settings: SearchSettings,
  sink: HitSink,
): AsyncGenerator<SearchRun> {
  let count = 0;
  const collector = new HitCollector(settings.context, sink);
  let batch: Searchable[] = [];
  let batchChars = 0;
  let flowSection: number | null = null;

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const taken = batch;
    batch = [];
    batchChars = 0;
    const offsets = await finder.find(taken.map((p) => p.text));
    taken.forEach(({ place, text }, i) => {
      const o = offsets[i]!;
      count += o.length / 2;
      if (settings.countOnly) return;
      if (place.kind === 'paragraph') {
        if (place.section !== flowSection) collector.breakFlow();
        flowSection = place.section;
        // Context runs along the paragraphs, so with -C every paragraph's sentences are needed.
        if (o.length > 0 || settings.context > 0) collector.addFlow(place, unitsOf(place.kind, text, o, settings.context > 0));
      } else if (o.length > 0 || place.kind === 'heading') {
        collector.addApart(place, unitsOf(place.kind, text, o, false)); // a heading ends the context flow
      }
    });
  };

  // Texts come in arrays: one step of an async iteration per text would cost more than searching it.
  for await (const items of texts) {
    for (const item of items) {
      batch.push(item);
      batchChars += item.text.length;
    }
    if (batchChars >= BATCH_CHARS) {
      await flush();
      yield { count, places: collector.places };
    }
  }
  await flush();
  collector.breakFlow();
  yield { count, places: collector.places };
}
