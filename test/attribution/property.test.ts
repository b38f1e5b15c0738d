// Any text: attribution never throws, and what it reports stands in the article.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeText } from './helpers.js';

const WORDS = ['said', 'says', 'told', 'according to', 'He', 'she', 'They', 'Mr.', 'Dr.', 'Ann', 'Lee', 'the', 'poll',
  'officials', 'that', ',', '.', '"', '“', '”', "''", "'", ':', 'who', 'added', 'as reported by', 'The Times', 'of',
  'Analysts', 'argue', '—', '(', ')', 'U.S.', 'a', 'former', 'head', 'expressed concern', '?', '!', '\n',
  'the Dutchman', 'the 46-year-old', 'the senator', 'Her brother', 'Lee:', 'Q:', 'No.', 'people familiar with'];

const sentence = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 30 }).map((w) => w.join(' '));

describe('attribution on arbitrary text', () => {
  it('when paragraphs are arbitrary, then attribution does not throw and statements stand in their paragraphs', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const { statements, speakers } = attributeText(...paragraphs);
        for (const s of statements) {
          const p = paragraphs[s.paragraph - 1];
          expect(p).toBeDefined();
          for (const q of s.quoted) expect(p).toContain(q);
          expect(s.speaker.length).toBeGreaterThan(0);
          // (No character of the quotation mask the engine reads through: "according to the senator '0".)
          expect(`${s.speaker} ${s.role ?? ''} ${s.via ?? ''} ${s.mention ?? ''}`).not.toContain('\u2592');
          expect(s.text).toMatch(/[\p{L}\p{N}]/u);
          // Its spans cut its text out of the paragraph (the headline-free article's paragraphs are the input's).
          const parts: string[] = [];
          for (let i = 0; i < s.spans.length; i += 2) parts.push(p!.slice(s.spans[i], s.spans[i + 1]));
          expect(parts.join(' ')).toBe(s.text);
          if (s.mention !== null) expect(p!.toLowerCase()).toContain(s.mention.split(' ').pop()!.toLowerCase());
        }
        expect(speakers.reduce((n, sp) => n + sp.statements, 0)).toBe(statements.length);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });
});
