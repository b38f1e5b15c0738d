// JSON shapes of quotes and speakers: the public contract. Keys may be added, never renamed.

import type { Speaker, Statement } from '../model/statement.js';

export function statementsJson(statements: readonly Statement[]): unknown[] {
  return statements.map((s) => ({
    speaker: s.speaker,
    role: s.role,
    text: s.text,
    quoted: [...s.quoted],
    kind: s.kind,
    cue: s.cue,
    paragraph: s.paragraph,
    section: s.section,
    via: s.via,
  }));
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
