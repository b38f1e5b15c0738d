// The whole article model for the commands that need it (quotes, speakers, show --json, show --section),
// collected from the event stream: only the model is held, not also the raw bytes and the decoded text,
// and input past the limits is refused with the limit named.

import type { Io } from '../io.js';
import type { Article } from '../model/article.js';
import { createArticleCollector } from '../parse/article.js';
import { articleEvents } from './events.js';
import type { Limits } from './read.js';

export interface Loaded {
  readonly article: Article;
  readonly warnings: readonly string[];
}

export async function loadArticle(file: string | undefined, io: Io, limits?: Limits): Promise<Loaded> {
  const source = articleEvents(file, io, { limits: limits ?? 'heap' });
  const collector = createArticleCollector();
  for await (const batch of source.batches) for (const event of batch) collector.add(event);
  return { article: collector.finish(source.stats), warnings: source.warnings() };
}
