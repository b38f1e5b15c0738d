// Properties every rendering must keep, whatever the article and width.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.js';
import { BUNDLED, runCli } from '../helpers/run-cli.js';

const COUNCIL = fileURLToPath(new URL('../fixtures/council.txt', import.meta.url));
const SGR = /\u001b\[[0-9;]*m/g;
const cases = [
  ['bundled', BUNDLED],
  ['council', COUNCIL],
] as const;

describe.each(cases)('%s', (_name, path) => {
  const article = parseArticle(readFileSync(path, 'utf8'));

  it.each([12, 20, 40, 80, 100])('when shown at width %i, then no visible line is wider', async (width) => {
    for (const color of ['never', 'always']) {
      for (const cmd of ['show', 'sections']) {
        const r = await runCli([cmd, '--file', path, '--width', String(width), '--color', color]);
        for (const line of r.stdout.replace(SGR, '').split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('when shown plain, then no ESC byte is written', async () => {
    for (const cmd of ['show', 'sections']) {
      const r = await runCli([cmd, '--file', path, '--width', '40']);
      expect(r.stdout).not.toContain('\u001b');
    }
  });

  it('when shown styled and the styles are taken out, then it equals the plain output', async () => {
    const plain = await runCli(['show', '--file', path, '--width', '60', '--color', 'never']);
    const styled = await runCli(['show', '--file', path, '--width', '60', '--color', 'always']);
    expect(styled.stdout).toContain('\u001b[');
    expect(styled.stdout.replace(SGR, '')).toBe(plain.stdout);
  });

  it('when shown at any width, then every paragraph and caption is there whole', async () => {
    const texts = [
      ...article.sections.flatMap((s) => [s.title ?? '', ...s.paragraphs.map((p) => p.text)]),
      ...article.captions.flatMap((c) => [c.text, c.credit ?? '']),
    ];
    for (const width of [15, 40, 80]) {
      const r = await runCli(['show', '--file', path, '--width', String(width)]);
      const squeezed = r.stdout.replace(/\s+/g, '');
      for (const text of texts) expect(squeezed).toContain(text.replace(/\s+/g, ''));
    }
  });

  it('when shown as JSON, then it parses and holds the model', async () => {
    const r = await runCli(['show', '--file', path, '--json']);
    const json = JSON.parse(r.stdout) as { words: number; sections: { paragraphs: { text: string }[] }[] };
    expect(json.words).toBe(article.words);
    expect(json.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(
      article.sections.flatMap((s) => s.paragraphs.map((p) => p.text)),
    );
  });
});
