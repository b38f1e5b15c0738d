// sections: counts per section, folded from parse events as the input streams in, so an article of any
// size is listed in bounded memory.

import { summariseEvents } from '../query/section-summaries.js';
import { sectionsJson, toJson } from '../render/json.js';
import { renderSections } from '../render/sections.js';
import { articleEvents } from '../source/events.js';
import type { CommandContext, CommandOutput } from './context.js';

export async function sectionsCommand(ctx: CommandContext): Promise<CommandOutput> {
  const { file, io } = ctx.input;
  const source = articleEvents(file, io);
  const sections = await summariseEvents(source.events);
  for (const warning of source.warnings()) ctx.warn(warning);
  if (ctx.json) return { text: toJson(sectionsJson(sections)) };
  return { text: renderSections(sections, ctx.render), pageable: true };
}
