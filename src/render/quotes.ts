// Statements grouped by speaker: a header with name and role, then each statement wrapped under its paragraph
// number, quoted words highlighted. The same code renders plain and styled output (plain theme = identity).

import type { Statement } from '../model/statement.js';
import type { RenderContext } from './context.js';
import { highlightQuotes } from './highlight.js';
import { sanitize } from './sanitize.js';
import { wrap } from './wrap.js';

export function renderQuotes(statements: readonly Statement[], ctx: RenderContext): string {
  let out = '';
  for (const piece of renderQuotesPieces(statements, ctx)) out += piece;
  return out;
}

/**
 * The same text as renderQuotes, in pieces of about `size` characters (cut between statements), made as they are written: a huge article's output is never held whole.
 */
export function* renderQuotesPieces(statements: readonly Statement[], ctx: RenderContext, size = 1 << 16): Generator<string> {
  const { theme, width } = ctx;
  const groups = new Map<string, Statement[]>();
  for (const s of statements) {
    const list = groups.get(s.speaker);
    if (list === undefined) groups.set(s.speaker, [s]);
    else list.push(s);
  }
  // A fold, not Math.max(...): a huge article has more statements than a call can take arguments.
  const numW = statements.reduce((n, s) => Math.max(n, placeLabel(s).length), 2);
  const gutter = 2 + numW + 2;
  let pending = '';
  let first = true;
  for (const [speaker, list] of groups) {
    const role = list[0]!.role;
    const name = sanitize(speaker);
    const group = list[0]!.group === true ? ' (group)' : '';
    const header = theme.speaker(name) + (role === null ? '' : theme.role(`, ${sanitize(role)}`)) + theme.meta(group);
    pending += (first ? '' : '\n\n') + wrap(header, width);
    first = false;
    for (const s of list) {
      const via = s.via === null ? '' : ` (via ${sanitize(s.via)})`;
      const body = highlightQuotes(sanitize(s.text), theme.quote) + (via === '' ? '' : theme.meta(via));
      const wrapped = wrap(body, width, ' '.repeat(Math.min(gutter, Math.max(0, width - 10))));
      const label = placeLabel(s).padStart(numW);
      const indent = Math.min(gutter, Math.max(0, width - 10));
      const lead = indent >= gutter ? `  ${theme.number(label)}  ` : ' '.repeat(indent);
      const rest = wrapped.split('\n');
      rest[0] = lead + rest[0]!.slice(indent);
      if (indent < gutter) rest.unshift(`  ${theme.number(label)}`);
      pending += '\n' + rest.join('\n');
      if (pending.length >= size) {
        yield pending;
        pending = '';
      }
    }
  }
  yield pending + '\n';
}

/** Where a statement stands: its paragraph number, or the headline. */
function placeLabel(s: Statement): string {
  return s.paragraph === 0 ? 'title' : `¶${s.paragraph}`;
}
