// The subject a sentence opens with: for a verb of saying coordinated after another verb ("… and said"), a
// participle after a comma (", predicting …"), a purpose ("to say …"); and the sources that introduce a
// quotation after them: a paragraph or a clause ending in a colon ("Cruz continued:"), a sentence ending in a verb of
// saying with nothing said ("… and her husband cut in.").

import { DATELINE } from './dateline.js';
import { findCues, isCueWord } from './cues.js';
import { isFloatingQuote } from './direct.js';
import { DEMONYM, GROUP_NOUNS, isPersonNoun, isPluralSourceNoun, isSourceNoun, NOT_NAMES, PLACES, TITLES } from './lexicon.js';
import type { Mention } from './mention.js';
import { personFromRun } from './names.js';
import { mentionAtStart } from './mention-at-start.js';
import { MASK, type Sentence } from './sentences.js';
import { rule } from './plain-twins.js';

const DETERMINERS = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)$/i;
// ("Egyptian President Abdel Fattah el-Sisi opened …", "Crown Prince Mohammed bin Salman opened …": a surname
// with its particle, joined or not, is a word of the run.)
const OPENING_SUBJECT = rule('u')`^[\s"“‘'—–]*((?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Prof)\.\s+)?\p{Lu}(?:\.|[\p{L}’'-]*)(?:\s+(?:\p{Lu}\.|(?:(?:bin|ibn|van|von|de|da|der|den|dos|du)\s+)*(?:(?:al|el|bin|ibn|abu|de|da|di|du|le|la|van|von)-)?\p{Lu}[\p{L}’'-]+)){0,4})(?:\s+\p{Ll}|,)`;

/** "Speaking", "Asked", "Later": a sentence's first word that is no name. */
const CAPITALISED_VERB_FORM = rule('u')`^\p{Lu}\p{Ll}+(?:ing|ed|ly)$`;
/** "Yet she …", "But they …": a pronoun subject after a conjunction opening the sentence. */
const CONJUNCTION_PRONOUN = /^[\s"“]*(?:Yet|But|And|So|Still|Then)\s+(he|she|they)\s+[a-z]/;
/** "he said …" after an opening phrase. */
const PRONOUN_SUBJECT = rule('u')`^((?:he|she|they))\s+\p{Ll}`;

/**
 * "Cruz continued:" at the end of a paragraph: the source of the quotation that follows, and the cue (the verb
 * before the colon when it is one, said by verbBefore; else the first cue; else the colon).
 */
export function introducedSource(masked: string, s: Sentence): { mention: Mention; cue: string; verbBefore: boolean } | null {
  const sentence = masked.slice(s.start, s.end);
  if (!/:\s*$/.test(sentence) || sentence.includes(MASK)) return null;
  // "Said Mr. Hale:", "Added the mayor:": the verb first, then the source.
  const inverted = INVERTED_OPENING.exec(sentence);
  if (inverted !== null) {
    const found = mentionAtStart(inverted[2]!);
    return found === null || found.mention.type === 'pronoun' ? null : { mention: found.mention, cue: inverted[1]!, verbBefore: true };
  }
  // "… how tempting that can be!— Cruz called them on it:": else, the subject of its last clause.
  let clause = sentence;
  let mention = sentenceSubject(sentence);
  if (mention === null) {
    clause = /[,;—–]\s*([^,;—–]+)$/.exec(sentence)?.[1] ?? '';
    mention = clause === '' ? null : sentenceSubject(clause);
  }
  if (mention === null) return null;
  // The verb before the colon ("Cruz continued:"; not the noun of "one word for the plan:"), else the clause's
  // first cue ("Wallnau elaborated on the message he wanted to convey:"), else the colon.
  const [, before = '', word = ''] = /(?:(\S+)\s+)?(\S+)\s*:\s*$/.exec(clause) ?? [];
  const verb = isCueWord(word) && !DETERMINERS.test(before);
  return { mention, cue: verb ? word : (findCues(clause)[0]?.text ?? ':'), verbBefore: verb };
}

/** A verb of saying opening the sentence before its source and a colon: "Said Mr. Hale:". */
const INVERTED_OPENING = /^[\s"“]*(Said|Says|Added|Adds|Wrote|Writes|Asked|Asks|Explained|Explains)\s+([^:]+?)\s*:\s*$/;
/** "The governor’s message was simple:", "Lee’s advice:": the owner of a noun of saying. */
const OWNER_OF_SAID = rule('u')`^[\s"“]*((?:(?:the|The)\s+(?:\p{Ll}+\s+){0,2})?(?:\p{Lu}[\p{L}.-]*\s+){0,2}[\p{L}-]+)['’]s?\s+(?:\p{Ll}+\s+){0,2}?(?:message|advice|warning|plea|answer|reply|response|verdict|view|take|argument|point|prediction|promise|explanation|reasoning|conclusion|assessment)\b`;

/** "His message was simple", "Her advice to voters:": a possessive pronoun and a noun of saying. */
const PRONOUN_OWNER_OF_SAID = /^[\s"“]*(His|Her|Their)\s+(?:[a-z]+\s+){0,2}?(?:message|advice|warning|plea|answer|reply|response|verdict|view|take|argument|point|prediction|promise|explanation|reasoning|conclusion|assessment)\b/;
/** Nouns for what a source said, which may announce it after a colon ("had a message for voters: …"). */
const SAID_NOUN = rule('u')`\b(?:message|advice|warning|plea|answer|reply|response|verdict|prediction|promise|pledge|vow|demand|request|argument|assessment|conclusion|explanation|diagnosis|prescription|pitch|retort|rebuttal|suggestion|recommendation|instructions|word|view|take|theory|reasoning|rationale|complaint|criticism|case|point)s?\b`;

/**
 * "Hart was blunt: “It will work.”", "He had one word for the plan: “disaster.”": a sentence that ends in a
 * quotation after a colon, with no cue of its own. The words before the colon introduce it, as a paragraph
 * ending in a colon introduces the next (introducedSource). Without quote marks, only when those words name
 * what was said: "Reid has some advice for Democrats: Don't underestimate Trump." Returns where the
 * statement starts, with its source.
 */
export function colonStatement(masked: string, s: Sentence): { mention: Mention; cue: string; start: number } | null {
  const colon = masked.indexOf(':', s.start);
  if (colon < 0 || colon >= s.end) return null;
  const noun = SAID_NOUN.exec(masked.slice(s.start, colon))?.[0];
  const said = noun !== undefined && /[\p{L}\p{N}]+\s+[\p{L}\p{N}]/u.test(masked.slice(colon + 1, s.end));
  if (!said && !isFloatingQuote(masked, colon + 1, s.end, false)) return null;
  const introduced = introducedSource(masked, { start: s.start, end: colon + 1 }) ?? ownerOfSaid(masked.slice(s.start, colon), noun) ?? forSomeone(masked.slice(s.start, colon));
  if (introduced === null) return null;
  // The cue: a verb of saying right before the colon, else the noun for what was said, else the first cue.
  return { mention: introduced.mention, cue: introduced.verbBefore || noun === undefined ? introduced.cue : noun, start: colon + 1 };
}

/** "For Hale, the answer is simple: “…”": the person the answer is for gives it. */
const FOR_SOMEONE = rule('u')`^[\s"“]*For\s+((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}),\s+(?:the|it|this|that)\s[^,;]{0,60}$`;

function forSomeone(clause: string): { mention: Mention; cue: string; verbBefore: boolean } | null {
  const m = clause.startsWith('For ') || clause.trimStart().startsWith('For ') ? FOR_SOMEONE.exec(clause) : null;
  const mention = m === null ? null : personFromRun(m[1]!.split(/\s+/));
  return mention === null || mention.type !== 'person' ? null : { mention, cue: ':', verbBefore: false };
}

/** "The governor’s message was simple": the owner of what was said, as the source, and the noun as the cue. */
function ownerOfSaid(clause: string, noun: string | undefined): { mention: Mention; cue: string; verbBefore: boolean } | null {
  // ("Her message to voters was clear:": an owner that is a pronoun stands for the person before.)
  const pronoun = noun === undefined ? null : PRONOUN_OWNER_OF_SAID.exec(clause);
  if (pronoun !== null) return { mention: { type: 'pronoun', pronoun: pronoun[1] === 'His' ? 'he' : pronoun[1] === 'Her' ? 'she' : 'they', via: null }, cue: noun!, verbBefore: false };
  const m = noun === undefined ? null : OWNER_OF_SAID.exec(clause);
  if (m === null) return null;
  const owner = m[1]!;
  const words = owner.split(/\s+/);
  const mention: Mention | null = /^the$/i.test(words[0]!) ? { type: 'group', name: owner, role: null, via: null } : personFromRun(words);
  return mention === null || mention.type === 'pronoun' ? null : { mention, cue: noun!, verbBefore: false };
}

/** "Lee’s office later released …", "Trump’s campaign said …": a name's possessive and a noun for people. */
const POSSESSIVE_SUBJECT = rule('u')`^[\s"“]*((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s)\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?`;

/** "Local councillor Jane Brown agreed": capitalised words, a role noun in lower case, then the name. */
const ROLE_THEN_NAME_FIRST = rule('u')`^[\s"“‘'—–]*((?:\p{Lu}[\p{L}’'-]*\s+){1,2}(\p{Ll}[\p{L}-]*)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]+)(?:\s+\p{Ll}|,)`;

function roleThenName(sentence: string): Mention | null {
  const m = ROLE_THEN_NAME_FIRST.exec(sentence);
  if (m === null || !(isPersonNoun(m[2]!) || TITLES.has(m[2]!))) return null;
  const words = m[1]!.split(/\s+/);
  const at = words.indexOf(m[2]!);
  const person = personFromRun(words.slice(at + 1));
  return person !== null && person.type === 'person' ? { ...person, role: person.role ?? words.slice(0, at + 1).join(' ') } : null;
}

/** A role in lower case, then a name and its verb: "backbencher Priti Shah quit", "striker Tom Hale scored". */
const LOWER_ROLE_THEN_NAME = rule('u')`^((?:\p{Ll}[\p{L}-]*\s+){0,1}(\p{Ll}[\p{L}-]*))\s+((?:\p{Lu}[\p{L}’'-]*\s+){1,2}\p{Lu}[\p{L}’'-]+)(?:\s+\p{Ll}|,)`;

function lowerRoleThenName(clause: string): Mention | null {
  const m = LOWER_ROLE_THEN_NAME.exec(clause);
  if (m === null || !(isPersonNoun(m[2]!) || TITLES.has(m[2]!))) return null;
  const person = personFromRun(m[3]!.split(/\s+/));
  return person !== null && person.type === 'person' ? { ...person, role: person.role ?? m[1]! } : null;
}

/** A conjunction, or "The" and an owner, before a name: "But Robbie Collin …", "The Telegraph’s Robbie Collin …". */
const BEFORE_NAME = /^(?:(?:But|And|Yet|So|Still)\s+[A-Z]|The\s+\S+['’]s\s+[A-Z])/;

/**
 * An opening phrase of an appearance or an interview that names a programme in quote marks, a few words in:
 * 'Speaking on NBC's "Meet the Press,"', 'In an interview with "60 Minutes,"' (masked; clauses.ts tests for it
 * alone, before a source).
 */
export const OPENER_NAMING_A_PROGRAMME = String.raw`^\s*(?:Speaking|Appearing|Writing|Talking|In\s+an?\s+(?:interview|appearance|op-ed|column))\s+(?:[^\s\u2592"“]+\s+){0,4}["“‘']*\u2592{1,40}[,.]?["”’']*,?`;
/** The same, then the rest of the sentence. */
const TITLED_OPENER = new RegExp(String.raw`${OPENER_NAMING_A_PROGRAMME}\s+`);

/** A sentence that may open with a share: a word of quantity first (a cheap test before SHARE_SUBJECT). */
const SHARE_FIRST = /^[\s"“]*(?:nearly|almost|about|roughly|some|more|fewer|over|under|just|half|most|many|all|a|two|three|one|\d)/i;
/** A share of a group opening the sentence, to its plural noun: "Nearly two-thirds of all firms", "Half of the voters", "40% of Republicans". */
const SHARE_SUBJECT = rule('iu')`^[\s"“]*((?:(?:nearly|almost|about|roughly|some|more than|fewer than|over|under|just)\s+)?(?:half|most|many|all|a\s+(?:third|quarter|fifth|majority|minority)|(?:one|two|three)-(?:thirds?|quarters?|fifths?)|\d[\d.,]*\s*(?:%|percent|per cent))\s+of\s+(?:the\s+|all\s+|those\s+|these\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}+s))\b`;

/** The name or pronoun a sentence opens with, as the subject of a later coordinated verb. */
export function sentenceSubject(whole: string, afterOpener = false): Mention | null {
  // ('In an interview with CBS\'s "Face the Nation," he went further': the subject after an opener with a title;
  // one opener, so that hostile input of thousands cannot nest as deep.)
  const titled = !afterOpener && whole.includes(MASK) ? TITLED_OPENER.exec(whole) : null;
  if (titled !== null) {
    const rest = whole.slice(titled[0].length);
    const pronoun = PRONOUN_SUBJECT.exec(rest);
    return pronoun !== null ? { type: 'pronoun', pronoun: pronoun[1]!, via: null } : sentenceSubject(rest, true);
  }
  // ("SIESTA KEY, Fla. (AP) — Hurricane Milton slammed into …, threatening …": a wire dateline is no subject.)
  const sentence = whole.length > 8 && whole.charCodeAt(1) < 128 && /[—–-]/.test(whole.slice(0, 60)) ? whole.replace(DATELINE, '') : whole;
  // ("Nearly two-thirds of all firms polled have no plans …", "Half of the voters …": a share of a group.)
  const share = SHARE_FIRST.test(sentence) ? SHARE_SUBJECT.exec(sentence) : null;
  if (share !== null && isPluralSourceNoun(share[2]!.toLowerCase())) return { type: 'group', name: share[1]!, role: null, via: null };
  const owned = sentence.includes('s ') && /['’]s\s/.test(sentence.slice(0, 60)) ? POSSESSIVE_SUBJECT.exec(sentence) : null;
  if (owned !== null) {
    const isNoun = (w: string | undefined) => w !== undefined && isSourceNoun(w);
    // ("Trump’s campaign manager": the longer phrase when its second word is the noun.)
    if (isNoun(owned[3])) return { type: 'group', name: `${owned[1]} ${owned[2]} ${owned[3]}`, role: null, via: null };
    if (isNoun(owned[2])) return { type: 'group', name: `${owned[1]} ${owned[2]}`, role: null, via: null };
  }
  const comma = sentence.indexOf(', ');
  const lead = roleThenName(sentence);
  if (lead !== null) return lead;
  const first = OPENING_SUBJECT.exec(sentence);
  // "Walking to the next address, Ebeling …": a participial opener is not the subject; for a coordinated verb
  // of saying, neither is a prepositional one ("By the end of the day, Mr. Trump … and said").
  const firstWord = first === null ? '' : first[1]!.split(/\s+/)[0]!.toLowerCase();
  const opener =
    first !== null &&
    // ("Separately, …" is an adverb; "Schlafly wrote" a name, followed by its verb.)
    ((CAPITALISED_VERB_FORM.test(first[1]!) && (!/ly$/.test(first[1]!) || first[0].endsWith(','))) || (NOT_NAMES.has(firstWord) && !/^(?:he|she|they)$/.test(firstWord))) &&
    !BEFORE_NAME.test(first[1]!);
  const m =
    first !== null && !opener
      ? first
      : comma > 0 && comma < 100 && !sentence.slice(0, comma).includes(MASK)
        ? (OPENING_SUBJECT.exec(sentence.slice(comma + 2)) ?? PRONOUN_SUBJECT.exec(sentence.slice(comma + 2)))
        : null;
  if (m === null) {
    // "Yet she didn't limit her attacks …, also calling on …": a pronoun after an opening conjunction.
    const pronoun = CONJUNCTION_PRONOUN.exec(sentence);
    if (pronoun !== null) return { type: 'pronoun', pronoun: pronoun[1]!, via: null };
    // ("On Monday, backbencher Priti Shah quit …": a role in lower case and a name after an opening phrase.)
    const described = opener && comma > 0 && comma < 100 ? lowerRoleThenName(sentence.slice(comma + 2)) : null;
    if (described !== null) return described;
    // "Late last month, the company wrote …, calling …": a group or an office after an opening phrase.
    return openingGroup(sentence) ?? (opener && comma > 0 && comma < 100 ? openingGroup(sentence.slice(comma + 2)) : null);
  }
  let words = m[1]!.split(/\s+/);
  // "But Robbie Collin was less impressed, …": a conjunction opening the sentence is no part of the name.
  if (words.length > 2 && /^(?:But|And|Yet|So|Still)$/.test(words[0]!)) words = words.slice(1);
  if (words.length === 1 && /^(?:he|she|they)$/i.test(words[0]!)) return { type: 'pronoun', pronoun: words[0]!, via: null };
  // "Cool the rhetoric: …": a capitalised word before a determiner opens an imperative, not a name.
  if (words.length === 1 && m === first && /^\s+(?:the|a|an|his|her|their|its|this|that|these|those|your|our)\s/.test(sentence.slice(m.index + m[0].length - 2))) return null;
  if (NOT_NAMES.has(words[0]!.toLowerCase()) && !BEFORE_NAME.test(words.join(' '))) return openingGroup(sentence);
  // ("Economists cut their forecasts, citing …": a plural noun for people, capitalised as the first word, and
  // what names where they work: "Economists at Goldman Sachs".)
  if (words.length === 1 && m === first && isPluralSourceNoun(words[0]!.toLowerCase()) && GROUP_NOUNS.has(words[0]!.toLowerCase())) {
    const of = PLACE_OF_WORK.exec(sentence.slice(m.index + m[0].indexOf(m[1]!) + m[1]!.length));
    return { type: 'group', name: of === null ? words[0]! : `${words[0]!}${of[0]}`, role: null, via: null };
  }
  const person = personFromRun(words);
  // ("Italy signed the deal on Monday. It said …": a country, as its government speaks.)
  const country = person !== null && person.type === 'group' && PLACES.has(person.name.toLowerCase());
  return person !== null && (person.type === 'person' || country) ? person : null;
}

/** "at Goldman Sachs", "from the Bank of England": where the people a plural noun names work. */
const PLACE_OF_WORK = rule('u')`^\s+(?:at|of|from|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'&.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'&.-]*){0,3}`;

const OPENING_GROUP = rule('iu')`^[\s"“]*((?:the|a|an)\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}?([\p{L}-]+|\d{1,3}-year-old)(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){0,2})?)(?:,\s+(?:which|who)\s[^,;]{1,100},)?(?:,\s+(?:however|though|too|also|meanwhile|instead|in turn|for (?:his|her|their|its) part),)?(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight))?(?:\s+\p{L}+ly)?\s+(?:\p{Ll}+ed|has|had|was|is|spoke|said|told|wrote|took|gave|made|went|came|met|sent|put|kept|stood|ran|began|held|led|won|lost|brought|got|left|sat|saw|set|struck|paid|sold|bought|spent|felt|found|thought|heard|fought|built|drew|rose|fell|chose|hit|cut|let|starts|begins|opens|ends|includes|features|shows)\b`;

/**
 * "The New Jersey governor spoke for an hour, mocking …", "The former secretary of State gave a speech, …" (or
 * "A federal judge on Tuesday temporarily blocked …": with a day and an adverb before the verb): an
 * opening phrase headed by a person or group noun (or a nationality, an age) (and the office it is of), maybe with a relative clause
 * ("The spot, which is airing on cable, starts with …").
 */
function openingGroup(sentence: string): Mention | null {
  const m = OPENING_GROUP.exec(sentence);
  if (m === null) return null;
  const head = m[2]!.toLowerCase();
  // ("The Swede kept his nerve and admitted …", "The 24-year-old …": one person, described, as "the striker" is.)
  if (!isSourceNoun(head) && !DEMONYM.test(m[2]!)) return null;
  // ("A group of bestselling authors has sued": under the pattern's "i", the capitals it wants after "of" match
  // any letter, so the words after "of" can run into the verb; it is no part of the name.)
  return { type: 'group', name: m[1]!.replace(VERB_AT_END, ''), role: null, via: null };
}
const VERB_AT_END = /\s+(?:has|have|had|was|were|is|are|will|would|said|says|told|wrote|[a-z]+ed)$/;

/**
 * "…,” Ebeling said, and her husband cut in.": a source whose verb of saying ends the sentence with nothing
 * said; the quotation after it in the paragraph is theirs. The offset is where the source begins. (Also a
 * source who takes a side, with nothing said yet: "John Smith agrees. “It’s time for change.”", "Her husband
 * is less sure.", "Hale was more blunt.", "She is blunt about why.", "He was scathing about the report.")
 */
const INTERJECTION = rule('u')`(?:^[\s"“]*|[,;]\s+)(?:(?:and|then|but|And|Then|But|So)\s+)?((?:(?:his|her|their|the|a|an|one)\s+)?(?:[\p{L}’'.-]+\s+){0,3}?[\p{L}’'.-]+)(?:,\s*\d{1,3},)?\s+(cut in|cuts in|chimed in|chimes in|broke in|breaks in|interjected|interjects|interrupted|interrupts|replied|replies|responded|responds|answered|answers|shot back|fired back|agrees|agreed|disagrees|disagreed|concurs|concurred|(?:is|was|were|are) (?:(?:more|less|even|far|much|equally|rather|also|similarly|characteristically)\s+)?(?:not so sure|less sure|not convinced|unconvinced|sceptical|skeptical|optimistic|pessimistic|blunt|blunter|frank|candid|defiant|unrepentant|scathing|dismissive|adamant|emphatic|cautious|upbeat|sanguine|unapologetic|critical|philosophical|forthright|diplomatic|withering|bullish|gloomy|unimpressed|unmoved)|went further|goes further|sees it differently|saw it differently)(?:\s+(?:about|of|on)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3})?\s*[.:!]?\s*$`;

/** The last words INTERJECTION can end on (or "about why", "of the plan" after them): tried first, as most sentences end otherwise. */
const INTERJECTION_END =
  /\b(?:in|interjected|interjects|interrupted|interrupts|replied|replies|responded|responds|answered|answers|back|agrees|agreed|disagrees|disagreed|concurs|concurred|sure|convinced|optimistic|pessimistic|unconvinced|sceptical|skeptical|differently|further|blunt|blunter|frank|candid|defiant|unrepentant|scathing|dismissive|adamant|emphatic|cautious|upbeat|sanguine|unapologetic|critical|philosophical|forthright|diplomatic|withering|bullish|gloomy|unimpressed|unmoved)\s*[.:!]?\s*$|\b(?:about|of|on)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}\s*[.:!]?\s*$/;

export function interjection(masked: string, s: Sentence): { at: number; mention: Mention; cue: string } | null {
  if (!INTERJECTION_END.test(masked.slice(Math.max(s.start, s.end - 48), s.end))) return null;
  const sentence = masked.slice(s.start, s.end);
  if (sentence.includes(MASK) && !/[,;]\s*\S/.test(sentence.slice(sentence.lastIndexOf(MASK)))) return null;
  const m = INTERJECTION.exec(sentence);
  if (m === null) return null;
  const words = m[1]!.split(/\s+/);
  const at = s.start + m.index + m[0].indexOf(m[1]!);
  if (words.length === 1 && /^(?:he|she|they|we|I)$/i.test(words[0]!)) return { at, mention: { type: 'pronoun', pronoun: words[0]!, via: null }, cue: m[2]! };
  if (NOT_NAMES.has(words[0]!.toLowerCase()) && !/^(?:his|her|their|the|a|an|one)$/i.test(words[0]!)) return null;
  // ("Board member Peter Okafor disagreed.": a role in lower case before the name is the role.)
  const roleEnd = words.findLastIndex((w) => /^\p{Ll}/u.test(w));
  if (roleEnd > 0 && roleEnd < words.length - 1 && /^\p{Lu}/u.test(words[0]!) && (isPersonNoun(words[roleEnd]!) || TITLES.has(words[roleEnd]!))) {
    const named = personFromRun(words.slice(roleEnd + 1));
    if (named !== null && named.type === 'person') return { at, mention: { ...named, role: named.role ?? words.slice(0, roleEnd + 1).join(' ') }, cue: m[2]! };
  }
  // ("Her husband": a determiner opening the sentence is capitalised too.)
  const person = /^\p{Lu}/u.test(words[0]!) && !/^(?:his|her|their|the|a|an|one)$/i.test(words[0]!) ? personFromRun(words) : null;
  const head = words[words.length - 1]!.toLowerCase();
  if (person !== null) return { at, mention: person, cue: m[2]! };
  if (!/^(?:his|her|their|the|a|an|one)$/i.test(words[0]!) || words.length < 2) return null;
  // "her husband", "the moderator", "one voter": a described person or a group.
  if (!/^[a-z-]+$/.test(head)) return null;
  return { at, mention: { type: 'group', name: m[1]!, role: null, via: null }, cue: m[2]! };
}

