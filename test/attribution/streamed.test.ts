// quotes and speakers attribute the article as they read it (source/attribute-input.ts), holding statements,
// not paragraphs. What they find must be what attribution of the whole parsed article finds, for any article
// and any way the input is cut into chunks.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute, createAttributor, headlineParagraph } from '../../src/attribution/engine.js';
import type { Paragraph } from '../../src/model/article.js';
import { parseArticle } from '../../src/parse/article.js';
import { attributeInput } from '../../src/source/attribute-input.js';
import { chunkedStdin } from '../helpers/chunked-stdin.js';
import { BUNDLED } from '../helpers/run-cli.js';
import { anyArticle, FC } from '../property/arbitraries.js';

async function streamed(text: string, piece: number) {
  const { attribution } = await attributeInput('-', chunkedStdin(Buffer.from(text), piece, []));
  return attribution;
}

const WORDS = ['said', 'says', 'told', 'according to', 'He', 'she', 'They', 'Mr.', 'Ann', 'Lee', 'the', 'officials',
  'that', ',', '.', '"', '“', '”', "'", ':', 'who', 'added', 'as reported by', 'The Times', 'Analysts', 'argue', '—',
  'Zoë', 'Ørsted', 'café', 'former', 'head', 'expressed concern', '?'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 16 }).map((w) => w.join(' '));
const paragraphs = fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')), { minLength: 1, maxLength: 8 });
/** Articles with a headline line and paragraphs of attribution words, plain or not, or any article at all. */
const article = fc.oneof(
  fc.tuple(sentence, paragraphs).map(([title, ps]) => [title, ...ps].join('\n\n')),
  anyArticle,
);

describe('attribution as the article is read', () => {
  it('when any article comes in chunks of any size, then the statements and speakers are those of the whole article', async () => {
    await fc.assert(
      fc.asyncProperty(article, fc.integer({ min: 1, max: 200 }), async (text, piece) => {
        // Empty, blank or binary input is refused as it is read: the readers' own tests see to that.
        fc.pre(/\S/.test(text) && !text.includes('\0'));
        await expect(streamed(text, piece)).resolves.toEqual(attribute(parseArticle(text)));
      }),
      FC,
    );
  });

  it('when the bundled article and the fixtures are read in small chunks, then nothing changes', async () => {
    for (const path of [BUNDLED, 'test/attribution/fixtures/harbour-quotes.txt', 'test/fixtures/council.txt', 'test/fixtures/search-speakers.txt']) {
      const text = readFileSync(path, 'utf8');
      const whole = attribute(parseArticle(text));
      expect(whole.statements.length, path).toBeGreaterThan(0);
      for (const piece of [7, 4096]) expect(await streamed(text, piece), path).toEqual(whole);
    }
  });

  it('when a paragraph that is not plain text comes first, then the rules run without their ASCII twins and find the same', () => {
    const body = parseArticle(readFileSync(BUNDLED, 'utf8')).sections.flatMap((s) => s.paragraphs);
    const run = (first: Paragraph | null) => {
      const attributor = createAttributor();
      if (first !== null) attributor.push(first);
      for (const p of body) attributor.push(p);
      return attributor.finish();
    };
    const twins = run(null);
    const unicode = run(headlineParagraph('Zoë Ørsted'));
    expect(twins.statements.length).toBeGreaterThan(10);
    expect(unicode.statements).toEqual(twins.statements);
  });
});
