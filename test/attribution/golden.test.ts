// Golden files for quotes and speakers: each fixture × mode × width. Regenerate with `npm run golden` and
// review the diff.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { itMatchesGolden, OUTPUT_MODES } from '../helpers/golden.js';
import { runCli } from '../helpers/run-cli.js';

const HARBOUR = fileURLToPath(new URL('./fixtures/harbour-quotes.txt', import.meta.url));
const FIXTURES = [
  ['bundled', []],
  ['harbour', ['--file', HARBOUR]],
] as const;
const COMMANDS = ['quotes', 'speakers'] as const;
const WIDTHS = [80, 40] as const;
const ESC = '\u001b';

describe('golden output: quotes and speakers', () => {
  for (const command of COMMANDS)
    for (const [fixture, fileArgs] of FIXTURES)
      for (const [mode, modeArgs] of OUTPUT_MODES)
        for (const width of WIDTHS) {
          itMatchesGolden(
            `when ${command} renders ${fixture} ${mode} at ${width}, then it matches the golden file`,
            [command, ...fileArgs, ...modeArgs, '--width', String(width)],
            `${command}-${fixture}-${mode}-${width}.txt`,
          );
        }
});

describe('rendering invariants: quotes and speakers', () => {
  for (const command of COMMANDS)
    for (const width of [80, 40, 20]) {
      it(`when ${command} is styled at ${width}, then stripped it equals plain and no line is wider`, async () => {
        const plain = await runCli([command, '--color', 'never', '--width', String(width)]);
        const styled = await runCli([command, '--color', 'always', '--width', String(width)]);
        expect(plain.stdout).not.toContain(ESC);
        expect(styled.stdout).toContain(ESC);
        expect(styled.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
        for (const line of plain.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
      });
    }
});
