// A loose noun phrase as the source right before a cue: "One California delegate said", "36 percent of
// Democrats said", "a White House official who spoke anonymously … said". roles.ts tries it after names,
// groups and offices.

import { AGED, GROUP_NOUNS, isPersonNoun, isPluralSourceNoun, NOT_NAMES, PERSON_NOUNS } from './lexicon.js';
import type { Mention } from './mention.js';
import { nonSpaceRuns } from '../text/scan.js';
import { rule } from './plain-twins.js';
import { UPPER_INITIAL } from './letters.js';

const CLAUSE_WORD = /^(?:and|but|or|while|when|because|as|that|which|if|where|so|than|since|after|before|though|although|whether|what|how|why)$/i;
const DETERMINER = rule('u')`^(?:the|a|an|one|another|some|many|most|several|few|two|three|four|five|six|seven|eight|nine|ten|both|all|other|others|his|her|their|its|our|\d[\d,.]*%?|\p{Lu}\p{L}*)$`;
/** A preposition opening the sentence, capitalised: "In June the mayor …". */
const OPENING_PREPOSITION = /^(?:In|On|At|Across|After|Before|During|Since|Under|Over|Throughout|Within|Around|Beyond|Near|Outside|Inside|Until)$/;
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|no)$/i;
/** Words of estimate before a quantity: "as many as", "nearly", "more than". */
const ESTIMATE = /^(?:as many as|as few as|up to|more than|fewer than|less than|at least|nearly|almost|about|roughly|around|over)(?= )/i;
/** A fraction or a large number as a quantity of people: "three-fourths", "half", "a third", "dozens". */
const FRACTION = /^(?:half|(?:one|two|three|four)-(?:thirds?|fourths?|fifths?|quarters?)|thirds?|quarters?|dozens|hundreds|thousands|millions|majority|minority)$/i;
/** A preposition that joins a second determiner's phrase to the words before: "leaders of the group", "a report into the crash". */
const JOINING_PREPOSITION = /^(?:of|for|at|in|from|on|to|with|by|into|about)$/i;
const NOT_HEAD = rule('iu')`^(?:him|her|them|it|us|me|this|that|these|those|there|here|\p{L}+ly|is|are|was|were|be|been|has|have|had|to|of|for|with|and|or|but|in|on|at|by|from|as|not|also|can|could|would|will|may|might|should|must|do|does|did)$`;

/**
 * Before a speech verb ("said", "told"), any short noun phrase is a source: "One California delegate said",
 * "Leaders of the organization have said", "36 percent of Democrats said".
 */
export function looseSource(text: string): { mention: Mention; start: number } | null {
  return looseSourceAtEnd(text) ?? sourceBeforeRelative(text) ?? sourceBeforeStatus(text);
}

/** A reduced relative clause of a person's standing at law, to the end: " accused of accepting bribes from …". */
const STATUS_CLAUSE = /\s(?:accused|charged|convicted|suspected|cleared|acquitted|arrested|detained|jailed|sentenced|sued|questioned|investigated|indicted)\s+(?:of|with|for|over|in|on|by|after)\s[^,;:\u2592"“”()]{1,100}$/;

/**
 * "A former council leader accused of accepting bribes from property developers told a jury": a clause of
 * what someone is accused or convicted of may run past the words a loose phrase is allowed; the phrase before
 * it is the source, named with the clause (as a shorter one is).
 */
function sourceBeforeStatus(text: string): { mention: Mention; start: number } | null {
  const status = text.includes('ed ') ? STATUS_CLAUSE.exec(text) : null;
  if (status === null) return null;
  const head = looseSourceAtEnd(text.slice(0, status.index));
  if (head === null || head.mention.type !== 'group') return null;
  return { mention: { ...head.mention, name: text.slice(head.start).trim() }, start: head.start };
}

/**
 * "a White House official who spoke anonymously to discuss internal strategy said", "Groups that backed the bill
 * said": a relative clause too long (or with a verb of its own) for the phrase, after a noun phrase that can be
 * the source.
 */
function sourceBeforeRelative(text: string): { mention: Mention; start: number } | null {
  const at = Math.max(text.lastIndexOf(' who '), text.lastIndexOf(' that '));
  if (at < 0 || text.length - at > 125 || /[,;:\u2592"“”]/u.test(text.slice(at))) return null;
  return looseSourceAtEnd(text.slice(0, at));
}

function looseSourceAtEnd(text: string): { mention: Mention; start: number } | null {
  const runs = nonSpaceRuns(text);
  const toks = runs.toks.map((t, k) => ({ t, at: runs.starts[k]! }));
  let i = toks.length;
  // ("a spokesperson for the Department of Health and Social Care": "and" inside a name joins no clause.)
  const inName = (k: number) => toks[k]!.t === 'and' && k > 0 && k + 1 < toks.length && UPPER_INITIAL.test(toks[k - 1]!.t) && UPPER_INITIAL.test(toks[k + 1]!.t);
  while (i > 0 && toks.length - i < 10 && (!CLAUSE_WORD.test(toks[i - 1]!.t) || inName(i - 1)) && !/[,;:()\u2592"“”]/u.test(toks[i - 1]!.t)) i--;
  // "Even Republicans who …": a focusing adverb opening the sentence is no part of the source.
  if (i < toks.length - 1 && /^(?:even|only|also|still|just|yet)$/i.test(toks[i]!.t)) i++;
  // ("…, with one writing: …": "with" opens the absolute phrase the source stands in.)
  if (i < toks.length - 1 && toks[i]!.t === 'with') i++;
  // "as many as three-fourths of them tell pollsters": an estimate before the quantity.
  const estimate = ESTIMATE.exec(toks.slice(i, i + 3).map((t) => t.t).join(' '));
  if (estimate !== null) i += estimate[0].split(' ').length;
  // ("In June the mayor", "Across the country the protesters": after a phrase opening the sentence with a
  // preposition and no comma, the last determiner that no preposition joins to the words before starts the
  // phrase; elsewhere a second determiner is an object's: "hosts a talk show, writes" has no source.)
  let phrase = toks.slice(i);
  const opening = OPENING_PREPOSITION.test(phrase[0]?.t ?? '');
  const restart = !opening ? -1 : phrase.findLastIndex((p, k) => k > 0 && /^(?:the|a|an)$/i.test(p.t) && !JOINING_PREPOSITION.test(phrase[k - 1]!.t));
  if (restart > 0) {
    phrase = phrase.slice(restart);
    i += restart;
  }
  if (phrase.length === 0 || phrase.length > 9) return null;
  const first = phrase[0]!.t;
  const last = phrase[phrase.length - 1]!.t;
  // "three-fourths of them", "most of us": a part of the people named before.
  const partOf = phrase.length >= 3 && /^(?:them|us)$/i.test(last) && /^of$/i.test(phrase[phrase.length - 2]!.t) && (DETERMINER.test(first) || FRACTION.test(first));
  // ("family" and "ally" end like adverbs and are nouns.)
  // ("In a filing, lawyers for the company argued": a plural noun for people, with what they belong to, needs none.)
  // ("The firm is exploring a sale, people familiar with the matter said", "sources close to the talks": or
  // what they know of.)
  const belongs = phrase.length >= 3 && /^(?:for|of|at|from|in|on|representing|familiar|close|briefed|knowledgeable)$/.test(phrase[1]!.t) && (isPluralSourceNoun(first) || (/s$/.test(first) && GROUP_NOUNS.has(first.toLowerCase())) || /^(?:people|sources)$/i.test(first));
  // ("people close to him", "sources familiar with her thinking": what they know of may end in a pronoun.)
  const closeTo = belongs && /^(?:close|familiar|briefed|knowledgeable)$/.test(phrase[1]!.t);
  if (!partOf && ((!DETERMINER.test(first) && !belongs) || (NOT_HEAD.test(last) && !closeTo && !GROUP_NOUNS.has(last.toLowerCase()) && !PERSON_NOUNS.has(last.toLowerCase())) || !(/^\p{L}[\p{L}'’-]*$/u.test(last) || AGED.test(last)))) return null;
  if (UPPER_INITIAL.test(first) && NOT_NAMES.has(first.toLowerCase()) && !/^(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|several|few|both|all|other|others|another|his|her|their|its|our)$/i.test(first)) return null;
  // (An auxiliary may follow the relative pronoun: "Republicans who have praised him said".)
  // ("Experts not involved in the study": "not" before a participle is a reduced relative clause's.)
  if (phrase.some((p, k) => AUXILIARY.test(p.t) && !/^(?:who|that)$/i.test(phrase[k - 1]?.t ?? '') && !(/^not$/i.test(p.t) && /ed$/.test(phrase[k + 1]?.t ?? '')))) return null;
  if (phrase.length === 1 && /^(?:the|a|an|his|her|their|its|our|other)$/i.test(first)) return null;
  // A lone "one" speaks right after a quotation ("“Gutted doesn’t cover it,” one wrote."), not as the
  // impersonal pronoun ("if one adds Nebraska").
  // ("…, with one writing: “…”": or after "with", one of those just named; "Labour MPs were worried. One said: …":
  // or opening its sentence, one of those the sentence before named.)
  const openingOne = i === 0 && first === 'One';
  if (phrase.length === 1 && /^one$/i.test(first) && !openingOne && !(i > 0 && (/[”"’'\u2592],?$/u.test(toks[i - 1]!.t) || toks[i - 1]!.t === 'with'))) return null;
  // A second determiner starts a new phrase unless a preposition joins them ("leaders of the group").
  for (let k = 1; k < phrase.length; k++)
    if (/^(?:the|a|an)$/i.test(phrase[k]!.t) && !JOINING_PREPOSITION.test(phrase[k - 1]!.t)) return null;
  return { mention: { type: 'group', name: phrase.map((p) => p.t).join(' '), role: null, via: null }, start: phrase[0]!.at };
}

/** A sentence that opens with a plural noun for people: "Fans rushed …", "Many residents said …". */
const PLURAL_OPENING = /(?:^|[.!?]["”’']?\s+)(?:(?:Many|Some|Other|Local|Angry|[A-Z][a-z]+)\s+)?([A-Z]?[a-z]+s|[A-Z]{2,}s)\s+[a-z]/g;

/** The people "One" and "Another" are one of: the plural noun that last opened a sentence before, made singular. */
export function onesPeople(before: string): string | null {
  let last: string | null = null;
  PLURAL_OPENING.lastIndex = 0;
  for (let m = PLURAL_OPENING.exec(before); m !== null; m = PLURAL_OPENING.exec(before)) last = m[1]!;
  if (last === null) return null;
  // ("MPs": letters keep their capitals.)
  if (/^[A-Z]{2,}s$/.test(last)) return isPersonNoun(last.slice(0, -1).toLowerCase()) ? last.slice(0, -1) : null;
  if (!isPluralSourceNoun(last.toLowerCase())) return null;
  last = last.toLowerCase();
  return last.endsWith('ies') ? `${last.slice(0, -3)}y` : /(?:ch|sh|ss|x)es$/.test(last) ? last.slice(0, -2) : last.slice(0, -1);
}
