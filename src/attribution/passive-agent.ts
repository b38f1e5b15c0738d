// "The plan was criticised by the mayor", "The decision was welcomed by campaigners": a verb of saying in the
// passive with its agent after "by". The agent is the source, and the passive's subject what they spoke of.
// (Without an agent, a passive attributes nothing: "Lee was praised for her courage" is not Lee's.)

import { trimRange, wordCount, type Claim } from './claim.js';
import { mentionAtStart } from './mention-at-start.js';
import { contentEnd as endOfContent } from './content-end.js';
import { rule } from './plain-twins.js';
import type { Sentence } from './sentences.js';
import type { Mention } from './mention.js';
import { isSourceNoun, URGED_PARTICIPLE } from './lexicon.js';

/** "by", maybe after an adverb, right after the participle. */
const BY = rule('u')`^\s+(?:\p{Ll}+ly\s+)?by\s+`;
/** Where the agent's phrase ends: a preposition or a clause after it ("by the mayor as reckless"). */
const AGENT_END = /\s(?:as|for|on|in|at|after|during|over|because|who|which|when|while|to|but|that)\b|\sand\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b/u;
/** "that" opening what the agent said, right after the agent's phrase. */
const THAT_AFTER_AGENT = /^\s*that\s+/;
/** The subject's clause starts after the last of these before the auxiliary. */
const CLAUSE_MARK = /[,;:\u2014\u2013]/g;

/**
 * The claim of a passive cue whose agent follows, or null. `auxStart` is where the auxiliary before the
 * participle begins ("was" of "was criticised").
 */
export function passiveAgentClaim(text: string, masked: string, s: Sentence, cue: string, cueStart: number, auxStart: number): Claim | null {
  const cueEnd = cueStart + cue.length;
  const by = BY.exec(masked.slice(cueEnd, s.end));
  if (by === null) return null;
  // ("the attacks, which were claimed by the Islamic State": a deed claimed, not words; a claim in words has
  // its clause after the agent, "was claimed by the firm that …", and is kept below.)
  if (cue === 'claimed' && !/^\s+by\s+[^,;]{1,60}?\s+that\s/.test(masked.slice(cueEnd, s.end))) return null;
  const from = cueEnd + by[0].length;
  const rest = masked.slice(from, s.end);
  const cut = AGENT_END.exec(rest);
  const phrase = cut === null ? rest : rest.slice(0, cut.index);
  const named = mentionAtStart(phrase);
  const found = named?.mention ?? describedAgent(phrase);
  if (found === null || found.type === 'pronoun') return null;
  // "The BBC was told by a senior source that the minister would resign": what the agent said follows right
  // after the agent; the subject is the one told.
  const agentEnd = named !== null ? named.length : phrase.length;
  const that = THAT_AFTER_AGENT.exec(rest.slice(agentEnd));
  if (that !== null) {
    const start = from + agentEnd + that[0].length;
    const [a, b] = trimRange(text, start, endOfContent(masked, start, s.end));
    return wordCount(text.slice(a, b)) === 0 ? null : { mention: found, cue, cueStart, contentStart: a, contentEnd: b };
  }
  let [contentStart, contentEnd] = trimRange(text, clauseStart(masked, s.start, auxStart), auxStart);
  // ("Ministers have been urged by …": the auxiliary before "been" is no part of who was spoken of.)
  const auxiliary = AUXILIARY_AT_END.exec(text.slice(contentStart, contentEnd));
  if (auxiliary !== null) contentEnd = contentStart + auxiliary.index;
  // "the group, which was backed by the union": what the relative pronoun stands for, before its comma.
  if (RELATIVE_PRONOUN.test(text.slice(contentStart, contentEnd)) && /,\s*$/.test(masked.slice(s.start, contentStart))) {
    const comma = masked.lastIndexOf(',', contentStart);
    [contentStart, contentEnd] = trimRange(text, clauseStart(masked, s.start, comma), comma);
  }
  if (wordCount(text.slice(contentStart, contentEnd)) === 0) return null;
  // ("The bank was told by regulators to raise more capital": what they were urged or told to do, after the
  // agent, is what was said too.)
  const to = URGED_PARTICIPLE.test(cue) ? TO_AFTER_AGENT.exec(rest.slice(agentEnd)) : null;
  if (to !== null) {
    const start = from + agentEnd + to[0].indexOf(to[1]!);
    // (Read for up to 600 characters: a hostile sentence of thousands of these must not be read to its end each time.)
    const extra = trimRange(text, start, endOfContent(masked, start, Math.min(s.end, start + 600)));
    if (wordCount(text.slice(extra[0], extra[1])) > 1) return { mention: found, cue, cueStart, contentStart, contentEnd, extra };
  }
  return { mention: found, cue, cueStart, contentStart, contentEnd };
}

/** An auxiliary ending the passive's subject: "Ministers have" (been urged). */
const AUXILIARY_AT_END = /\s+(?:have|has|had|will|would|could|may|might|must|should|shall|can)$/;
/** "to" and a verb right after the agent's phrase. */
const TO_AFTER_AGENT = /^\s*(to\s+)\p{Ll}/u;

const RELATIVE_PRONOUN = /^(?:which|who|that)$/i;

/** Where the clause ending at `end` starts: after the last clause mark before it, or at the sentence's start. */
function clauseStart(masked: string, from: number, end: number): number {
  let start = from;
  CLAUSE_MARK.lastIndex = 0;
  const before = masked.slice(from, end);
  for (let m = CLAUSE_MARK.exec(before); m !== null; m = CLAUSE_MARK.exec(before)) start = from + m.index + 1;
  return start;
}

/** "the company", "opposition lawmakers": a short phrase headed by a noun for people or an institution. */
function describedAgent(phrase: string): Mention | null {
  const words = phrase.trim().replace(/[.!?]+$/, '').split(/\s+/);
  if (words.length === 0 || words.length > 6) return null;
  const head = words[words.length - 1]!.toLowerCase();
  // (A plural of a noun the lists have in the singular: "environmental groups", "industry leaders".)
  const known = isSourceNoun(head) || isSourceNoun(head.replace(/s$/, ''));
  return known && /^[\p{L}’'-]+$/u.test(head) ? { type: 'group', name: words.join(' '), role: null, via: null } : null;
}
