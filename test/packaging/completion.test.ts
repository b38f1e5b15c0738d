// Shell completions and the man page are generated from the same command definitions as --help: every
// command and option --help shows must be in each of them, and the bash script must actually complete.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;
const manPage = fileURLToPath(new URL('../../man/article-reader.1', import.meta.url));

/** Command names and long options as --help lists them, for the program and each command. */
async function helpFacts(): Promise<{ commands: string[]; options: Map<string, string[]> }> {
  const top = (await runCli(['--help'])).stdout;
  const commands = [...top.split('Commands:')[1]!.matchAll(/^ {2}(\w[\w-]*)/gm)].map((m) => m[1]!);
  const longs = (help: string): string[] => [...help.split(/^Options:/m)[1]!.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!);
  const options = new Map<string, string[]>([['', longs(top)]]);
  for (const c of commands.filter((c) => c !== 'help')) options.set(c, longs((await runCli([c, '--help'])).stdout));
  return { commands, options };
}

let facts: Awaited<ReturnType<typeof helpFacts>>;
const scripts = new Map<string, string>();

beforeAll(async () => {
  facts = await helpFacts();
  for (const shell of SHELLS) {
    const r = await runCli(['completion', shell]);
    expect(r.code).toBe(0);
    scripts.set(shell, r.stdout);
  }
});

describe('completion', () => {
  it.each(SHELLS)('when the %s script is printed, then it names every command and option --help shows', (shell) => {
    const script = scripts.get(shell)!;
    expect(facts.commands).toEqual(expect.arrayContaining(['show', 'sections', 'completion']));
    for (const command of facts.commands) expect(script).toMatch(new RegExp(`\\b${command}\\b`));
    // fish spells long options without their dashes (-l section)
    const spelt = (long: string): string => (shell === 'fish' ? `-l ${long.slice(2)}` : long);
    for (const [, longs] of facts.options) for (const long of longs) expect(script).toContain(spelt(long));
  });

  it('when the shell is not one we know, then it is a usage error on one line', async () => {
    const r = await runCli(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^article-reader: .*bash, zsh, fish/);
  });

  it.each([
    ['the first word', ['article-reader', ''], ['show', 'sections', 'completion', '--file', '--color']],
    ['a command prefix', ['article-reader', 'sec'], ['sections']],
    ['--color values', ['article-reader', '--color', ''], ['auto', 'always', 'never']],
    ['a command after a valued global option', ['article-reader', '--width', '80', 'sh'], ['show']],
    ["show's options", ['article-reader', 'show', '--n'], ['--numbers', '--no-pager']],
    ['the completion shells', ['article-reader', 'completion', ''], ['bash', 'zsh', 'fish']],
    ['--file paths', ['article-reader', 'show', '--file', '/et'], ['/etc']],
  ])('when bash completes %s, then it offers what the program accepts', (_name, words, expected) => {
    const program = `source /dev/stdin <<'SCRIPT'\n${scripts.get('bash')}\nSCRIPT\nCOMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _article_reader; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const r = spawnSync('bash', ['-c', program, 'bash', ...words], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(expect.arrayContaining(expected));
  });

  it('when the bash script is checked by bash -n, then it parses', () => {
    const r = spawnSync('bash', ['-n'], { input: scripts.get('bash'), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('man page', () => {
  it('when built, then it names every command and option --help shows', () => {
    expect(existsSync(manPage), 'man/article-reader.1 is made by `npm run build`').toBe(true);
    // roff escapes hyphens: --numbers is written \-\-numbers
    const page = readFileSync(manPage, 'utf8').replace(/\\-/g, '-');
    expect(page).toMatch(/^\.TH ARTICLE-READER 1 /m);
    for (const command of facts.commands.filter((c) => c !== 'help')) expect(page).toMatch(new RegExp(`^\\\\fB${command}\\\\fR`, 'm'));
    for (const [, longs] of facts.options) for (const long of longs) expect(page).toContain(long);
  });
});
