// quotes: article → statements → filter by speaker and kind → grouped text or JSON. Exit 1 when nothing is
// found, with one line naming the known speakers (and a "did you mean" for a near miss).

import { notFound, ReaderError } from '../errors.js';
import type { StatementKind } from '../model/statement.js';
import { filterStatements } from '../query/speakers.js';
import { renderQuotesPieces } from '../render/quotes.js';
import { statementsJsonPieces } from '../render/statements-json.js';
import { chooseSpeakers, requireStatements } from './speaker-choice.js';
import type { CommandContext, CommandOutput } from './context.js';

export interface QuotesFlags {
  readonly speaker?: string;
  readonly kind?: string;
}

const KINDS: readonly StatementKind[] = ['direct', 'indirect', 'mixed'];

export async function quotesCommand(flags: QuotesFlags, ctx: CommandContext): Promise<CommandOutput> {
  const kind = parseKind(flags.kind);
  const { statements, speakers } = await ctx.attribution();
  requireStatements(statements);
  const chosen = flags.speaker === undefined ? undefined : chooseSpeakers(speakers, flags.speaker);
  const shown = filterStatements(statements, { speakers: chosen, kind });
  if (shown.length === 0) {
    const who = chosen === undefined ? '' : ` by ${chosen.map((s) => s.name).join(', ')}`;
    throw notFound(`no ${kind ?? ''} statements${who}`.replace(/\s+/g, ' '));
  }
  // Streamed: the output of a huge article is written as it is rendered, never held whole.
  if (ctx.json) return { text: '', chunks: fromPieces(statementsJsonPieces(shown)) };
  return { text: '', chunks: fromPieces(renderQuotesPieces(shown, ctx.render)), pageable: true };
}

async function* fromPieces(pieces: Iterable<string>): AsyncGenerator<string> {
  yield* pieces;
}

function parseKind(kind: string | undefined): StatementKind | undefined {
  if (kind === undefined) return undefined;
  const k = kind.toLowerCase() as StatementKind;
  if (!KINDS.includes(k)) throw new ReaderError(`--kind must be one of ${KINDS.join(', ')}, not '${kind}'`);
  return k;
}
