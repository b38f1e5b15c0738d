// Shared by the hostile-input tests: the built bin in a real process, a scratch directory, the
// subcommands that exist right now (others land while these tests are written), and the byte classes
// that must never reach a terminal.

import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CHILD_ENV } from '../helpers/child-env.js';
import { scratchDir } from '../helpers/scratch.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/article-reader.js', import.meta.url));
export const ESCAPES_FIXTURE = fileURLToPath(new URL('../fixtures/hostile-escapes.txt', import.meta.url));
/** A clean environment: nothing of the test runner's terminal or colour settings leaks in. */
export const ENV = CHILD_ENV;

export interface Ran {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function bin(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): Ran {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    env: { ...ENV, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** A bash command line with $BIN set; stdin is /dev/null unless the command redirects it. */
export function sh(command: string, env: Record<string, string> = {}, options: SpawnSyncOptions = {}): Ran {
  const r = spawnSync('bash', ['-c', command], {
    cwd: ROOT,
    env: { ...ENV, ...env, BIN },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  return { code: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr) };
}

export function scratch(): string {
  return scratchDir('hostile');
}

/** Subcommands the built bin has, each with arguments that find something in the escapes fixture. */
export function subcommands(): (readonly string[])[] {
  const help = bin(['--help']).stdout;
  const all: (readonly string[])[] = [['show'], ['sections'], ['quotes'], ['speakers'], ['search', 'paragraph']];
  return all.filter(([name]) => new RegExp(`^\\s+${name!}\\b`, 'm').test(help));
}

/** C0 other than tab and newline, DEL, C1, and the bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex
export const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
