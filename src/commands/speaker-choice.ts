// The speakers a --speaker NAME picks, for quotes and search alike, with the one wording of "nothing
// found" (exit 1) they share: no statements at all, or no such speaker (naming the known ones, and a
// "did you mean" for a near miss).

import { notFound } from '../errors.js';
import type { Speaker, Statement } from '../model/statement.js';
import { matchSpeaker } from '../query/speakers.js';

export function requireStatements(statements: readonly Statement[]): void {
  if (statements.length === 0) throw notFound('no statements found in this article');
}

export function chooseSpeakers(speakers: readonly Speaker[], name: string): readonly Speaker[] {
  const match = matchSpeaker(speakers, name);
  if (match.found) return match.speakers;
  const hint = match.suggestion === null ? '' : ` (did you mean '${match.suggestion}'?)`;
  throw notFound(`no speaker '${name}'${hint}; known speakers: ${speakers.map((s) => s.name).join(', ')}`);
}
