// Speakers → a table: statement count, name, role (or "group"). Stacked when the terminal is too narrow.

import type { Speaker } from '../model/statement.js';
import type { RenderContext } from './context.js';
import { sanitize } from './sanitize.js';
import { truncate } from './truncate.js';
import { displayWidth, wrap } from './wrap.js';

const MIN_ROLE_COLUMNS = 12;

export function renderSpeakers(speakers: readonly Speaker[], ctx: RenderContext): string {
  const { theme, width } = ctx;
  const rows = speakers.map((s) => ({
    count: String(s.statements),
    name: sanitize(s.name),
    role: s.role === null ? '' : sanitize(s.role),
    group: s.group,
  }));
  const countW = rows.reduce((n, r) => Math.max(n, r.count.length), 1);
  const widest = rows.reduce((n, r) => Math.max(n, displayWidth(r.name)), 1); // a fold: rows may be many
  const nameW = Math.min(widest, Math.max(8, Math.floor(width / 3)));
  const roleW = width - countW - 2 - nameW - 2;
  const describe = (r: (typeof rows)[number]) => [r.group ? 'group' : '', r.role].filter((x) => x !== '').join(': ');
  if (roleW < MIN_ROLE_COLUMNS) {
    return (
      rows
        .map((r) => {
          const head = `${theme.number(r.count.padStart(countW))}  ${theme.speaker(truncate(r.name, width - countW - 2))}`;
          const d = describe(r);
          return d === '' ? head : `${head}\n${wrap(theme.role(d), width, ' '.repeat(countW + 2))}`;
        })
        .join('\n') + '\n'
    );
  }
  return (
    rows
      .map((r) => {
        const name = truncate(r.name, nameW);
        const pad = ' '.repeat(Math.max(0, nameW - displayWidth(name)));
        const d = truncate(describe(r), roleW);
        return `${theme.number(r.count.padStart(countW))}  ${theme.speaker(name)}${d === '' ? '' : pad + '  ' + theme.role(d)}`;
      })
      .join('\n') + '\n'
  );
}
