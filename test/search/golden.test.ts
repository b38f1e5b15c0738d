// Golden files for search: fixture × mode (plain, styled at colour level 1, JSON). Regenerate with
// `npm run golden` and review the diff. Invariants beside them: plain has no ESC, every line fits the width,
// the styled text without its styling says what the plain hits say.

import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { itMatchesGolden, OUTPUT_MODES } from '../helpers/golden.js';
import { runCli } from '../helpers/run-cli.js';

const HARBOUR = fileURLToPath(new URL('../fixtures/search-typography.txt', import.meta.url));
const CASES = [
  ['bundled-campbell', ['Campbell']],
  ['bundled-korea-context', ['-w', 'korea', '-C', '1']],
  ['harbour-pier', ['pier', '--file', HARBOUR]],
  ['harbour-quotes', ['"pier', '--file', HARBOUR]],
] as const;
const WIDTH = 60;
const ESC = '\u001b';

function stripStyles(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

describe('search golden output', () => {
  for (const [name, args] of CASES)
    for (const [mode, modeArgs] of OUTPUT_MODES) {
      itMatchesGolden(
        `when search ${name} renders ${mode}, then it matches the golden file`,
        ['search', ...args, ...modeArgs, '--width', String(WIDTH)],
        `search-${name}-${mode}.txt`,
      );
    }

  for (const [name, args] of CASES) {
    it.each([WIDTH, 20, 10])(`when search ${name} is styled at %d columns, then every line fits and only our styling emits ESC`, async (width) => {
      const r = await runCli(['search', ...args, '-C', '1', '--color', 'always', '--width', String(width)]);
      for (const line of r.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width);
      expect(stripStyles(r.stdout)).not.toContain(ESC);
    });

    it(`when search ${name} is plain, then there is no ESC and each hit's sentence appears in the styled output`, async () => {
      const [plain, styled] = await Promise.all([
        runCli(['search', ...args, '--color', 'never']),
        runCli(['search', ...args, '--color', 'always', '--width', '1000']),
      ]);
      expect(plain.stdout).not.toContain(ESC);
      const flat = stripStyles(styled.stdout).replace(/\s+/g, ' ');
      for (const line of plain.stdout.split('\n').filter((l) => l !== '' && l !== '--')) {
        const sentence = line.replace(/^[^:-]+[:-]/, '');
        expect(flat).toContain(sentence.replace(/\s+/g, ' '));
      }
    });

    it(`when search ${name} is JSON, then every match's offsets select its text in the sentence`, async () => {
      const r = await runCli(['search', ...args, '--json']);
      const hits = JSON.parse(r.stdout) as { sentence: string; matches: { start: number; end: number; text: string }[] }[];
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) for (const m of h.matches) expect(h.sentence.slice(m.start, m.end)).toBe(m.text);
    });
  }
});
