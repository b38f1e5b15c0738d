// Sections → the numbered table `sections` prints.

import type { SectionSummary } from '../model/article.js';
import type { RenderContext } from './context.js';
import { sanitize } from './sanitize.js';
import { truncate } from './truncate.js';
import { wrap } from './wrap.js';
import stringWidth from 'string-width';

export const LEAD_LABEL = '(lead)';

/** The longest of a column (a fold, not Math.max(...rows): an article may have a million sections). */
function widest(rows: readonly Row[], cell: (row: Row) => string): number {
  return rows.reduce((n, r) => Math.max(n, cell(r).length), 1);
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

export function renderSections(sections: readonly SectionSummary[], ctx: RenderContext): string {
  const { theme, width } = ctx;
  const rows: Row[] = sections.map((s) => ({
    number: String(s.number),
    title: s.title === null ? LEAD_LABEL : sanitize(s.title),
    paragraphs: String(s.paragraphs),
    words: String(s.words),
  }));
  const numW = widest(rows, (r) => r.number);
  const parW = widest(rows, (r) => r.paragraphs);
  const wordW = widest(rows, (r) => r.words);
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
