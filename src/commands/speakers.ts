// speakers: article → attribution → the speakers with role, statement count and group flag.

import { toJson } from '../render/json.js';
import { renderSpeakers } from '../render/speakers.js';
import { speakersJson } from '../render/statements-json.js';
import { requireStatements } from './speaker-choice.js';
import type { CommandContext, CommandOutput } from './context.js';

export async function speakersCommand(ctx: CommandContext): Promise<CommandOutput> {
  const { statements, speakers } = await ctx.attribution();
  requireStatements(statements);
  if (ctx.json) return { text: toJson(speakersJson(speakers)) };
  return { text: renderSpeakers(speakers, ctx.render) };
}
