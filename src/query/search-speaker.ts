// search --speaker: what one speaker is reported as saying (the attribution engine's statements), as texts
// to search. Each statement is searched as its own text; its place is the paragraph it stands in. Pure.

import type { Article } from '../model/article.js';
import type { Statement } from '../model/statement.js';
import type { Place } from './search-hits.js';
import type { Searchable } from './search-stream.js';

/** The statements as searchable texts in reading order; statements of one speaker in one paragraph share a place. */
export function statementTexts(article: Article, statements: readonly Statement[]): Searchable[] {
  const places = new Map<string, Place>();
  const ordered = [...statements].sort((a, b) => a.paragraph - b.paragraph); // stable: order within a paragraph kept
  return ordered.map((s) => {
    const key = `${s.paragraph}\u0000${s.speaker}`;
    let place = places.get(key);
    if (place === undefined) {
      const sectionTitle = article.sections[s.section - 1]?.title ?? null;
      place =
        s.paragraph === 0
          ? { kind: 'title', paragraph: null, section: null, sectionTitle: null, speaker: s.speaker }
          : { kind: 'paragraph', paragraph: s.paragraph, section: s.section, sectionTitle, speaker: s.speaker };
      places.set(key, place);
    }
    return { place, text: s.text };
  });
}
