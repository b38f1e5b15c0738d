// cache: the attribution cache's folder and what it holds (src/cache-folder.ts keeps it); --clear empties it.

import { renderCache, type CacheReport } from '../render/cache.js';
import { toJson } from '../render/json.js';
import type { CommandContext, CommandOutput } from './context.js';

export async function cacheCommand(flags: { readonly clear?: boolean }, ctx: CommandContext): Promise<CommandOutput> {
  const cache = ctx.input.io.cache;
  const removed = flags.clear === true ? (cache?.clear() ?? 0) : null;
  const usage = cache?.usage() ?? { entries: 0, bytes: 0 };
  const report: CacheReport = { folder: cache?.folder ?? null, ...usage, ...(removed === null ? {} : { removed }) };
  return { text: ctx.json ? toJson(report) : renderCache(report) };
}
