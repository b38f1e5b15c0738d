// quotes writes its output in pieces as it renders them (a huge article's output is never held whole): the
// pieces, joined, must be the text rendered whole, wherever they are cut.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/engine.js';
import { parseArticle } from '../../src/parse/article.js';
import { toJson } from '../../src/render/json.js';
import { renderQuotes, renderQuotesPieces } from '../../src/render/quotes.js';
import { statementsJson, statementsJsonPieces } from '../../src/render/statements-json.js';
import { plainTheme, styledTheme } from '../../src/render/theme.js';
import { BUNDLED } from '../helpers/run-cli.js';

const { statements } = attribute(parseArticle(readFileSync(BUNDLED, 'utf8')));

describe('quotes output in pieces', () => {
  for (const size of [1, 50, 400, 1 << 16]) {
    it(`when cut into pieces of about ${size} characters, then plain and styled text join to the whole`, () => {
      for (const theme of [plainTheme, styledTheme(1)]) {
        const ctx = { width: 60, theme };
        const pieces = [...renderQuotesPieces(statements, ctx, size)];
        expect(pieces.join('')).toBe(renderQuotes(statements, ctx));
        if (size === 1) expect(pieces.length).toBeGreaterThan(statements.length / 2);
      }
    });

    it(`when cut into pieces of about ${size} characters, then the JSON joins to the whole`, () => {
      expect([...statementsJsonPieces(statements, size)].join('')).toBe(toJson(statementsJson(statements)));
    });
  }
});
