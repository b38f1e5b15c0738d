import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createArticleParser, parseArticle, type ParseEvent } from '../../src/parse/article.js';
import { splitBlocks } from '../../src/parse/blocks.js';
import { countWords } from '../../src/parse/words.js';
import { summariseEvents } from '../../src/query/section-summaries.js';
import { BUNDLED } from '../helpers/run-cli.js';

async function* eventsOf(text: string): AsyncGenerator<ParseEvent> {
  const parser = createArticleParser();
  for (const block of splitBlocks(text)) yield* parser.push(block);
  yield* parser.end();
}

const texts = [
  ['the bundled article', readFileSync(BUNDLED, 'utf8')],
  ['an article opening with a heading', 'Budget\n\nFIRST PART\n\nOne two three four five six seven eight nine ten.\n\nSecond part here\n\nMore words.\n'],
  ['two headings in a row', 'Budget\n\nLead text of the article goes here.\n\nEmpty heading\n\nNext heading\n\nBody.\n'],
  ['no paragraphs', 'Just a title\n'],
] as const;

describe('section summaries from events', () => {
  it.each(texts)('when %s streams by, then the counts equal the model’s', async (_label, text) => {
    const article = parseArticle(text);
    expect(await summariseEvents(eventsOf(text))).toEqual(
      article.sections.map((s) => ({
        number: s.number,
        title: s.title,
        paragraphs: s.paragraphs.length,
        words: s.paragraphs.reduce((n, p) => n + countWords(p.text), 0),
      })),
    );
  });
});
