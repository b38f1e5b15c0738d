// The commander program: flags → one OutputMode → the subcommand → stdout. Errors become one line on stderr
// and an exit status; nothing here calls process.exit, the caller sets process.exitCode.

import { Command, CommanderError, Option } from 'commander';
import { EXIT, ReaderError } from './errors.js';
import type { Io } from './io.js';
import { decideOutput, type OutputMode } from './output-mode.js';
import type { CommandContext, CommandOutput } from './commands/context.js';
import type { Attribution } from './attribution/engine.js';
import type { Article } from './model/article.js';
import { plainTheme, styledTheme } from './render/theme.js';
import type { DefineCommand, Execute, GlobalFlags } from './cli/define.js';
import { defineCompletion } from './cli/completion.js';
import { defineCache } from './cli/cache.js';
import { defineQuotes } from './cli/quotes.js';
import { defineSearch } from './cli/search.js';
import { defineSections } from './cli/sections.js';
import { defineShow } from './cli/show.js';
import { defineSpeakers } from './cli/speakers.js';

/** Every subcommand, in the order --help lists them. */
const COMMANDS: readonly DefineCommand[] = [
  defineShow,
  defineSections,
  defineSearch,
  defineQuotes,
  defineSpeakers,
  defineCache,
  defineCompletion,
];

declare const __VERSION__: string;
export const PROGRAM = 'article-reader';

const EXAMPLES = `Examples:
  $ ${PROGRAM}                             read the bundled article
  $ ${PROGRAM} show --section 2            one section (number or title prefix)
  $ ${PROGRAM} sections                    list the sections
  $ ${PROGRAM} quotes --speaker Campbell   what one person said, directly or reported
  $ ${PROGRAM} speakers                    who speaks, with their roles
  $ ${PROGRAM} search "China's position"   find text; exit 1 when nothing matches
  $ ${PROGRAM} show --file story.txt       another article; --file - reads stdin
  $ ${PROGRAM} quotes --json | jq .        any command as JSON
`;

function oneLine(message: string): string {
  return message
    .replace(/^error:\s*/i, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ')
    // A file name or argument echoed back may hold controls: shown as \u001b, never acted on by the terminal.
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The program: its options, help and every subcommand. What --help prints, and what the man page
 * (scripts/man.mjs) and the shell completions (`completion`) are generated from. `configure` runs before
 * the subcommands are added, so that they inherit its settings (commander copies them at creation).
 */
export function createProgram(execute: Execute, configure: (program: Command) => Command = (p) => p): Command {
  const program = configure(
    new Command(PROGRAM)
      .description('Read news articles in the terminal, and see who said what.')
      .version(__VERSION__, '-V, --version')
      .addOption(new Option('--file <path>', "read this article instead of the bundled one ('-' for stdin)"))
      .addOption(new Option('--color <when>', 'style the output').choices(['auto', 'always', 'never']).default('auto'))
      .addOption(new Option('--width <columns>', 'wrap to this many columns (default: terminal, at most 100)'))
      .option('--no-pager', 'never page the output')
      .addHelpText('before', EXAMPLES)
      .showSuggestionAfterError(true),
  );
  for (const define of COMMANDS) define(program, execute);
  return program;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const fail = (message: string): void => {
    io.stderr.write(`${PROGRAM}: ${oneLine(message)}\n`);
  };

  const execute = async (flags: GlobalFlags, body: (ctx: CommandContext) => Promise<CommandOutput>): Promise<void> => {
    const json = flags.json === true;
    const mode = decideOutput({
      color: flags.color,
      width: flags.width,
      pager: flags.pager,
      json,
      stdoutIsTTY: io.stdoutIsTTY,
      columns: io.columns,
      rows: io.rows,
      env: io.env,
    });
    const ctx: CommandContext = {
      article: (from = io) => loadArticle(flags.file, from),
      attribution: () => attributeArticle(flags.file, io),
      render: { width: mode.width, theme: mode.colorLevel === null ? plainTheme : styledTheme(mode.colorLevel) },
      json,
      input: { file: flags.file, io },
      warn: (message) => void io.stderr.write(`${PROGRAM}: warning: ${oneLine(message)}\n`),
    };
    const output = await body(ctx);
    await emit(output, mode, io);
    exitCode = output.exitCode ?? EXIT.ok;
  };

  const program = createProgram(execute, (p) =>
    p.exitOverride().configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s) => fail(`${s} (see '${PROGRAM} --help')`),
    }),
  );

  try {
    await program.parseAsync(withDefaultCommand(argv, program), { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here too, with exit code 0; usage errors were already reported.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof ReaderError) {
      fail(err.message);
      return err.exitCode;
    }
    fail(`internal error: ${(err as Error).message ?? String(err)}`);
    return EXIT.software;
  }
  return exitCode;
}

/**
 * `show` is the default command: with no command word, it is put in front. Done here rather than with
 * commander's isDefault so that a misspelt command ("sectons") is an error with a suggestion, not an
 * argument to show.
 */
function withDefaultCommand(argv: readonly string[], program: Command): string[] {
  const valued = new Set(program.options.filter((o) => o.required || o.optional).map((o) => o.long));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') return [...argv]; // a command word
    if (['-h', '--help', '-V', '--version'].includes(arg)) return [...argv];
    if (valued.has(arg)) i++; // skip the option's value
  }
  return ['show', ...argv];
}

async function loadArticle(file: string | undefined, io: Io): Promise<Article> {
  const { loadArticle: load } = await import('./source/load.js');
  const { article, warnings } = await load(file, io);
  for (const w of warnings) io.stderr.write(`${PROGRAM}: warning: ${oneLine(w)}\n`);
  return article;
}

async function attributeArticle(file: string | undefined, io: Io): Promise<Attribution> {
  const { attributeCached } = await import('./source/cached-attribution.js');
  const { attribution, warnings } = await attributeCached(file, io);
  for (const w of warnings) io.stderr.write(`${PROGRAM}: warning: ${oneLine(w)}\n`);
  return attribution;
}

async function emit(output: CommandOutput, mode: OutputMode, io: Io): Promise<void> {
  if (output.chunks !== undefined) {
    // Streamed output goes straight out, unless a pager may take it: that needs it whole (only on a TTY).
    if (!(mode.pager !== null && output.pageable)) return writeChunks(io.stdout, output.text, output.chunks);
    let text = output.text;
    for await (const chunk of output.chunks) text += chunk;
    return emit({ ...output, text, chunks: undefined }, mode, io);
  }
  const tall = output.text.split('\n').length > mode.rows;
  if (mode.pager !== null && output.pageable && tall) {
    if (await io.page({ command: mode.pager, text: output.text, env: io.env })) return;
  }
  io.stdout.write(output.text);
}

/** Writes each chunk as it comes, waiting when the reader is slow; stops reading when the reader has gone. */
async function writeChunks(out: Io['stdout'], text: string, chunks: AsyncIterable<string>): Promise<void> {
  let closed = false;
  const gone = new Promise<void>((resolve) => {
    out.once('close', () => {
      closed = true; // `| head` has all it wants: stop, quietly (main.ts ignores the EPIPE)
      resolve();
    });
  });
  // Listen for 'drain' as soon as a write says to wait: on a pipe it is emitted on the next tick, before
  // the next chunk is ready, and a listener added then would wait for ever (the output stopped short, exit 13).
  const drained = (): Promise<void> => new Promise<void>((resolve) => out.once('drain', resolve));
  let waiting = text === '' || out.write(text) ? null : drained();
  for await (const chunk of chunks) {
    if (waiting !== null) await Promise.race([waiting, gone]);
    if (closed) break; // leaving the loop closes the input
    waiting = out.write(chunk) ? null : drained();
  }
}
