// Sections → the numbered table `sections` prints.

import type { Article, Section } from '../model/article.js';
import { countWords } from '../parse/words.js';
import type { RenderContext } from './context.js';
import { sanitize } from './sanitize.js';
import { truncate } from './truncate.js';
import { wrap } from './wrap.js';
import stringWidth from 'string-width';

export const LEAD_LABEL = '(lead)';

export function sectionWords(section: Section): number {
  return section.paragraphs.reduce((n, p) => n + countWords(p.text), 0);
}

/** Narrower than this, a title column is useless: each section gets two lines instead. */
const MIN_TITLE_COLUMNS = 8;

interface Row {
  readonly number: string;
  readonly title: string;
  readonly paragraphs: string;
  readonly words: string;
}

function renderStacked(rows: readonly Row[], ctx: RenderContext): string {
  const { theme, width } = ctx;
  const indent = '   ';
  const lines = rows.map((r) => {
    const titleStyle = r.title === LEAD_LABEL ? theme.meta : theme.heading;
    const head = `${theme.number(r.number)} ${titleStyle(truncate(r.title, width - r.number.length - 1))}`;
    return `${head}\n${wrap(theme.meta(`${r.paragraphs} ¶  ${r.words} words`), width, indent)}`;
  });
  return lines.join('\n') + '\n';
}

export function renderSections(article: Article, ctx: RenderContext): string {
  const { theme, width } = ctx;
  const rows: Row[] = article.sections.map((s) => ({
    number: String(s.number),
    title: s.title === null ? LEAD_LABEL : sanitize(s.title),
    paragraphs: String(s.paragraphs.length),
    words: String(sectionWords(s)),
  }));
  const numW = Math.max(1, ...rows.map((r) => r.number.length));
  const parW = Math.max(...rows.map((r) => r.paragraphs.length), 1);
  const wordW = Math.max(...rows.map((r) => r.words.length), 1);
  // "#  title  N ¶  N words": the title gets what the numbers leave.
  const fixed = numW + 2 + 2 + parW + 2 + 2 + wordW + 6;
  const titleW = width - fixed;
  if (titleW < MIN_TITLE_COLUMNS) return renderStacked(rows, ctx);
  const lines = rows.map((r) => {
    const title = truncate(r.title, titleW);
    const pad = ' '.repeat(Math.max(0, titleW - stringWidth(title)));
    const styledTitle = r.title === LEAD_LABEL ? theme.meta(title) : theme.heading(title);
    return (
      theme.number(r.number.padStart(numW)) +
      '  ' +
      styledTitle +
      pad +
      '  ' +
      `${r.paragraphs.padStart(parW)} ¶` +
      '  ' +
      theme.meta(`${r.words.padStart(wordW)} words`)
    ).trimEnd();
  });
  return lines.join('\n') + '\n';
}
