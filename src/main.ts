// The edge: the real Io from the real process. The only file that touches process.*.

// node:child_process and node:fs/promises are not imported here: loading them costs ~0.5 ms each at
// start-up (child_process brings dgram, net and more; fs/promises brings readline and fs watchers), and
// they serve only the pager and readFile. The pager imports child_process when it runs.
import { accessSync, close, constants, fstat, open, read, readFile } from 'node:fs';
import { delimiter, join } from 'node:path';

import { cacheFolder, openCache } from './cache-folder.js';
import { run } from './cli.js';
import { DescriptorOutput } from './descriptor-output.js';
import { EXIT } from './errors.js';
import type { Io, PagerRequest } from './io.js';

/** The build's id (scripts/build.mjs: a hash of src/): a cached attribution is used only by the build that made it. */
declare const __BUILD_ID__: string;

/**
 * The exit status a signal during paging calls for: 130 when the user pressed Ctrl-C (or the pager died
 * of it), 143/129 when we were asked to stop.
 */
let signalStatus: number | null = null;

/** Whether a simple pager command ("less -R", "/usr/bin/most") names a program that exists; true when unsure. */
function pagerExists(command: string, env: PagerRequest['env']): boolean {
  const program = /^[\w./+-]+(?=\s|$)/.exec(command)?.[0];
  if (program === undefined) return true; // shell syntax (VAR=x less, quotes): let the shell decide
  const executable = (path: string): boolean => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (program.includes('/')) return executable(program);
  return (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && executable(join(dir, program)));
}

/** How long after the pager exits a Ctrl-C sent to both of us is still counted. */
const SIGNAL_GRACE_MS = 25;

/** Runs the pager with our text on its stdin; false when it could not be started (e.g. not installed). */
async function page({ command, text, env }: PagerRequest): Promise<boolean> {
  if (!pagerExists(command, env)) return false;
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    // A plain command ("less -FRX") replaces the shell (`exec`), so the child we signal is the pager itself:
    // signalling the shell would leave the pager running, orphaned, on the terminal.
    const plain = /^[\w./+-]+(?:\s+[\w./+=,:@%-]+)*$/.test(command);
    const child = spawn(plain ? `exec ${command}` : command, {
      shell: true,
      stdio: ['pipe', 'inherit', 'inherit'],
      env: { LESS: 'FRX', ...env },
    });
    // Ctrl-C belongs to the pager while it runs (the terminal sends it to both of us): we wait for the pager
    // to finish rather than die and leave it orphaned on the terminal, then exit 130.
    const interrupt = (): void => {
      signalStatus ??= EXIT.interrupted;
    };
    // Asked to stop by someone else: stop the pager too (it restores the terminal as it exits).
    const forward = (signal: NodeJS.Signals): void => {
      child.kill(signal);
      signalStatus = 128 + (signal === 'SIGTERM' ? 15 : 1);
    };
    process.on('SIGINT', interrupt);
    process.on('SIGTERM', forward);
    process.on('SIGHUP', forward);
    const done = (started: boolean): void => {
      process.off('SIGINT', interrupt);
      process.off('SIGTERM', forward);
      process.off('SIGHUP', forward);
      resolve(started);
    };
    child.on('error', () => done(false));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGINT') signalStatus ??= EXIT.interrupted;
      // 127: the shell could not find the pager command; nothing was shown, so we print ourselves.
      // A pager that quits at once on Ctrl-C can be reported before our own SIGINT is (a loaded machine): the
      // listener stays a moment longer, so that the exit status still says the user interrupted.
      setTimeout(() => done(code !== 127), SIGNAL_GRACE_MS);
    });
    child.stdin.on('error', () => {}); // the user quit the pager before reading everything
    child.stdin.end(text);
  });
}

/** 64 KiB reads: bigger chunks made more garbage per step and raised peak memory on huge input. */
const CHUNK = 1 << 16;

/** A file from this size on has the heap kept closer to what is alive (collectSooner). */
const BIG_INPUT = 16 * 1024 * 1024;

/**
 * The young generation stops growing at this size (both semispaces) on a big file: see collectSooner. The
 * commands that attribute keep every statement to the end, and for them a young generation twice as big
 * promotes less to the old one: `quotes` on 100 MB, 355 MiB with 8 MiB, 305-318 MiB with 16.
 */
const YOUNG_GENERATION_CAP = 8 * 1024 * 1024;
const YOUNG_GENERATION_CAP_ATTRIBUTING = 16 * 1024 * 1024;

/**
 * On huge input, commands that stream (show, sections, search) keep a few MiB alive, but V8 lets the old
 * generation grow to several times that before a full collection. A growth of 40% over what survived the last
 * collection keeps less garbage, for a little more time (collections of a small live heap are short):
 * `search china` on the bench's 100 MB article peaked at 132-137 MiB, then 119-121 MiB, in ~3% more time (2.82
 * → 2.91 s, alternated runs). Set before reading: set after the first 16 MiB it saved less. Only for such
 * files: node:v8 costs start-up time. (quotes and speakers have it once they load the engine: bin/article-reader.js.)
 *
 * V8's young generation then grows, collection after collection, to two semispaces of 16 MiB. Its size limit
 * can be set only on Node's command line, and `--semi-space-growth-factor=1` from the start keeps it at 1 MiB,
 * 30% slower; set once it has reached 8 MiB in all, it stops it there: `search china` went from 110 to 85 MiB
 * for 7% more time (alternated runs: 3.26 → 3.49 s), `sections` from 151 to 120 MiB; `show` no slower. (At 16
 * MiB: 93 MiB, too near the 100 MiB target on a noisier machine.) The returned function checks after each
 * chunk read, until it has set it.
 */
async function collectSooner(youngCap: number): Promise<(() => boolean) | null> {
  // (Only on the Node versions tested: V8 writes to stderr when it does not know a flag.)
  if (!/^(?:20|21|22|23|24)\./.test(process.versions.node)) return null;
  const { setFlagsFromString, getHeapSpaceStatistics } = await import('node:v8');
  setFlagsFromString('--heap-growing-percent=40');
  return () => {
    const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (young === undefined || young.space_size < youngCap) return false;
    setFlagsFromString('--semi-space-growth-factor=1');
    return true;
  };
}

/**
 * A file in chunks, as fs.createReadStream would give them (read from the current position, so pipes and
 * devices work; closed when the reader stops early), by hand: loading fs streams, which bring
 * fs/promises, readline and fs watchers, cost ~0.85 ms at every start.
 */
async function* readChunks(path: string, youngCap = YOUNG_GENERATION_CAP): AsyncGenerator<Buffer> {
  const fd = await new Promise<number>((resolve, reject) => open(path, 'r', (err, fd) => (err ? reject(err) : resolve(fd))));
  try {
    let buffer = Buffer.allocUnsafe(CHUNK);
    const size = await new Promise<number>((resolve) => fstat(fd, (err, stats) => resolve(err ? 0 : stats.size)));
    let capYoung = size >= BIG_INPUT ? await collectSooner(youngCap) : null;
    for (;;) {
      const bytes = await new Promise<number>((resolve, reject) => read(fd, buffer, 0, CHUNK, null, (err, n) => (err ? reject(err) : resolve(n))));
      if (bytes === 0) return;
      if (capYoung !== null && capYoung()) capYoung = null;
      if (bytes === CHUNK) {
        yield buffer;
        buffer = Buffer.allocUnsafe(CHUNK);
      } else yield Buffer.from(buffer.subarray(0, bytes)); // a copy: a short read must not hold 64 KiB
    }
  } finally {
    close(fd, () => {});
  }
}

/**
 * The attribution cache (src/source/cached-attribution.ts), per build and Node version (its regexps' Unicode).
 * Made on first use: only quotes, speakers and cache ask for it.
 */
let theCache: Io['cache'] | null = null;
function cache(): Io['cache'] {
  if (theCache !== null) return theCache;
  const folder = cacheFolder(process.env);
  theCache = folder === null ? undefined : openCache(folder, `${__BUILD_ID__}-node${process.versions.node}`);
  return theCache;
}

/** What a failed write to standard output means: a closed pipe (`| head -1`) is the reader saying "enough". */
function stdoutFailed(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EPIPE') process.exitCode = 70;
}

export async function main(bundledArticle: string): Promise<void> {
  const args = process.argv.slice(2);
  // The commands that attribute (their young generation may grow larger: see YOUNG_GENERATION_CAP_ATTRIBUTING).
  const attributes = args.some((a) => a === 'quotes' || a === 'speakers' || a.startsWith('--speaker'));
  const stdout = DescriptorOutput.for(1, stdoutFailed);
  // Warnings have nowhere else to go: a closed stderr must not crash us either.
  const stderr = DescriptorOutput.for(2, () => {});
  const terminal = stdout instanceof DescriptorOutput ? null : (stdout as NodeJS.WriteStream);
  const io: Io = {
    stdout,
    stderr,
    // process.stdin is made on first use, as only `--file -` reads it (or asks whether it is a terminal):
    // making it costs ~1 ms at start-up, a stream over fd 0 with net or fs streams.
    get stdin() {
      return process.stdin;
    },
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    stdoutIsTTY: terminal?.isTTY === true,
    columns: terminal?.columns,
    rows: terminal?.rows,
    env: process.env,
    bundledArticle,
    page,
    readFile: (path) => new Promise((resolve, reject) => readFile(path, (err, data) => (err ? reject(err) : resolve(data)))),
    openFile: (path) => readChunks(path, attributes ? YOUNG_GENERATION_CAP_ATTRIBUTING : YOUNG_GENERATION_CAP),
    get cache() {
      return cache();
    },
  };
  const code = await run(args, io);
  process.exitCode = signalStatus ?? code;
}
