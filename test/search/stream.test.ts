// search writes hits as it finds them: on a large input the first hits are out before the input has all
// been read, reading stops when the reader goes away, and the pieces join into the same text (JSON too).
// In-process with an Io of our own that watches the order of reads and writes; nothing is timed.

import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import type { Io } from '../../src/io.js';
import { toJson } from '../../src/render/json.js';
import { BUNDLED, runCli } from '../helpers/run-cli.js';

/** About 100 KB of article: paragraphs told apart by their number, every seventh mentioning the pier. */
function piece(from: number): string {
  let text = '';
  for (let i = from; i < from + 1000; i++) text += `Paragraph ${i} says the ${i % 7 === 0 ? 'pier' : 'quay'} is number ${i} of many more.\n\n`;
  return text;
}

interface Watched {
  readonly io: Io;
  readonly writes: string[];
  /** How many pieces of input had been handed out when each write came. */
  readonly readsAtWrite: number[];
  reads: number;
}

/** stdin gives `pieces` pieces of article; stdout records writes and, with `closeAfter`, goes away after that many. */
function watched(pieces: number, closeAfter?: number): Watched {
  const out = new EventEmitter();
  const w: Watched = {
    writes: [],
    readsAtWrite: [],
    reads: 0,
    io: undefined as unknown as Io,
  };
  const stdout = {
    write(s: string): boolean {
      w.writes.push(s);
      w.readsAtWrite.push(w.reads);
      if (w.writes.length === closeAfter) out.emit('close'); // `| head`: the reader has what it wants
      return true;
    },
    once: (event: 'drain' | 'close', listener: () => void) => out.once(event, listener),
  };
  const sink = { write: () => true, once: () => undefined };
  const stdin = (async function* () {
    yield Buffer.from('A long harbour article\n\n');
    for (let p = 0; p < pieces; p++) {
      w.reads++;
      yield Buffer.from(piece(p * 1000));
    }
  })();
  (w as { io: Io }).io = {
    stdout,
    stderr: sink,
    stdin,
    stdoutIsTTY: false,
    stdinIsTTY: false,
    columns: undefined,
    rows: undefined,
    env: {},
    bundledArticle: BUNDLED,
    page: async () => true,
    readFile: async () => Buffer.from(''),
    openFile: () => stdin,
  };
  return w;
}

const PIECES = 40; // about 4 MB: many batches

describe('search output is streamed', () => {
  it.each([
    ['plain', []],
    ['plain with context', ['-C', '1']],
    ['styled', ['--color', 'always']],
    ['JSON', ['--json']],
  ])('when %s hits come from a large input, then the first are written before half the input is read', async (_mode, args) => {
    const w = watched(PIECES);
    const code = await run(['search', 'pier', '--file', '-', ...args], w.io);
    expect(code).toBe(0);
    expect(w.writes.length).toBeGreaterThan(2);
    expect(w.readsAtWrite[0]!).toBeLessThan(PIECES / 2);
  });

  it('when the reader goes away after the first write, then the input stops being read and the exit is 0', async () => {
    const w = watched(PIECES, 1);
    const code = await run(['search', 'pier', '--file', '-'], w.io);
    expect(code).toBe(0);
    expect(w.writes).toHaveLength(1);
    expect(w.reads).toBeLessThan(PIECES / 2);
  });

  it.each([
    ['plain', []],
    ['plain with context', ['-C', '2']],
    ['styled', ['--color', 'always', '--width', '50']],
    ['JSON with context', ['--json', '-C', '1']],
  ])('when %s output is streamed in pieces, then the pieces join into the text the input given in one piece gives', async (_mode, args) => {
    const w = watched(PIECES);
    await run(['search', 'pier', '--file', '-', ...args], w.io);
    let whole = 'A long harbour article\n\n';
    for (let p = 0; p < PIECES; p++) whole += piece(p * 1000);
    const once = await runCli(['search', 'pier', '--file', '-', ...args], { stdin: whole });
    expect(w.writes.join('')).toBe(once.stdout);
  });

  it('when JSON is streamed in pieces, then the whole is valid JSON laid out as toJson lays it out', async () => {
    const w = watched(PIECES);
    await run(['search', 'pier', '--file', '-', '--json'], w.io);
    const text = w.writes.join('');
    const hits = JSON.parse(text) as unknown[];
    expect(hits).toHaveLength(Math.ceil((PIECES * 1000) / 7));
    expect(text).toBe(toJson(hits));
  });

  it.each([
    [['zzz'], '', 1],
    [['zzz', '--json'], '[]\n', 1],
    [['-c', 'pier'], `${Math.ceil((PIECES * 1000) / 7)}\n`, 0],
  ] as const)('when search %j runs over the large input, then it prints %j and exits %d', async (args, stdout, code) => {
    const w = watched(PIECES);
    expect(await run(['search', ...args, '--file', '-'], w.io)).toBe(code);
    expect(w.writes.join('')).toBe(stdout);
  });
});
