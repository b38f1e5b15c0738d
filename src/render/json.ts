// JSON shapes of the public contract. Keys may be added, never renamed. JSON keeps the article's text as
// data, but controls that a terminal would act on are escaped so `cat`-ing the JSON is safe too.

import type { Article, SectionSummary } from '../model/article.js';

const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function toJson(value: unknown): string {
  return (
    JSON.stringify(value, null, 2).replace(
      UNSAFE_IN_JSON,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ) + '\n'
  );
}

export function articleJson(article: Article, sections = article.sections): unknown {
  return {
    site: article.site,
    tagline: article.tagline,
    title: article.title,
    standfirst: article.standfirst,
    readingTime: article.readingTime,
    byline: article.byline,
    published: article.published,
    words: article.words,
    duplicatesDropped: article.duplicatesDropped,
    sections: sections.map((s) => ({
      number: s.number,
      title: s.title,
      paragraphs: s.paragraphs.map((p) => ({ number: p.number, text: p.text })),
    })),
    captions: article.captions.map((c) => ({ text: c.text, credit: c.credit, afterParagraph: c.afterParagraph })),
  };
}

export function sectionsJson(sections: readonly SectionSummary[]): unknown {
  return sections.map((s) => ({ number: s.number, title: s.title, paragraphs: s.paragraphs, words: s.words }));
}
