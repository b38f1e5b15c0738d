// "Noting that both men battled the press, Schlafly wrote …", "Citing security concerns, the ministry said …":
// a participle cue opening the sentence speaks for the subject of the main clause after its comma.

import { trimRange, type Claim } from './claim.js';
import { isCueWord, isWeakCue } from './cues.js';
import type { Mention } from './mention.js';
import { rule } from './plain-twins.js';
import { sentenceSubject } from './sentence-subject.js';
import { MASK, type Sentence } from './sentences.js';

/** A capitalised participle opening the sentence, and "that" after it. */
const OPENING_PARTICIPLE = rule('u')`^[\s"“]*(\p{Lu}\p{Ll}+ing)\s+(that\s+)?`;
/** Participles that open a sentence as prepositions: "Regarding the plan, …", "Considering the cost, …". */
const PREPOSITIONS = /^(?:regarding|considering|concerning|including|following|excluding|barring|pending)$/;
/** A pronoun subject and its verb: "…, he said". */
const MAIN_PRONOUN = /^(he|she|they|we|I)\s+[a-z]/;
/** What a participle of writing or speaking is often followed by when it only says where ("Writing in the Times, …"). */
const PLACE_AFTER = /^(?:in|on|at|for|to|from|with|about|after|before|during|of|by)\s/i;

export function openingParticipleClaim(text: string, masked: string, s: Sentence): Claim | null {
  const sentence = masked.slice(s.start, s.end);
  const m = OPENING_PARTICIPLE.exec(sentence);
  if (m === null) return null;
  const cue = m[1]!;
  const lower = cue.toLowerCase();
  if (!isCueWord(lower) || PREPOSITIONS.test(lower) || (m[2] === undefined && (isWeakCue(lower) || PLACE_AFTER.test(sentence.slice(m[0].length))))) return null;
  // The content runs to the first comma, which must close the opener: a subject and its verb come after it.
  const comma = sentence.indexOf(', ', m[0].length);
  if (comma < 0 || sentence.slice(m[0].length, comma).includes(MASK)) return null;
  const rest = sentence.slice(comma + 2);
  const pronoun = MAIN_PRONOUN.exec(rest);
  const mention: Mention | null = pronoun !== null ? { type: 'pronoun', pronoun: pronoun[1]!, via: null } : sentenceSubject(rest);
  if (mention === null) return null;
  const [contentStart, contentEnd] = trimRange(text, s.start + m[0].length, s.start + comma);
  if (contentEnd <= contentStart) return null;
  return { mention, cue, cueStart: s.start + m.index + m[0].indexOf(cue), contentStart, contentEnd };
}
