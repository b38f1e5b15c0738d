// Filtering statements by speaker and kind. A name matches case-insensitively on a speaker's full name, its
// surname or any alias; a near miss gets a "did you mean". Pure: errors are values the command turns into
// messages.

import type { Speaker, Statement, StatementKind } from '../model/statement.js';

export type SpeakerMatch =
  | { readonly found: true; readonly speakers: readonly Speaker[] }
  | { readonly found: false; readonly suggestion: string | null };

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A person or group described, not named: "A spokesman for the company" (its determiner, its head noun). */
const DESCRIBED = /^(?:a|an|the|one|his|her|their|its)\s+((?:\S+\s+)*?(\S+))(?:\s+(?:for|of|at|from|with|in|on|who)\s.*)?$/i;

/** The forms a user may type for a speaker: also "spokesman" for "A spokesman for the company". */
export function speakerForms(s: Speaker): string[] {
  const words = s.name.split(/\s+/);
  const forms = [s.name, ...s.aliases];
  if (!s.group && words.length > 1) forms.push(words[words.length - 1]!);
  const described = DESCRIBED.exec(s.name);
  if (described !== null) forms.push(s.name.slice(s.name.indexOf(' ') + 1), described[2]!);
  return [...new Set(forms)];
}

export function matchSpeaker(speakers: readonly Speaker[], query: string): SpeakerMatch {
  const q = fold(query);
  const hits = speakers.filter((s) => speakerForms(s).some((f) => fold(f) === q));
  if (hits.length > 0) return { found: true, speakers: hits };
  return { found: false, suggestion: suggest(speakers, q) };
}

function suggest(speakers: readonly Speaker[], q: string): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const s of speakers) {
    for (const form of speakerForms(s)) {
      const d = editDistance(fold(form), q);
      if (d < bestDistance) {
        bestDistance = d;
        best = form;
      }
    }
  }
  const allowed = Math.max(1, Math.floor(q.length / 3));
  return best !== null && bestDistance <= allowed ? best : null;
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[b.length]!;
}

export function filterStatements(
  statements: readonly Statement[],
  options: { readonly speakers?: readonly Speaker[]; readonly kind?: StatementKind },
): Statement[] {
  const names = options.speakers === undefined ? null : new Set(options.speakers.map((s) => s.name));
  return statements.filter((s) => (names === null || names.has(s.speaker)) && (options.kind === undefined || s.kind === options.kind));
}
