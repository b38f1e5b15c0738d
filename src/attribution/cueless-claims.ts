// Claims with no verb of saying: a transcript or headline label ("CLINTON: …"), a statement named by a noun
// after its owner ("her pledge to …"), a view opening the sentence ("In his view, …") and a poll as the
// source of its sentence ("in the latest polls, …").

import { trimRange, wordCount, type Claim } from './claim.js';
import { contentEnd } from './content-end.js';
import type { Mention } from './mention.js';
import { personFromRun, sourceAtEnd } from './names.js';
import { looseSource } from './loose-source.js';
import { isGivenName } from './given-names.js';
import { DEMONYM, isPersonNoun, isPluralSourceNoun, NOT_NAMES, PLACES, TITLES } from './lexicon.js';
import { MASK, type Sentence } from './sentences.js';
import { rule } from './plain-twins.js';

const LABEL = rule('u')`^[\s"“]*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*):\s+`;

/**
 * Words a speaker's name does not have but a Title Case headline's phrase does ("Big Win For Bernie: …",
 * "Right After This Senator Endorsed Him: …"): prepositions, conjunctions, verbs, demonstratives; and the
 * labels of a page's furniture ("NOTES:", "UP NEXT:", "EDITOR'S NOTE:").
 */
const NOT_IN_A_NAME = /^(?:for|after|before|with|from|into|about|against|amid|is|are|was|were|has|have|had|says|said|added|adds|wrote|writes|asked|asks|explained|explains|how|why|what|when|where|this|these|those|and|or|but|if|notes?|update|correction|injuries|next|related|watch|more|breaking|exclusive|analysis|opinion|advertisement|editor['’]?s?|photo|video|read|key|facts?|timeline|background)$/i;

const LOWER_LETTER = rule('u')`\p{Ll}`;
const NOT_LETTERS = rule('gu')`[^\p{L}]`;

/** What an explainer's headline asks after its label: "what …", "how …", "why …". */
const EXPLAINER = /^\s*(?:what|how|why|when|where|who|which|whether|is|are|can|will|should|does|do)\b/i;

/** "BOULDUAN: Why not debate?", "Trump: ‘We will win.’": a transcript or headline label before what was said. */
export function labelledSpeech(text: string, masked: string, s: Sentence): Claim | null {
  const m = LABEL.exec(masked.slice(s.start, s.end));
  if (m === null) return null;
  const all = m[1]!.split(/\s+/);
  // ("CNN President On Trump: ‘We Do Not Pay …’": a headline's speaker, then what they spoke on.)
  const on = all.indexOf('On');
  const words = on > 0 && /^[\s"“'‘]*\u2592|^["“'‘]/u.test(masked.slice(s.start + m[0].length, s.end)) ? all.slice(0, on) : all;
  const allCaps = words.every((w) => !LOWER_LETTER.test(w)) && m[1]!.replace(NOT_LETTERS, '').length >= 3;
  const quoted = /^[\s"“'‘]*\u2592|^["“'‘]/u.test(masked.slice(s.start + m[0].length, s.end));
  // ("Clinton: Trump's view of the world is 'dangerously wrong'": one name before words quoted within what
  // follows; not a place, "Ukraine: …", nor an explainer's question, "Brexit: what 'no deal' would mean".)
  const rest = masked.slice(s.start + m[0].length, s.end);
  const quotedWithin = words.length === 1 && !quoted && rest.includes(MASK) && !EXPLAINER.test(rest) && !PLACES.has(words[0]!.toLowerCase()) && !NOT_NAMES.has(words[0]!.toLowerCase());
  if (words.length < 2 && !allCaps && !quoted && !quotedWithin) return null;
  // "Cool the rhetoric: …" is a heading in the imperative; a name's words are all capitalised.
  if (!allCaps && words.some((w) => /^\p{Ll}/u.test(w) && !/^(?:de|da|van|von|der|bin|al|la|le)$/.test(w))) return null;
  if (words.some((w) => NOT_IN_A_NAME.test(w))) return null;
  // ("News Guide: Donors flocked …", "New Poll: Large Gap …": a headline's kicker; a name in title case before
  // a colon with no quotation after it starts with a given name or a title.)
  if (!allCaps && !quoted && !quotedWithin && !isGivenName(words[0]!) && !TITLES.has(words[0]!.toLowerCase().replace(/\.$/, ''))) return null;
  const person = personFromRun(words.map((w) => (allCaps ? w.charAt(0) + w.slice(1).toLowerCase() : w)));
  if (person === null || person.type !== 'person') return null;
  // A label that opens the paragraph speaks for all of it, as in a transcript; one name before a quotation
  // within, for its clause ("…; In speech to AIPAC, she attacks …" is another's).
  const end = quotedWithin ? contentEnd(masked, s.start + m[0].length, s.end) : masked.slice(0, s.start).trim() === '' ? text.length : s.end;
  const [a, b] = trimRange(text, s.start + m[0].length, end);
  if (b - a < 2) return null;
  return { mention: person, cue: ':', cueStart: s.start + m[0].length - 2, contentStart: a, contentEnd: b };
}

/**
 * "‘We will not be bullied’: Ireland's foreign minister on trade", "'It's a disaster': farmers on the drought":
 * a headline's quotation first, then who said it (and what about). The whole sentence, nothing after it.
 */
const QUOTE_THEN_LABEL = rule('u')`^\s*(["“'‘]\u2592[\u2592\s]*["”'’])\s*:\s+((?:[\p{L}\p{N}’'.&-]+\s+){0,5}?[\p{L}\p{N}’'.&-]+)(?:\s+on\s+[^\u2592]*)?\s*$`;

export function quotationThenSpeaker(text: string, masked: string, s: Sentence): Claim | null {
  const m = QUOTE_THEN_LABEL.exec(masked.slice(s.start, s.end));
  if (m === null || m[2]!.split(/\s+/).some((w) => NOT_IN_A_NAME.test(w))) return null;
  const source = sourceAtEnd(m[2]!) ?? looseSource(m[2]!);
  if (source === null || source.mention.type === 'pronoun') return null;
  // (A person, or people: "The week ahead", "A review" are a page's own labels.)
  const head = m[2]!.split(/\s+/).pop()!;
  if (source.mention.type === 'group' && !isPersonNoun(head.toLowerCase()) && !isPluralSourceNoun(head.toLowerCase()) && !DEMONYM.test(head)) return null;
  const at = s.start + m[0].indexOf(m[1]!);
  const [a, b] = trimRange(text, at, at + m[1]!.length);
  return b - a < 2 ? null : { mention: source.mention, cue: ':', cueStart: s.start + m[0].indexOf(':'), contentStart: a, contentEnd: b };
}

/** "“We're done,” came the reply from the union.": a quotation, then the reply it was and whose. */
const QUOTE_THEN_REPLY = rule('u')`^\s*(["“'‘]\u2592[\u2592\s]*["”'’])\s*,?\s+((?:came|was)\s+the\s+(?:swift\s+|curt\s+|blunt\s+|terse\s+)?(?:reply|response|answer|retort|verdict|message|warning))\s+(?:from|of)\s+([^,;:\u2592]{2,80}?)[.!]?\s*$`;

export function quotationThenReply(text: string, masked: string, s: Sentence): Claim | null {
  const m = QUOTE_THEN_REPLY.exec(masked.slice(s.start, s.end));
  if (m === null) return null;
  const source = sourceAtEnd(m[3]!) ?? looseSource(m[3]!);
  if (source === null || source.mention.type === 'pronoun') return null;
  const at = s.start + m[0].indexOf(m[1]!);
  const [a, b] = trimRange(text, at, at + m[1]!.length);
  return b - a < 2 ? null : { mention: source.mention, cue: text.slice(s.start + m[0].indexOf(m[2]!), s.start + m[0].indexOf(m[2]!) + m[2]!.length), cueStart: s.start + m[0].indexOf(m[2]!), contentStart: a, contentEnd: b };
}

/** "That was the message from X.", "This is the verdict of Y.": pointing back at the sentence before. */
const BACK_TO_MESSAGE = rule('u')`^\s*(?:That|This|Such)\s+(?:was|is)\s+the\s+((?:\p{Ll}+\s+)?(?:message|verdict|view|warning|assessment|argument|reply|response))\s+(?:from|of)\s+([^,;:\u2592]{2,80}?)[.!]?\s*$`;

const WHEN_OR_WHERE = /\s+(?:on\s+[A-Z][a-z]+day|yesterday|today|tonight|last\s+\w+|this\s+\w+|earlier\s+\w+|at\s+(?:a|an|the|his|her|their)\s.+|in\s+(?:a|an|his|her|their)\s.+)$/;
/** "“We have to act now.” That was the message from the mayor.": the sentence before, in this paragraph, is what they said. */
export function messageBefore(text: string, masked: string, s: Sentence): Claim | null {
  if (s.start === 0) return null;
  const m = BACK_TO_MESSAGE.exec(masked.slice(s.start, s.end));
  if (m === null) return null;
  // ("from the mayor on Monday", "from ministers at a briefing": when or where it came is no part of who.)
  const who = m[2]!.replace(WHEN_OR_WHERE, '');
  const source = sourceAtEnd(who) ?? looseSource(who);
  if (source === null || source.mention.type === 'pronoun') return null;
  const prev = masked.slice(0, s.start).trimEnd();
  const from = Math.max(prev.lastIndexOf('. ', prev.length - 2), prev.lastIndexOf('? ', prev.length - 2), prev.lastIndexOf('! ', prev.length - 2), prev.lastIndexOf('” ', prev.length - 3)) + 1;
  const [a, b] = trimRange(text, from, prev.length);
  if (wordCount(text.slice(a, b)) === 0) return null;
  return { mention: source.mention, cue: m[1]!, cueStart: s.start + m[0].indexOf(m[1]!), contentStart: a, contentEnd: b };
}

const NOMINAL = rule('gu')`(?<![\p{L}])((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:\p{Ll}+(?:ly)?\s+){0,2})(assertions?|claims?|pledges?|promises?|proposals?|calls?|vows?|warnings?|suggestions?|criticism|refusal|insistence|argument|belief|view|contention|accusations?|denials?|comments?|remarks?|statements?|attacks?|endorsements?|admissions?|predictions?|threats?|allegations?|assurances?|complaints?|boasts?)\s+(that|to|for|of|on|against)\s+`;

/** How many statements named by a noun one sentence can hold, and how long what each names can be. */
const MAX_NOMINALS = 8;
const MAX_NOMINAL_CONTENT = 600;

/** Prepositions that open a sentence's opening phrase. */
const OPENING_PREPOSITIONS = 'Amid|Despite|After|Before|Since|With|Following|Given|Over|In|Against|Under|Without';
/** A preposition opening the sentence, taken into a nominal's owner by its capital: "Amid Trump's". */
const OPENING_PREPOSITION = new RegExp(`^(?:${OPENING_PREPOSITIONS})\\s+`);
/** The same before a lower-case owner: "Despite his". */
const OPENING_PREPOSITION_BEFORE = new RegExp(`^[\\s"“]*(?:${OPENING_PREPOSITIONS})\\s+$`);
/** What may stand before a nominal that is its sentence's subject: nothing, a conjunction or a subordinator. */
const SUBJECT_LEAD = /^[\s"“]*(?:(?:and|but|yet|so|while|whereas|although|though|as|since|because|if|when|once|after|before|until|unless)\s+)?$/i;
/**
 * The end of a nominal subject's complement: a dash, an auxiliary, a modal or a form of "be" ("refusal to stand
 * with justice is …"), or a lower-case word after a quotation, which closes a noun phrase (group 1; an
 * infinitive's goes on: "pledge to be "neutral" during the talks").
 */
const VERB_AFTER_SUBJECT = /(\u2592["”’']*)\s+\p{Ll}|\s+[-—–]+\s|\s(?:is|was|are|were|has|have|had|will|would|could|can|may|might|must|should|shall|did|does|do|remains|remained|seems|seemed)\s/u;

/** A subject pronoun: a clause of its own inside a nominal subject's words. */
const SUBJECT_PRONOUN = /\b(?:he|she|they|it|we|I|you)\b/;

/** "Trump's controversial pledge to be neutral", "her assertion that …": a statement named by a noun. */
export function nominalClaims(text: string, masked: string, s: Sentence): Claim[] {
  const out: Claim[] = [];
  const sentence = masked.slice(s.start, s.end);
  NOMINAL.lastIndex = 0;
  // (Each is read up to the end of what it names, so a sentence of thousands in hostile input would cost the
  // square of its length: a few per sentence, and a few hundred characters each, are all that news writes.)
  let found = 0;
  for (let m = NOMINAL.exec(sentence); m !== null && found < MAX_NOMINALS; m = NOMINAL.exec(sentence), found++) {
    // ("Amid Trump's prediction that …, the peso fell": an opening preposition is no part of the owner, and what
    // was said ends with the opening phrase; "Despite his admission …, Lee kept his job": a pronoun there looks
    // ahead, to a subject not yet named.)
    const opening = OPENING_PREPOSITION.exec(m[1]!);
    const owner = opening === null ? m[1]! : m[1]!.slice(opening[0].length);
    const adjunct = opening !== null ? m.index === 0 || /^[\s"“]*$/.test(sentence.slice(0, m.index)) : OPENING_PREPOSITION_BEFORE.test(sentence.slice(0, m.index));
    if (adjunct && /^(?:his|her|their)$/i.test(owner)) continue;
    const mention: Mention | null = /^(?:his|her|their)$/i.test(owner)
      ? { type: 'pronoun', pronoun: owner.toLowerCase() === 'his' ? 'he' : owner.toLowerCase() === 'her' ? 'she' : 'they', via: null }
      : personFromRun(owner.replace(/['’]s?$/, '').split(/\s+/));
    if (mention === null) continue;
    // "her pledge to cut fares" is a statement; "China's claims to the sea" names a possession.
    if (m[3] === 'to' && /^(?:the|a|an|his|her|its|their|this|that|these|those)\s|^\p{Lu}/u.test(sentence.slice(m.index + m[0].length))) continue;
    const from = s.start + m.index + m[0].length - (m[3] === 'to' ? 3 : 0);
    const limit = Math.min(s.end, from + MAX_NOMINAL_CONTENT);
    let end = contentEnd(masked, from, limit);
    if (end === limit && limit < s.end) continue;
    if (adjunct) {
      const comma = masked.indexOf(', ', from);
      if (comma < 0 || comma > end) continue;
      end = comma;
    }
    // ("While Sanders's call for a "revolution" draws thousands, …": the nominal is the subject, and what was
    // called for ends where the sentence's verb begins; when that verb cannot be found, nothing is claimed.)
    if (m[3] !== 'that' && SUBJECT_LEAD.test(sentence.slice(0, m.index))) {
      const verb = VERB_AFTER_SUBJECT.exec(masked.slice(from, end));
      if (verb === null || (m[3] === 'to' && verb[1] !== undefined)) continue;
      // ("Clinton's attack on Trump indicates she is …": an auxiliary after a subject pronoun is another clause's.)
      if (SUBJECT_PRONOUN.test(masked.slice(from, from + verb.index))) continue;
      end = from + verb.index + (verb[1]?.length ?? 0);
    }
    const [a, b] = trimRange(text, from, end);
    if (b - a < 2 || wordCount(text.slice(a, b)) < 2) continue;
    out.push({ mention, cue: m[2]!, cueStart: s.start + m.index, contentStart: a, contentEnd: b });
  }
  return out;
}

// ("In a survey published by NBC News, …", "in a poll released Sunday": who published it, or when, is part of
// the poll's phrase, not of what it found.)
const IN_POLLS = rule('u')`(?:^|\s)[Ii]n\s+((?:(?!in\s)[\p{L}\p{N}’'/-]+\s+){0,7}?(?:polls?|surveys?)(?:\s+(?:published|released|conducted|commissioned|carried out|taken)\s+(?:by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&/’'-]*\s?){1,4}|(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|yesterday|today)\b))?)\b,?`;

/** A verb of saying right before the poll's "in": the poll is where it was said. */
const SAID_BEFORE = /\b(?:said|says|say|wrote|writes|reported|reports|stated|states|noted|notes|warned|warns|added|adds|argued|argues|told\s+\S+)\s*$/;
/** The last comma and word that open a clause of their own: ", where ", ", while ". */
const CLAUSE_OPENING = /^.*,\s+(?:where|when|while|whereas|although|though|because|since)\s+/s;

/** "Sanders has led Clinton in every statewide poll", "In the latest polls, he trails": the poll is the source. */
export function pollClaim(text: string, masked: string, s: Sentence): Claim | null {
  const sentence = masked.slice(s.start, s.end);
  const m = IN_POLLS.exec(sentence);
  if (m === null || sentence.includes(MASK)) return null;
  // ("The British Chambers of Commerce said in a survey published last week that …": where a source said it.)
  if (SAID_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) return null;
  const at = s.start + m.index;
  // ("That didn't happen in Iowa, where the mogul led in the dozen statewide surveys": what the polls found is
  // the clause they stand in.)
  const clause = CLAUSE_OPENING.exec(sentence.slice(0, m.index));
  const [a, b] = trimRange(text, clause === null ? s.start : s.start + clause.index + clause[0].length, at);
  const [c, d] = trimRange(text, at + m[0].length, s.end);
  if (wordCount(text.slice(a, b)) + wordCount(text.slice(c, d)) < 2) return null;
  const name = m[1]!.replace(/\s+/g, ' ');
  // "in the polls" is how a candidate stands, generically ("single digits in the polls"), not a source.
  if (/^the (?:polls|surveys)$/i.test(name)) return null;
  const mention: Mention = { type: 'group', name, role: null, via: null };
  // The content runs on both sides of the poll phrase; one side may be empty.
  if (b - a < 2) return { mention, cue: 'in', cueStart: at, contentStart: c, contentEnd: d };
  if (d - c < 2) return { mention, cue: 'in', cueStart: at, contentStart: a, contentEnd: b };
  return { mention, cue: 'in', cueStart: at, contentStart: a, contentEnd: b, extra: [c, d] };
}

/** "In his view,", "In Ms Lee's opinion,": an owner's view opening the sentence, then the view. */
const IN_VIEW = rule('u')`^[\s"“]*In\s+(his|her|their|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s?)\s+(?:own\s+)?(view|opinion|estimation|judge?ment|assessment|words),\s+`;

/** "Patel’s view is that", "His argument was that": an owner's view opening the sentence, then "is that". */
const VIEW_IS = rule('u')`^[\s"“]*(His|Her|Their|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s?)\s+(?:own\s+)?(view|position|argument|belief|contention|conclusion|verdict|message|advice|hope|fear|worry|concern)\s+(?:is|was|remains)\s+that\s+`;

/** "In his view, the party has lost its way", "Patel’s view is that …": the owner of the view holds what follows. */
export function viewClaim(text: string, masked: string, s: Sentence): Claim | null {
  const head = masked.slice(s.start, s.start + 1);
  const m = head === 'I' || /^\s/.test(head) ? IN_VIEW.exec(masked.slice(s.start, s.end)) : null;
  const is = m === null && /^[\s"“A-Z]/.test(head) && masked.slice(s.start, s.end).includes(' that ') ? VIEW_IS.exec(masked.slice(s.start, s.end)) : null;
  return m !== null ? ownersView(text, s, m) : is !== null ? ownersView(text, s, is) : null;
}

/** The claim of a view's owner (m[1]) whose content follows the match. */
function ownersView(text: string, s: Sentence, m: RegExpExecArray): Claim | null {
  const owner = m[1]!;
  const mention: Mention | null = /^(?:his|her|their)$/i.test(owner)
    ? { type: 'pronoun', pronoun: /^his$/i.test(owner) ? 'he' : /^her$/i.test(owner) ? 'she' : 'they', via: null }
    : personFromRun(owner.replace(/['’]s?$/, '').split(/\s+/));
  if (mention === null) return null;
  const [a, b] = trimRange(text, s.start + m[0].length, s.end);
  if (wordCount(text.slice(a, b)) < 2) return null;
  return { mention, cue: m[2]!, cueStart: s.start + m[0].lastIndexOf(m[2]!), contentStart: a, contentEnd: b };
}
