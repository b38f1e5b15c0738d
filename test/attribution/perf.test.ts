// Attribution must be linear: a 1 MB article (the bundled body repeated) in well under a second.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/engine.js';
import { parseArticle } from '../../src/parse/article.js';
import { BUNDLED } from '../helpers/run-cli.js';

describe('attribution speed', () => {
  it('when a 1 MB article is attributed, then it takes well under a second', () => {
    const body = readFileSync(BUNDLED, 'utf8');
    let text = body;
    // Vary each copy so the parser's duplicate filter keeps it.
    for (let i = 1; text.length < 1_000_000; i++) text += '\n\n' + body.replace(/\n\n/g, ` (${i})\n\n`);
    const article = parseArticle(text);
    attribute(article); // warm up
    const start = performance.now();
    const { statements } = attribute(article);
    const ms = performance.now() - start;
    expect(statements.length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(1000);
  });
});
