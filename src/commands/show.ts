import { findSection } from '../query/sections.js';
import { renderArticle } from '../render/article.js';
import { articleJson, toJson } from '../render/json.js';
import type { CommandContext, CommandOutput } from './context.js';

export interface ShowFlags {
  readonly section?: string;
  readonly numbers?: boolean;
}

export async function showCommand(flags: ShowFlags, ctx: CommandContext): Promise<CommandOutput> {
  const article = await ctx.article();
  const sections = flags.section === undefined ? undefined : [findSection(article, flags.section)];
  if (ctx.json) return { text: toJson(articleJson(article, sections)) };
  return { text: renderArticle(article, ctx.render, { sections, numbers: flags.numbers }), pageable: true };
}
