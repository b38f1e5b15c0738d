// search: the article streamed block by block → parse events → matches → hits → text, written as it is
// made. Neither the input nor the output is ever held whole, so a file of any size is searched in bounded
// memory, and `search x --file huge.txt | head -1` answers at once.

import { EXIT, ReaderError } from '../errors.js';
import type { Io } from '../io.js';
import { guardedFinder, regexTimeout } from '../query/regex-guard.js';
import { compilePattern, localFinder, type CaseMode } from '../query/search.js';
import { createPlacer, headerTexts, searchTexts, type SearchRun, type Searchable } from '../query/search-stream.js';
import { toJson } from '../render/json.js';
import { jsonWriter, plainWriter, styledWriter } from '../render/search.js';
import { plainTheme } from '../render/theme.js';
import { articleEvents } from '../source/events.js';
import type { CommandContext, CommandOutput } from './context.js';

export interface SearchFlags {
  readonly ignoreCase?: boolean;
  readonly caseSensitive?: boolean;
  readonly word?: boolean;
  readonly regex?: boolean;
  readonly count?: boolean;
  readonly context?: string;
  readonly speaker?: string;
}

const MAX_CONTEXT = 1000;

function parseContext(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\s*\d+\s*$/.test(value) || Number(value) > MAX_CONTEXT) {
    throw new ReaderError(`--context must be a whole number of sentences (0-${MAX_CONTEXT}), not '${value}'`);
  }
  return Number(value);
}

export async function searchCommand(pattern: string, flags: SearchFlags, ctx: CommandContext): Promise<CommandOutput> {
  const caseMode: CaseMode = flags.ignoreCase ? 'insensitive' : flags.caseSensitive ? 'sensitive' : 'smart';
  const context = parseContext(flags.context);
  const compiled = compilePattern(pattern, { regex: flags.regex === true, word: flags.word === true, caseMode });
  const countOnly = flags.count === true;
  const texts = flags.speaker === undefined ? articleTexts(ctx.input.file, ctx.input.io, ctx.warn) : [await speakerTexts(flags.speaker, ctx)];
  const finder = compiled.guarded ? guardedFinder(compiled, regexTimeout(ctx.input.io.env)) : localFinder(compiled);
  // Piped (no styling): grep's one line per hit. Styled: grouped by section, for reading.
  const writer = ctx.json ? jsonWriter(context) : ctx.render.theme === plainTheme ? plainWriter(context) : styledWriter(ctx.render);
  const runs = searchTexts(texts, finder, { countOnly, context }, writer);

  if (countOnly) {
    let run: SearchRun = { count: 0, places: 0 };
    try {
      for await (run of runs);
    } finally {
      await finder.close();
    }
    return { text: ctx.json ? toJson({ count: run.count }) : `${run.count}\n`, exitCode: run.count > 0 ? EXIT.ok : EXIT.notFound };
  }

  // The exit status is read once every chunk is written (or the reader has gone): it is set as hits come.
  const output = { text: '', chunks: written(), exitCode: EXIT.notFound as number, pageable: !ctx.json };
  async function* written(): AsyncGenerator<string> {
    try {
      let run: SearchRun = { count: 0, places: 0 };
      for await (run of runs) {
        if (run.count > 0) output.exitCode = EXIT.ok;
        const made = writer.take();
        if (made !== '') yield made;
      }
      // Nothing found: nothing printed, but JSON's empty list.
      if (run.count > 0 || ctx.json) yield writer.finish(run.count, run.places);
    } finally {
      await finder.close();
    }
  }
  return output;
}

/**
 * --speaker: the statements of the speakers the name matches, as quotes --speaker finds them (and with its
 * messages when there are none). The attribution engine needs the whole article, so it is loaded whole.
 */
async function speakerTexts(name: string, ctx: CommandContext): Promise<Searchable[]> {
  const [{ attribute }, { filterStatements }, { statementTexts }, { chooseSpeakers, requireStatements }] = await Promise.all([
    import('../attribution/engine.js'),
    import('../query/speakers.js'),
    import('../query/search-speaker.js'),
    import('./speaker-choice.js'),
  ]);
  const article = await ctx.article();
  const { statements, speakers } = attribute(article);
  requireStatements(statements);
  return statementTexts(article, filterStatements(statements, { speakers: chooseSpeakers(speakers, name) }));
}

/** Texts are passed on in arrays of about this many characters. */
const HANDOVER_CHARS = 64 * 1024;

/** What search looks in, read from the bundled article, a path or stdin in chunks, parsed as it comes. */
async function* articleTexts(file: string | undefined, io: Io, warn: CommandContext['warn']): AsyncGenerator<Searchable[]> {
  const source = articleEvents(file, io, { countWords: false });
  const place = createPlacer();
  let texts: Searchable[] = [];
  let chars = 0;
  for await (const batch of source.batches) {
    for (const event of batch) {
      if (event.kind === 'header') texts.push(...headerTexts(event.header));
      const text = place(event);
      if (text === null) continue;
      texts.push(text);
      chars += text.text.length;
    }
    if (chars >= HANDOVER_CHARS) {
      yield texts;
      texts = [];
      chars = 0;
    }
  }
  yield texts;
  for (const warning of source.warnings()) warn(warning);
}
