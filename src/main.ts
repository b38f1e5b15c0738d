// The edge: the real Io from the real process. The only file that touches process.*.

import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { run } from './cli.js';
import type { Io, PagerRequest } from './io.js';

/** Runs the pager with our text on its stdin; false when it could not be started (e.g. not installed). */
function page({ command, text, env }: PagerRequest): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', ...env } });
    // Ctrl-C belongs to the pager while it runs; we wait for it to finish rather than die and orphan it.
    const ignore = (): void => {};
    process.on('SIGINT', ignore);
    const done = (started: boolean): void => {
      process.off('SIGINT', ignore);
      resolve(started);
    };
    child.on('error', () => done(false));
    // 127: the shell could not find the pager command; nothing was shown, so we print ourselves.
    child.on('exit', (code) => done(code !== 127));
    child.stdin.on('error', () => {}); // the user quit the pager before reading everything
    child.stdin.end(text);
  });
}

export async function main(bundledArticle: string): Promise<void> {
  const { stdout, stderr, stdin } = process;
  stdout.on('error', (err: NodeJS.ErrnoException) => {
    // A closed pipe (`| head -1`) is the reader saying "enough", not a failure.
    if (err.code === 'EPIPE') return;
    process.exitCode = 70;
  });
  const io: Io = {
    stdout,
    stderr,
    stdin,
    stdoutIsTTY: stdout.isTTY === true,
    stdinIsTTY: stdin.isTTY === true,
    columns: stdout.columns,
    rows: stdout.rows,
    env: process.env,
    bundledArticle,
    page,
    readFile: (path) => readFile(path),
    openFile: (path) => createReadStream(path, { highWaterMark: 1 << 20 }),
  };
  process.exitCode = await run(process.argv.slice(2), io);
}
