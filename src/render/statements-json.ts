// JSON shapes of quotes and speakers: the public contract. Keys may be added, never renamed.

import type { Speaker, Statement } from '../model/statement.js';
import { toJson } from './json.js';

export function statementsJson(statements: readonly Statement[]): unknown[] {
  return statements.map(statementJson);
}

/**
 * toJson(statementsJson(statements)), byte for byte, in pieces of about `size` characters made as they are
 * written: a huge article's JSON is never held whole. `statements` must not be empty.
 */
export function* statementsJsonPieces(statements: readonly Statement[], size = 1 << 16): Generator<string> {
  let pending = '[\n';
  for (let i = 0; i < statements.length; i++) {
    // JSON.stringify(array, null, 2) indents each element's lines by two more spaces; strings hold no raw newline.
    const element = toJson(statementJson(statements[i]!)).slice(0, -1).replace(/\n/g, '\n  ');
    pending += `  ${element}${i === statements.length - 1 ? '\n]\n' : ',\n'}`;
    if (pending.length >= size || i === statements.length - 1) {
      yield pending;
      pending = '';
    }
  }
}

function statementJson(s: Statement): unknown {
  return ({
    speaker: s.speaker,
    role: s.role,
    text: s.text,
    quoted: [...s.quoted],
    kind: s.kind,
    cue: s.cue,
    paragraph: s.paragraph,
    section: s.section,
    via: s.via,
    mention: s.mention,
    spans: pairs(s.spans),
  });
}

/** [start, end, start, end, …] as [[start, end], …]. */
function pairs(flat: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

export function speakersJson(speakers: readonly Speaker[]): unknown[] {
  return speakers.map((s) => ({
    name: s.name,
    role: s.role,
    aliases: [...s.aliases],
    statements: s.statements,
    group: s.group,
  }));
}
