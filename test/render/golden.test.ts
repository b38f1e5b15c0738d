// Golden files: each command × fixture × mode × width. Regenerate with `npm run golden` and review the diff.

import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/run-cli.js';

const COUNCIL = fileURLToPath(new URL('../fixtures/council.txt', import.meta.url));
const FIXTURES = [
  ['bundled', []],
  ['council', ['--file', COUNCIL]],
] as const;
const MODES = [
  ['plain', ['--color', 'never']],
  ['styled', ['--color', 'always']],
  ['json', ['--json']],
] as const;
const COMMANDS = ['show', 'sections'] as const;
const WIDTHS = [80, 40] as const;

describe('golden output', () => {
  for (const command of COMMANDS)
    for (const [fixture, fileArgs] of FIXTURES)
      for (const [mode, modeArgs] of MODES)
        for (const width of WIDTHS) {
          if (mode === 'json' && width === 40) continue; // JSON does not depend on the width
          it(`when ${command} renders ${fixture} ${mode} at ${width}, then it matches the golden file`, async () => {
            const r = await runCli([command, ...fileArgs, ...modeArgs, '--width', String(width)]);
            expect(r.stderr).toBe('');
            expect(r.code).toBe(0);
            await expect(r.stdout).toMatchFileSnapshot(`../golden/${command}-${fixture}-${mode}-${width}.txt`);
          });
        }
});
