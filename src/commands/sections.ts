import { sectionsJson, toJson } from '../render/json.js';
import { renderSections } from '../render/sections.js';
import type { CommandContext, CommandOutput } from './context.js';

export async function sectionsCommand(ctx: CommandContext): Promise<CommandOutput> {
  const article = await ctx.article();
  if (ctx.json) return { text: toJson(sectionsJson(article)) };
  return { text: renderSections(article, ctx.render), pageable: true };
}
