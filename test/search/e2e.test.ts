// search end to end: the built bin (npm test builds first) in real processes, through real pipes.

import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../helpers/scratch.js';
import { CHILD_ENV } from '../helpers/child-env.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/article-reader.js', import.meta.url));
const ENV = CHILD_ENV;
/** Not a timing assertion: a safety net so a hang fails the test instead of stalling the run. */
const HANG = 60_000;

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: '', env: { ...ENV, ...env }, encoding: 'utf8', timeout: HANG });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function sh(command: string) {
  const r = spawnSync('bash', ['-c', command], { cwd: ROOT, env: { ...ENV, BIN }, encoding: 'utf8', timeout: HANG });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('search, built', () => {
  it('when piped into head -1, then it exits 0 with nothing on stderr', () => {
    const r = sh('set -o pipefail; node "$BIN" search Campbell | head -1');
    expect(r).toEqual({
      code: 0,
      stdout: '1:China appears increasingly uneasy about the growing cooperation between North Korea and Russia, according to Kurt Campbell, US Deputy Secretary of State.\n',
      stderr: '',
    });
  });

  it('when a regex that matches everywhere is piped into head -1, then it still exits quietly', () => {
    const r = sh('set -o pipefail; node "$BIN" search -e . -C 3 | head -1');
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it.each([
    ['a path', 'node "$BIN" search pier --file "$BIG" | head -1; exit ${PIPESTATUS[0]}'],
    ['stdin', 'cat "$BIG" 2>/dev/null | node "$BIN" search pier --file - | head -1; exit ${PIPESTATUS[1]}'],
    ['a path, JSON', 'node "$BIN" search pier --json --file "$BIG" | head -1; exit ${PIPESTATUS[0]}'],
  ])('when a large article from %s is searched into head -1, then the first hit comes and it exits 0 quietly', (_from, command) => {
    const dir = scratchDir('search-e2e');
    const big = join(dir, 'big.txt');
    const paragraphs = Array.from({ length: 100_000 }, (_, i) => `Paragraph ${i} says the ${i % 7 === 0 ? 'pier' : 'quay'} is number ${i}.`);
    writeFileSync(big, `A long title\n\n${paragraphs.join('\n\n')}\n`);
    const r = spawnSync('bash', ['-c', command], { cwd: ROOT, env: { ...ENV, BIN, BIG: big }, encoding: 'utf8', timeout: HANG });
    expect(r.stdout).toBe(command.includes('--json') ? '[\n' : '1:Paragraph 0 says the pier is number 0.\n');
    expect([r.status, r.stderr]).toEqual([0, '']); // our own status, whatever cat's (SIGPIPE once we stop reading)
  }, HANG);

  it.each([
    [['Campbell'], 0],
    [['zzz-not-there'], 1],
    [['-e', '(unclosed'], 2],
  ] as const)('when search %j runs, then it exits %d', (args, code) => {
    expect(run(['search', ...args]).code).toBe(code);
  });

  it('when an invalid regex is given, then exactly one line on stderr says so', () => {
    const r = run(['search', '-e', '(unclosed']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("article-reader: invalid regular expression '(unclosed': Unterminated group\n");
  });

  it('when (a+)+$ runs over 100,000 a and a b, then the worker is stopped and it exits 2 with the cause', () => {
    const dir = scratchDir('search-e2e');
    const file = join(dir, 'aaa.txt');
    writeFileSync(file, `${'a'.repeat(100_000)}b\n`);
    const r = run(['search', '-e', '(a+)+$', '--file', file], { ARTICLE_READER_REGEX_TIMEOUT_MS: '500' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^article-reader: regular expression took too long \(catastrophic backtracking\?\): stopped after 500 ms; .*\n$/);
  }, HANG);

  it('when run under a real terminal, then hits are grouped by section with the match styled', () => {
    const out = execFileSync('script', ['-qec', `node ${BIN} search Campbell --no-pager`, '/dev/null'], {
      env: { ...ENV, TERM: 'xterm', COLUMNS: '80' },
      encoding: 'utf8',
    });
    expect(out).toContain('\u001b[1m\u001b[31mCampbell');
    const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toContain('(lead)');
    expect(plain).toContain('[8] Campbell noted that');
    expect(plain).toContain('3 matches in 3 places');
  });
});
