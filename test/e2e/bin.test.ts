// End to end: the built bin in a real process, through real pipes (npm test builds before it runs).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHILD_ENV } from '../helpers/child-env.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/article-reader.js', import.meta.url));
// A clean environment: nothing of the test runner's terminal or colour settings leaks in.
const ENV = CHILD_ENV;

function run(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    env: { ...ENV, ...options.env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function sh(command: string, env: Record<string, string> = {}) {
  const r = spawnSync('bash', ['-c', command], { cwd: ROOT, env: { ...ENV, ...env, BIN }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the built bin', () => {
  it('when dist/ is built, then the bin exists', () => {
    expect(existsSync(fileURLToPath(new URL('../../dist/main.js', import.meta.url)))).toBe(true);
  });

  it('when dist/ is built, then the only Intl.Segmenter in its bundles is the one src/text/graphemes.ts wraps', () => {
    // wrap-ansi's and string-width's are replaced by the build: on Node 20 theirs costs the square of a word's length.
    for (const bundle of ['main.js', 'attribution.js']) {
      const code = readFileSync(fileURLToPath(new URL(`../../dist/${bundle}`, import.meta.url)), 'utf8');
      expect(code.match(/(?<![\w$.])Intl\.Segmenter\b/g) ?? [], bundle).toEqual([]);
    }
    const main = readFileSync(fileURLToPath(new URL('../../dist/main.js', import.meta.url)), 'utf8');
    expect(main.match(/globalThis\.Intl\.Segmenter/g)).toHaveLength(1);
  });

  it('when piped, then it prints the plain article with no escape codes', () => {
    const r = run(['show']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^China concerned over deepening/);
    expect(r.stdout).not.toContain('\u001b');
  });

  it('when FORCE_COLOR=1 is set, then the piped output is styled', () => {
    const r = run(['show'], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toContain('\u001b[1m');
  });

  it('when NO_COLOR is set alongside --color auto, then the output is plain', () => {
    expect(run(['show'], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b');
  });

  it('when piped into head -1, then it exits 0 with nothing on stderr', () => {
    const r = sh('set -o pipefail; node "$BIN" show | head -1');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('China concerned over deepening Russia-North Korea relations, says US official\n');
  });

  it('when piped into true, then it exits 0 with nothing on stderr', () => {
    const r = sh('set -o pipefail; node "$BIN" show --json | true');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('when --file is missing, then exit 2 with one line on stderr', () => {
    const r = run(['show', '--file', 'no-such-article.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("article-reader: cannot read 'no-such-article.txt': no such file\n");
  });

  it('when an article is piped into --file -, then it is read from stdin', () => {
    const r = sh('cat data/*.txt | node "$BIN" sections --file - --json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(3);
  });

  it('when stdout goes to /dev/null, then nothing reaches stderr', () => {
    const r = sh('node "$BIN" show >/dev/null');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('when run under a real terminal, then the output is styled', () => {
    // `script` gives the child a pty; COLUMNS pins the width, --no-pager keeps it from waiting for a key.
    const out = execFileSync('script', ['-qec', `node ${BIN} sections --no-pager`, '/dev/null'], {
      env: { ...ENV, TERM: 'xterm', COLUMNS: '80' },
      encoding: 'utf8',
    });
    expect(out).toContain('\u001b[');
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).toContain('(lead)');
  });
});
