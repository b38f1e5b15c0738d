// Where quoted words are: one row per kind of quote mark, including the mixed marks of scraped pages.

import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/parse/quote-spans.js';

const quoted = (text: string): string[] => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));

describe('quote spans', () => {
  const ROWS: readonly (readonly [string, string, string[]])[] = [
    ['curly quotes', 'He said “we won” and left.', ['“we won”']],
    ['straight quotes', 'He said "we won" and left.', ['"we won"']],
    ['doubled apostrophes', "He said ''we won'' and left.", ["''we won''"]],
    ['single quotes, not apostrophes', "Kim’s team said ‘we won’ and didn’t stay.", ['‘we won’']],
    ['a curly opening closed by a straight mark', '“We won," he said. "Again.”', ['“We won,"', '"Again.”']],
    ['a straight opening closed by a curly mark', '"We won,” he said.', ['"We won,”']],
    ['single quotes inside a curly quote', '“The ‘new’ plan,” he said.', ['“The ‘new’ plan,”']],
    ['a straight mark before a letter, which cannot close', '“We won"today,” he said.', ['“We won"today,”']],
    ['an unclosed quote running to the end', 'He said: “We will fight on', ['“We will fight on']],
  ];
  for (const [name, text, spans] of ROWS) {
    it(`when the text has ${name}, then those are the quoted spans`, () => {
      expect(quoted(text)).toEqual(spans);
    });
  }
});

describe('quotes left open', () => {
  it('when a straight mark can only open a new quote, then the quote before it ends there', () => {
    const text = 'She said. "I loved it. "Then I stopped," she added.';
    expect(quoted(text)).toEqual(['"I loved it. ', '"Then I stopped,"']);
  });
});
