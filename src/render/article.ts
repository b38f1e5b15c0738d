// Article → the text `show` prints: title block, headings, wrapped paragraphs, captions set apart.

import type { Article, Caption, Paragraph, Section } from '../model/article.js';
import type { RenderContext } from './context.js';
import { highlightQuotes } from './highlight.js';
import { sanitize } from './sanitize.js';
import { displayWidth, wrap } from './wrap.js';
import { listMarker } from '../text/list-item.js';

export interface ShowOptions {
  /** Only these sections (all when undefined); the title block is left out when a section is picked. */
  readonly sections?: readonly Section[];
  /** Prefix each paragraph with its number, the one `quotes` and `search` refer to. */
  readonly numbers?: boolean;
}

const CAPTION_INDENT = '    ';

/** The title block's facts; `words` is null when not yet known (show streaming a huge article). */
export interface HeaderFacts {
  readonly site: string | null;
  readonly tagline: string | null;
  readonly title: string | null;
  readonly standfirst: string | null;
  readonly readingTime: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly words: number | null;
}

export function renderHeader(article: HeaderFacts, ctx: RenderContext): string {
  const { theme, width } = ctx;
  const lines: string[] = [];
  if (article.title !== null) lines.push(wrap(theme.title(sanitize(article.title)), width));
  if (article.standfirst !== null) lines.push(wrap(theme.standfirst(sanitize(article.standfirst)), width));
  const masthead = [article.site, article.tagline].filter((s): s is string => s !== null).map(sanitize);
  if (masthead.length > 0) lines.push(wrap(theme.meta(masthead.join(' · ')), width));
  const credit = [article.byline, article.published].filter((s): s is string => s !== null).map(sanitize);
  if (credit.length > 0) lines.push(wrap(theme.meta(credit.join(' · ')), width));
  const time = article.readingTime === null ? [] : [sanitize(article.readingTime)];
  const facts = article.words === null ? time : [...time, `${article.words} words`];
  if (facts.length > 0) lines.push(wrap(theme.meta(facts.join(' · ')), width));
  lines.push(theme.rule('─'.repeat(Math.min(width, 40))));
  return lines.join('\n');
}

export function renderCaption(caption: Caption, ctx: RenderContext): string {
  const { theme, width } = ctx;
  const parts: string[] = [];
  if (caption.text !== '') parts.push(wrap(theme.caption(sanitize(caption.text)), width, CAPTION_INDENT));
  if (caption.credit !== null) parts.push(wrap(theme.credit(`— ${sanitize(caption.credit)}`), width, CAPTION_INDENT));
  return parts.join('\n');
}

/** A heading with a rule under it, so it stands out in plain text too. */
export function renderHeading(title: string, ctx: RenderContext): string {
  const lines = wrap(sanitize(title), ctx.width).split('\n');
  const longest = Math.max(...lines.map((l) => displayWidth(l)));
  return [...lines.map((l) => ctx.theme.heading(l)), ctx.theme.rule('─'.repeat(longest))].join('\n');
}

/** A paragraph, its quotes highlighted, optionally numbered; a list item's wrapped lines hang under its text. */
export function renderParagraph(p: Paragraph, ctx: RenderContext, numbers = false): string {
  const { theme, width } = ctx;
  const text = highlightQuotes(sanitize(p.text), theme.quote);
  if (numbers) return wrap(`${theme.number(`[${p.number}]`)} ${text}`, width);
  const marker = listMarker(text);
  if (marker === null || width <= marker.length + 10) return wrap(text, width);
  const hang = ' '.repeat(displayWidth(marker));
  return wrap(text.slice(marker.length), width - hang.length).replace(/\n/g, `\n${hang}`).replace(/^/, marker);
}

export function renderSectionBody(section: Section, article: Article, ctx: RenderContext, numbers = false): string {
  const blocks: string[] = [];
  if (section.title !== null) blocks.push(renderHeading(section.title, ctx));
  const first = section.paragraphs[0]?.number;
  if (first !== undefined && section.number === 1) {
    for (const c of article.captions) if (c.afterParagraph < first) blocks.push(renderCaption(c, ctx));
  }
  for (const p of section.paragraphs) {
    blocks.push(renderParagraph(p, ctx, numbers));
    for (const c of article.captions) if (c.afterParagraph === p.number) blocks.push(renderCaption(c, ctx));
  }
  return blocks.join('\n\n');
}

export function renderArticle(article: Article, ctx: RenderContext, options: ShowOptions = {}): string {
  const picked = options.sections ?? article.sections;
  const blocks = options.sections ? [] : [renderHeader(article, ctx)];
  for (const section of picked) blocks.push(renderSectionBody(section, article, ctx, options.numbers));
  if (picked.length === 0) {
    // An article with no paragraphs still shows its captions.
    for (const c of article.captions) blocks.push(renderCaption(c, ctx));
  }
  return blocks.join('\n\n') + '\n';
}
