import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

describe('cli', () => {
  it('when run with no subcommand, then it shows the article', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('China concerned over deepening');
    expect(r.stderr).toBe('');
  });
});
