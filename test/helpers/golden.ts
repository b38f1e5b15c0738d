// The shared shape of a golden-file test: run the CLI in-process, expect success, compare stdout with a file
// in test/golden/ (regenerate with `npm run golden` and review the diff).

import { expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** The three ways every command prints: plain, styled at colour level 1 (pinned), JSON. */
export const OUTPUT_MODES = [
  ['plain', ['--color', 'never']],
  ['styled', ['--color', 'always']],
  ['json', ['--json']],
] as const;

/** `golden` is a file name in test/golden/ (resolved from the test file, which lives one folder below test/). */
export function itMatchesGolden(title: string, args: readonly string[], golden: string): void {
  it(title, async () => {
    const r = await runCli(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`../golden/${golden}`);
  });
}
