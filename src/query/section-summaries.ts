// Section counts straight from parse events, so a huge article needs no model.

import type { SectionSummary } from '../model/article.js';
import type { ParseEvent } from '../parse/article.js';

/** Folds parse events into summaries, numbered as parseArticle numbers sections. */
export async function summariseEvents(events: AsyncIterable<ParseEvent>): Promise<SectionSummary[]> {
  const rows: { number: number; title: string | null; paragraphs: number; words: number }[] = [];
  for await (const event of events) {
    if (event.kind === 'heading') rows.push({ number: rows.length + 1, title: event.title, paragraphs: 0, words: 0 });
    else if (event.kind === 'paragraph') {
      if (rows.length < event.paragraph.section) rows.push({ number: rows.length + 1, title: null, paragraphs: 0, words: 0 });
      const row = rows[rows.length - 1]!;
      row.paragraphs++;
      row.words += event.words;
    }
  }
  return rows;
}
