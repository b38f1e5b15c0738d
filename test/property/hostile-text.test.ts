// Properties of every command over hostile text (see arbitraries.ts for what is generated). Each property
// runs RUNS times: a few hundred in `npm test`, many thousands in `npm run fuzz` (FUZZ_RUNS).

import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { createArticleParser, parseArticle } from '../../src/parse/article.js';
import { splitBlocks } from '../../src/parse/blocks.js';
import { isBoilerplateLine } from '../../src/parse/boilerplate.js';
import { countWords } from '../../src/parse/words.js';
import { styledTheme, type Theme } from '../../src/render/theme.js';
import { runCli } from '../helpers/run-cli.js';
import { FC, anyArticle, width, wordedArticle } from './arbitraries.js';

// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const SGR = /\u001b\[[0-9;]*m/g;
const THEME_SGR = new Set(
  (Object.values(styledTheme(1)) as Theme[keyof Theme][]).flatMap((style) => style('x').match(SGR) ?? []),
);

/** Every subcommand there is now, with arguments; commands landing later are picked up from --help. */
async function commands(): Promise<(readonly string[])[]> {
  const help = (await runCli(['--help'])).stdout;
  const all: (readonly string[])[] = [['show'], ['sections'], ['quotes'], ['speakers'], ['search', 'e']];
  return all.filter(([name]) => new RegExp(`^\\s+${name!}\\b`, 'm').test(help));
}
const COMMANDS = await commands();

/** The checks every command's output must pass, whatever the input. */
async function checkCommand(args: readonly string[], text: string, w: number): Promise<void> {
  const plain = await runCli([...args, '--file', '-', '--width', String(w)], { stdin: text });
  expect([0, 1, 2]).toContain(plain.code);
  if (plain.code === 2) {
    // Only the input itself may be refused (empty, whitespace, binary), in one line.
    expect(plain.stderr).toMatch(/^article-reader: stdin: (is empty|contains only whitespace|contains binary data)[^\n]*\n$/);
    return;
  }
  expect(plain.stderr).toMatch(/^(article-reader: [^\n]+\n)?$/); // at most one warning, or "nothing found"
  expect(plain.stdout).not.toMatch(TERMINAL_UNSAFE);
  // Plain search prints one hit per line, as grep does, for other tools to read: it is not wrapped.
  const grepLike = args[0] === 'search';
  if (!grepLike) for (const l of plain.stdout.split('\n')) expect(stringWidth(l), JSON.stringify(l)).toBeLessThanOrEqual(w);

  const styled = await runCli([...args, '--file', '-', '--width', String(w), '--color', 'always'], { stdin: text });
  expect(styled.code).toBe(plain.code);
  for (const code of styled.stdout.match(SGR) ?? []) expect(THEME_SGR).toContain(code);
  const unstyled = styled.stdout.replace(SGR, '');
  expect(unstyled).not.toMatch(TERMINAL_UNSAFE);
  for (const l of unstyled.split('\n')) expect(stringWidth(l), JSON.stringify(l)).toBeLessThanOrEqual(w);
  if (!grepLike) expect(unstyled).toBe(plain.stdout);

  const json = await runCli([...args, '--file', '-', '--json'], { stdin: text });
  expect(json.code).toBe(plain.code);
  if (json.stdout !== '') {
    expect(json.stdout).not.toMatch(TERMINAL_UNSAFE);
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
  }
}

describe('the parser', () => {
  it('when given any text, then it never throws and the model is consistent', () => {
    fc.assert(
      fc.property(anyArticle, (text) => {
        const article = parseArticle(text);
        const paragraphs = article.sections.flatMap((s) => s.paragraphs);
        expect(paragraphs.map((p) => p.number)).toEqual(paragraphs.map((_, i) => i + 1));
        expect(article.sections.map((s) => s.number)).toEqual(article.sections.map((_, i) => i + 1));
        for (const s of article.sections) for (const p of s.paragraphs) expect(p.section).toBe(s.number);
        expect(article.words).toBe(paragraphs.reduce((n, p) => n + countWords(p.text), 0));
      }),
      FC,
    );
  });

  it('when blocks are pushed one by one, then the events are those of the whole text', () => {
    fc.assert(
      fc.property(anyArticle, (text) => {
        const parser = createArticleParser();
        const events = [...splitBlocks(text).flatMap((b) => parser.push(b)), ...parser.end()];
        const paragraphs = parseArticle(text).sections.flatMap((s) => s.paragraphs.map((p) => p.text));
        expect(events.flatMap((e) => (e.kind === 'paragraph' ? [e.paragraph.text] : []))).toEqual(paragraphs);
      }),
      FC,
    );
  });

  it('when words are not counted, then the events are the same but for their word counts, all 0', () => {
    fc.assert(
      fc.property(anyArticle, (text) => {
        const counting = createArticleParser();
        const not = createArticleParser({ countWords: false });
        const counted = [...splitBlocks(text).flatMap((b) => counting.push(b)), ...counting.end()];
        const uncounted = [...splitBlocks(text).flatMap((b) => not.push(b)), ...not.end()];
        expect(uncounted).toEqual(counted.map((e) => (e.kind === 'paragraph' ? { ...e, words: 0 } : e)));
        expect(not.stats).toEqual({ ...counting.stats, words: 0 });
      }),
      FC,
    );
  });
});

describe.each(COMMANDS)('%s', (...args) => {
  it('when given any text at any width, then it returns normally with safe, fitting, parseable output', async () => {
    await fc.assert(fc.asyncProperty(anyArticle, width, (text, w) => checkCommand(args, text, w)), FC);
  });

  it('when given worded text with controls and escape sequences, then the same holds', async () => {
    await fc.assert(fc.asyncProperty(wordedArticle, width, (a, w) => checkCommand(args, a.text, w)), FC);
  });
});

/** The parser's own view of a line (trimmed as splitBlocks trims), to know which lines it drops as boilerplate. */
const trimmed = (line: string): string => line.replace(/^[\s\u00a0\u200b\ufeff]+|[\s\u00a0\u200b\ufeff]+$/gu, '');

describe('show', () => {
  // Nothing lost. What the parser may leave out, and so what this does not demand: lines it drops as
  // boilerplate (isBoilerplateLine: "Advertisement", "Share", stray CSS), and a repeated paragraph, whose
  // words are shown once already. Title-block lines are shown in the title block, headings as headings,
  // captions under their paragraph: their words must all be there.
  it('when given worded text, then every word of every line that is not boilerplate is shown, in order', async () => {
    await fc.assert(
      fc.asyncProperty(wordedArticle, width, async (article, w) => {
        const r = await runCli(['show', '--file', '-', '--width', String(w)], { stdin: article.text });
        // Without a single word the input may be only whitespace once the BOM is dropped: refused, exit 2.
        expect(r.code).toBe(article.lines.some((l) => l.words.length > 0) ? 0 : r.code);
        // Wrapping puts text in Unicode normal form C, and a stray combining mark joins the letter before it
        // once spaces are squeezed out: compare base letters only.
        const shown = baseLetters(r.stdout.replace(/\s+/g, ''));
        for (const line of article.lines) {
          if (line.words.length === 0 || isBoilerplateLine(trimmed(line.text))) continue;
          const words = line.words.map(baseLetters);
          expect(containsInOrder(shown, words), `${JSON.stringify(words)} in ${JSON.stringify(r.stdout)}`).toBe(true);
        }
      }),
      FC,
    );
  });
});

const baseLetters = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/** Whether `words` occur in `text` in this order, starting anywhere (text and words without whitespace). */
function containsInOrder(text: string, words: readonly string[]): boolean {
  for (let start = text.indexOf(words[0]!); start !== -1; start = text.indexOf(words[0]!, start + 1)) {
    let at = start + words[0]!.length;
    let ok = true;
    for (const w of words.slice(1)) {
      const i = text.indexOf(w, at);
      if (i === -1) {
        ok = false;
        break;
      }
      at = i + w.length;
    }
    if (ok) return true;
  }
  return false;
}
