// Articles made of a few paragraphs written for a test, and their attribution.

import { attribute, type Attribution } from '../../src/attribution/engine.js';
import type { Article } from '../../src/model/article.js';

export function articleOf(...paragraphs: string[]): Article {
  return titledArticle(null, ...paragraphs);
}

/** An article with a headline, then the paragraphs. */
export function titledArticle(title: string | null, ...paragraphs: string[]): Article {
  return {
    site: null,
    tagline: null,
    title,
    standfirst: null,
    readingTime: null,
    byline: null,
    published: null,
    words: 0,
    duplicatesDropped: 0,
    sections: [
      {
        number: 1,
        title: null,
        paragraphs: paragraphs.map((text, i) => ({ number: i + 1, section: 1, text })),
      },
    ],
    captions: [],
  };
}

export function attributeText(...paragraphs: string[]): Attribution {
  return attribute(articleOf(...paragraphs));
}
