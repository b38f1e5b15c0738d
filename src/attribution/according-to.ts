// "according to X" and "in the words of X": the source after the cue, the content before it, after it, or on
// both sides ("Other divides, according to the poll, include …").

import { trimRange, wordCount, type Claim } from './claim.js';
import { GROUP_NOUNS, INSTITUTIONS, isPluralSourceNoun, ROLE_NOUNS, ROLE_WORDS } from './lexicon.js';
import type { Mention } from './mention.js';
import { mentionAtStart } from './mention-at-start.js';
import type { Sentence } from './sentences.js';
import { SOURCE_PHRASE } from './source-phrase.js';
import { UPPER_INITIAL } from './letters.js';
import { rule } from './plain-twins.js';

/** ", include the …": the first word of a clause that goes on after the source. */
const NEXT_WORD_OF_CLAUSE = rule('u')`^,\s*(\p{Ll}+)\s+\S+`;

/** "That’s according to", "That is according to", "This was according to": pointing back at what came before. */
const BACK_REFERENCE = /^\s*(?:That|This)(?:[’']s|\s+(?:is|was))?\s*$/;

export function accordingTo(masked: string, s: Sentence, cs: number, ce: number, cue: string): Claim | null {
  const rest = masked.slice(ce, s.end);
  const src = SOURCE_PHRASE.exec(rest);
  if (src === null) return null;
  // ("two senators present who requested anonymity to reveal private conversations": why they are unnamed is
  // no part of who they are.)
  const named = src[1]!.replace(ANONYMOUS_BECAUSE, '');
  // "according to him": the object pronoun stands for the subject one, resolved the same way.
  const object = /^\s*(him|her|them)\s*$/i.exec(src[1]!)?.[1]?.toLowerCase();
  const found: { mention: Mention } | null =
    object !== undefined
      ? { mention: { type: 'pronoun', pronoun: object === 'him' ? 'he' : object === 'her' ? 'she' : 'they', via: null } }
      : (mentionAtStart(named) ?? sourcePhrase(named));
  if (found === null) return null;
  let mention = found.mention;
  const sourceEnd = ce + src[0].length;
  const before = masked.slice(s.start, cs);
  // "“This is the right call.” That’s according to John Smith.": what was said is the sentence before.
  if (before.length < 16 && s.start > 0 && BACK_REFERENCE.test(before)) {
    const prev = masked.slice(0, s.start).trimEnd();
    const from = Math.max(prev.lastIndexOf('. ', prev.length - 2), prev.lastIndexOf('? ', prev.length - 2), prev.lastIndexOf('! ', prev.length - 2)) + 1;
    const [a, b] = trimRange(masked, from, prev.length);
    const tail = /^,\s*(?:a|an)\s+([^;,\u2592]+?)[.\s]*$/.exec(masked.slice(sourceEnd, s.end));
    const described = tail !== null && mention.type === 'person' && mention.role === null ? { ...mention, role: tail[1]!.trim() } : mention;
    if (wordCount(masked.slice(a, b)) > 0 || /\u2592/.test(masked.slice(a, b))) return { mention: described, cue, cueStart: cs, contentStart: a, contentEnd: b };
  }
  // "He left after, according to him, the network censured him": a clause follows, and the words before lead to it.
  const leadsOn = /\b(?:after|before|that|because|since|while|when|as|but|and|if|although|though),?\s*$/i.test(before) && wordCount(masked.slice(sourceEnd, s.end)) >= 4;
  // "Other major cleavages, according to the poll, include …": the source stands inside the content.
  const next = NEXT_WORD_OF_CLAUSE.exec(masked.slice(sourceEnd, s.end))?.[1];
  const resumes =
    next !== undefined && !/^(?:a|an|the|who|which|whose|his|her|its|their|and|but)$/.test(next) && !ROLE_WORDS.has(next) && !ROLE_NOUNS.has(next) && !GROUP_NOUNS.has(next);
  // Only a short subject before the source: after a whole clause, what follows describes the source.
  if (resumes && /,\s*$/.test(before) && wordCount(before) >= 1 && wordCount(before) <= 6) {
    const [a, b] = trimRange(masked, s.start, cs);
    const [c, d] = trimRange(masked, sourceEnd, s.end);
    return { mention, cue, cueStart: cs, contentStart: a, contentEnd: b, extra: [c, d] };
  }
  // ("Rents rose, according to the survey, a monthly poll of landlords.": only what describes the source follows.)
  const describedOnly = /^,\s*(?:a|an|the)\s[^,;\u2592]+[.\s]*$/.test(masked.slice(sourceEnd, s.end)) && wordCount(before) >= 1;
  // ("“The evidence is clear,” according to Dr Lisa Chen, who led the research.": a quotation before.)
  const quoteBefore = /\u2592["”'’]+,?\s*$/u.test(before);
  if ((wordCount(before) >= 3 || describedOnly || quoteBefore) && !leadsOn) {
    // "…, according to X, a former official." The rest of the sentence describes X.
    const tail = /^,\s*([^;]+?)[.\s]*$/.exec(masked.slice(sourceEnd, s.end));
    if (tail && mention.type === 'person' && mention.role === null && !/\u2592/.test(tail[1]!) && !/^(?:who|whose|which)\s/.test(tail[1]!))
      mention = { ...mention, role: tail[1]!.trim().replace(/^(?:a|an)\s+/i, '') };
    const [a, b] = trimRange(masked, s.start, cs);
    return { mention, cue, cueStart: cs, contentStart: a, contentEnd: b };
  }
  // "According to Dan Cole, a former aide, the mayor knew": the phrase between commas describes the source.
  // ("According to Mr Smith, who founded the firm, the company …": a relative clause describes the source too.)
  // ("According to police, the man, who is 45, was arrested": a phrase followed by a relative clause is the
  // subject of what was said, not a description of the source.)
  const described = /^,\s*((?:a|an|the|who|whose|which)\s[^,;]+),\s*(?=\S)(?!(?:who|whose|which)\s)/.exec(masked.slice(sourceEnd, s.end));
  if (described !== null && mention.type === 'person' && mention.role === null && !/^(?:who|whose|which)\s/.test(described[1]!))
    mention = { ...mention, role: described[1]!.trim().replace(/^(?:a|an)\s+/i, '') };
  // ("According to Smith, the deal was good; Jones disagreed.": what was said ends at a semicolon.)
  const from = described === null ? sourceEnd : sourceEnd + described[0].length;
  const semicolon = masked.indexOf(';', from);
  const [a, b] = trimRange(masked, from, semicolon >= 0 && semicolon < s.end ? semicolon : s.end);
  if (b - a < 2 || wordCount(masked.slice(a, b)) === 0) return null;
  return { mention, cue, cueStart: cs, contentStart: a, contentEnd: b };
}

/** A relative clause on why a source is unnamed: "who requested anonymity …", "who were not authorized to …". */
const ANONYMOUS_BECAUSE = /,?\s+(?:who|that)\s+(?:(?:requested|asked for|demanded|insisted on|were granted|was granted|spoke on condition of|spoke on the condition of)\s+anonymity|(?:was|were|are|is)\s+not\s+authori[sz]ed)\b.*$/s;
/** The noun before "familiar with", "close to", "briefed on" …: the head of a described source. */
const DESCRIBED_HEAD = /(\w+)\s+(?:familiar with|close to|briefed on|involved in|with (?:direct )?knowledge of|who|present|in attendance)\b/i;

/** A word in lower case. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** "a new poll by the Harvard Institute": a noun phrase used as a source after "according to". */
function sourcePhrase(text: string): { mention: Mention } | null {
  const t = text.trim();
  if (t === '' || /\u2592/.test(t)) return null;
  // ("the latest figures from the UK Health Security Agency (UKHSA)": the letters in brackets after a name are
  // no part of what the phrase is.)
  const words = t.replace(/\s*\([^()]{1,20}\)$/, '').split(/\s+/);
  // (Longer only when a known noun heads it early: "an email from the president of the AFL-CIO labor
  // federation obtained by The Huffington Post".)
  if (words.length > 12 && (words.length > 20 || !words.slice(1, 3).some((w) => GROUP_NOUNS.has(w.toLowerCase())))) return null;
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!;
  // ("the club", "the hospital", "local charities": an institution, or the plural of one.)
  const lastWord = last.toLowerCase();
  const known = GROUP_NOUNS.has(lastWord) || ROLE_NOUNS.has(lastWord) || INSTITUTIONS.has(lastWord) || isPluralSourceNoun(lastWord);
  // "the poll", "a new report", "Reuters", "officials", "two people familiar with it", "several sources".
  // ("exit polls conducted by Edison Research": or a plural of them after a word that modifies it.)
  const pluralSecond = words.length > 1 && /s$/.test(words[1]!) && GROUP_NOUNS.has(words[1]!.toLowerCase()) && LOWER_WORD.test(first);
  if (!/^(?:the|a|an|his|her|their|its|this|that|new|recent|two|three|four|five|several|many|some|multiple|numerous|\d+)\b/i.test(t) && !UPPER_INITIAL.test(t) && !GROUP_NOUNS.has(first) && !pluralSecond && !(known && words.length <= 3)) return null;
  // "according to their instinctive preference", "according to plan": a source names who or what speaks,
  // at its end or before what describes it ("people familiar with it", "officials close to the talks").
  const head = DESCRIBED_HEAD.exec(t)?.[1]?.toLowerCase();
  if (!UPPER_INITIAL.test(last) && !known && !UPPER_INITIAL.test(words[0]!) && !GROUP_NOUNS.has(first) && !pluralSecond && !(head !== undefined && GROUP_NOUNS.has(head)))
    return null;
  return { mention: { type: 'group', name: t, role: null, via: null } };
}
