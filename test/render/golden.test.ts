// Golden files: each command × fixture × mode × width. Regenerate with `npm run golden` and review the diff.

import { describe } from 'vitest';
import { fileURLToPath } from 'node:url';
import { itMatchesGolden, OUTPUT_MODES } from '../helpers/golden.js';

const COUNCIL = fileURLToPath(new URL('../fixtures/council.txt', import.meta.url));
const FIXTURES = [
  ['bundled', []],
  ['council', ['--file', COUNCIL]],
] as const;
const COMMANDS = ['show', 'sections'] as const;
const WIDTHS = [80, 40] as const;

describe('golden output', () => {
  for (const command of COMMANDS)
    for (const [fixture, fileArgs] of FIXTURES)
      for (const [mode, modeArgs] of OUTPUT_MODES)
        for (const width of WIDTHS) {
          if (mode === 'json' && width === 40) continue; // JSON does not depend on the width
          itMatchesGolden(
            `when ${command} renders ${fixture} ${mode} at ${width}, then it matches the golden file`,
            [command, ...fileArgs, ...modeArgs, '--width', String(width)],
            `${command}-${fixture}-${mode}-${width}.txt`,
          );
        }
});
