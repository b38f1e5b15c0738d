// The bounded worker that runs a user's regular expression: same answers as the main thread, and a
// runaway expression stopped with a clear error instead of hanging.

import { describe, expect, it } from 'vitest';
import { DEFAULT_REGEX_TIMEOUT_MS, guardedFinder, regexTimeout } from '../../src/query/regex-guard.js';
import { compilePattern, findAll } from '../../src/query/search.js';

const TEXTS = ['Kurt Campbell met Kim.', '', '🐟 fish 🐟', 'no hit here', 'x'.repeat(1000)];

describe('the guarded regex worker', () => {
  it.each(['Campbell|Kim', 'x*', '\\p{Extended_Pictographic}', '(?<=🐟 )\\w+', '^'])(
    'when %j runs in the worker, then it finds what the main thread finds',
    async (source) => {
      const pattern = compilePattern(source, { regex: true, word: false, caseMode: 'smart' });
      const finder = guardedFinder(pattern, 10_000);
      try {
        const re = new RegExp(pattern.source, pattern.flags);
        expect(await finder.find(TEXTS)).toEqual(TEXTS.map((t) => findAll(re, t)));
        expect(await finder.find(['Campbell'])).toEqual([findAll(re, 'Campbell')]);
      } finally {
        await finder.close();
      }
    },
  );

  it('when an expression backtracks without end, then the worker is stopped and the search fails with exit 2', async () => {
    const pattern = compilePattern('(a+)+$', { regex: true, word: false, caseMode: 'smart' });
    const finder = guardedFinder(pattern, 200);
    try {
      await expect(finder.find(['a'.repeat(100_000) + 'b'])).rejects.toMatchObject({
        exitCode: 2,
        message: expect.stringMatching(/^regular expression took too long \(catastrophic backtracking\?\): stopped after 200 ms/),
      });
    } finally {
      await finder.close();
    }
  });

  it('when the finder is closed before it was used, then nothing is left running', async () => {
    const finder = guardedFinder(compilePattern('a', { regex: true, word: false, caseMode: 'smart' }), 1000);
    await expect(finder.close()).resolves.toBeUndefined();
  });
});

describe('the time budget', () => {
  it.each([
    [{}, DEFAULT_REGEX_TIMEOUT_MS],
    [{ ARTICLE_READER_REGEX_TIMEOUT_MS: '' }, DEFAULT_REGEX_TIMEOUT_MS],
    [{ ARTICLE_READER_REGEX_TIMEOUT_MS: '250' }, 250],
    [{ ARTICLE_READER_REGEX_TIMEOUT_MS: ' 5000 ' }, 5000],
  ])('when the environment is %j, then the budget is %d ms', (env, expected) => {
    expect(regexTimeout(env)).toBe(expected);
  });

  it.each(['0', '-1', '2s', '1.5', 'lots'])('when ARTICLE_READER_REGEX_TIMEOUT_MS is %j, then it is refused with exit 2', (value) => {
    expect(() => regexTimeout({ ARTICLE_READER_REGEX_TIMEOUT_MS: value })).toThrow(
      expect.objectContaining({ exitCode: 2, message: expect.stringContaining('ARTICLE_READER_REGEX_TIMEOUT_MS must be') }),
    );
  });
});
