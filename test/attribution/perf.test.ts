// Attribution of a large article: it completes, and it is linear in the article, checked without a clock: n
// copies of the bundled article give n copies' statements. (How fast is measured in `npm run bench`, never in
// a unit test: "attribution of a 1 MB article".)

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/engine.js';
import { parseArticle } from '../../src/parse/article.js';
import { BUNDLED } from '../helpers/run-cli.js';

/** The bundled article repeated until it is `bytes` long, each copy varied so the parser's duplicate filter keeps it. */
function repeated(body: string, bytes: number): { text: string; copies: number } {
  let text = body;
  let copies = 1;
  for (; text.length < bytes; copies++) text += '\n\n' + body.replace(/\n\n/g, ` (${copies})\n\n`);
  return { text, copies };
}

describe('attribution of a large article', () => {
  const body = readFileSync(BUNDLED, 'utf8');

  it('when a 1 MB article is attributed, then every copy of the bundled article gives its statements', () => {
    const one = attribute(parseArticle(body)).statements;
    const { text, copies } = repeated(body, 1_000_000);
    const { statements } = attribute(parseArticle(text));
    expect(copies).toBeGreaterThan(150);
    // Every copy (its first line, the headline, now a paragraph) gives the statements the article alone gives.
    expect(statements.length).toBe(one.length * copies);
  });
});
