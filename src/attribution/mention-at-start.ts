// The source at the start of a stretch of text: the words right after an inverted cue ("said Peter DeBoer, the
// team's coach", "said a spokesman for the campaign", "…, say analysts").

import { DEMONYM, GROUP_NOUNS, INSTITUTIONS, isOccupation, NOT_NAMES, PARTY_MEMBER, PERSON_NOUNS, PRONOUNS, ROLE_NOUNS, TITLES } from './lexicon.js';
import type { Mention } from './mention.js';
import { CONNECTOR, COURTESY, isCap, key, personFromRun, tokens } from './names.js';
import { SOURCE_PHRASE } from './source-phrase.js';
import { namedAtEnd } from './named-person.js';
import { rule } from './plain-twins.js';

/** A phrase that ends in a capitalised name, then a time or place after it: "coach Sean Dyche after the match". */
const NAME_THEN_ADVERBIAL = rule('u')`^(\s*(?:\S+\s+){0,6}?\p{Lu}[\p{L}'’-]+)\s+(?:after|before|during|following|outside|at|on|in|from)\s+(?:the|a|an|his|her|their|its|\p{Lu}|\d)`;
/** A phrase that ends in a capitalised name, then a conjunction opening a clause: "Starmer as the campaign began". */
const NAME_THEN_CLAUSE = rule('u')`^(\s*(?:\S+\s+){0,6}?\p{Lu}[\p{L}'’-]+)\s+(?:as|while|when|whilst|because|since|until|amid|despite|before|after)\s`;
/** A phrase, then where the words were said or posted: "the coach on Twitter", "a spokesman in a statement". */
const PHRASE_THEN_MEDIUM = rule('u')`^(\s*(?:\S+\s+){0,6}?\S*\p{L})\s+(?:on|in|via|during)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:Twitter|X|Facebook|Instagram|TikTok|Telegram|YouTube|Threads|Bluesky|LinkedIn|Truth Social|social media|television|TV|radio|statement|interview|post|tweet|video|speech|podcast|briefing|news conference|press conference)\b`;
/** After a role phrase: a comma, maybe an occupation in lower case, and a capitalised name ending the phrase. */
const ROLE_THEN_NAME = rule('u')`^,\s+((?:\p{Ll}+\s+){0,2})?((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?=\s*(?:[,.;!?"”]|$))`;

/** "the team’s coach", "Clinton’s introducer", "a spokesman": words describing a person, ending in a lower-case noun. */
function isRolePhrase(toks: readonly string[]): boolean {
  const last = toks[toks.length - 1]!;
  const head = key(last);
  // "the Work and Pensions Secretary", "the Chief Constable": an office, capitalised, after a determiner.
  if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(last))
    return toks.length <= 7 && toks.length >= 2 && /^(?:the|its|their|his|her)$/i.test(toks[0]!) && TITLES.has(head) && !COURTESY.test(head);
  if (toks.length > 5 || !/^\p{Ll}+$/u.test(last)) return false;
  return ROLE_NOUNS.has(head) || isOccupation(head) || TITLES.has(head) || PERSON_NOUNS.has(head) || (toks.length >= 2 && /['’]s$/.test(toks[toks.length - 2]!));
}

/** The source that starts `text` (the words right after an inverted cue: "said Peter DeBoer, the coach"). */
export function mentionAtStart(text: string): { mention: Mention; length: number } | null {
  const whole = SOURCE_PHRASE.exec(text);
  if (whole === null) return null;
  // "admitted coach Sean Dyche after the match": the phrase ends with the name, before a phrase of time or place
  // ("said Starmer as the campaign began", "while campaigning in Leeds": or a clause of its own).
  // ("posted the team on Instagram", "said the coach on Twitter": or before the medium the words went out in.)
  const cut = NAME_THEN_ADVERBIAL.exec(whole[1]!) ?? NAME_THEN_CLAUSE.exec(whole[1]!) ?? PHRASE_THEN_MEDIUM.exec(whole[1]!);
  // m[0]: what the source takes of `text` (leading space included); m[1]: the phrase.
  const m: readonly [string, string] = cut === null ? [whole[0], whole[1]!] : [whole[0].slice(0, whole[0].length - whole[1]!.length) + cut[1]!, cut[1]!];
  // ("said two officials who were not authorized to discuss the talks", "said Dan Cole who led the city": the
  // source is what the relative clause describes.)
  const who = m[1].indexOf(' who ');
  if (who > 0) {
    const head = mentionAtStart(m[1].slice(0, who));
    // (A group keeps it: "Republicans who critiqued the speech" are not all Republicans.)
    if (head !== null) return { mention: head.mention.type === 'group' ? { ...head.mention, name: m[1].trim() } : head.mention, length: m[0].length };
  }
  const toks = tokens(m[1]);
  if (toks.length === 0) return null;
  const first = toks[0]!;
  if (PRONOUNS.has(first.toLowerCase()) && toks.length === 1) return { mention: { type: 'pronoun', pronoun: first, via: null }, length: m[0].length };
  // ("“…,” said one, who did not want to be named.": one of the people just named, as "one said" is.)
  if (toks.length === 1 && /^(?:one|another)$/i.test(first)) return { mention: { type: 'group', name: first, role: null, via: null }, length: m[0].length };
  // "said the team’s coach, Peter DeBoer", "exhorted Clinton’s introducer, actress Jamie Lee Curtis": a role,
  // then the name set off by a comma.
  const named = ROLE_THEN_NAME.exec(text.slice(m[0].length));
  if (named !== null && isRolePhrase(toks)) {
    const nameToks = tokens(named[2]!);
    const person = personFromRun(nameToks);
    if (person !== null && person.type === 'person') {
      // ("said the new archbishop, the Rt Rev Sarah Mullally": an article before the name is no role.)
      // ("said the Health Secretary, Liz Kendall": an office is her role as "Health Secretary Liz Kendall" gives it.)
      const office = /^\p{Lu}/u.test(toks[toks.length - 1]!) ? m[1].trim().replace(/^the\s+/i, '') : m[1].trim();
      const role = [office, named[1]?.trim().replace(/^(?:the|a|an)$/i, '')].filter(Boolean).join(', ');
      return { mention: { ...person, role }, length: m[0].length + named[0].length };
    }
  }
  // "said lead researcher Dr Emma Wilson of the University of Bristol": the person before "of", with the role
  // before the name and what they belong to after it.
  const ofAt = toks.indexOf('of');
  if (ofAt > 1 && isCap(toks[ofAt - 1]!) && !toks.slice(0, ofAt).every(isCap)) {
    const head = mentionAtStart(toks.slice(0, ofAt).join(' '));
    if (head !== null && head.mention.type === 'person') {
      const affiliation = toks.slice(ofAt).join(' ');
      // (A courtesy title is no part of the role: "lead researcher of the University of Bristol".)
      const role = [head.mention.role?.replace(/\s*\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?$/, ''), affiliation].filter(Boolean).join(' ');
      return { mention: { ...head.mention, role }, length: m[0].length };
    }
  }
  // The name is the capitalised run that ends the phrase; lower-case words before it describe the person
  // ("said former secretary of state Hillary Clinton").
  // "says Cara Diemont of IT firm Dimension Data": a name, then "of" and what the person belongs to.
  const of = toks.indexOf('of');
  if (of > 0 && toks.slice(0, of).every(isCap)) {
    const person = personFromRun(toks);
    if (person !== null && person.type === 'person') return { mention: person, length: m[0].length };
  }
  let i = toks.length;
  // ("the Center for Responsive Politics": "for" after an institution's noun is inside its name.)
  const inName = (k: number) => (CONNECTOR.test(toks[k]!) || (toks[k] === 'for' && INSTITUTIONS.has(key(toks[k - 1]!)))) && isCap(toks[k - 1]!);
  while (i > 0 && (isCap(toks[i - 1]!) || (i < toks.length && i - 1 > 0 && inName(i - 1)))) i--;
  if (i < toks.length && i <= 6 && toks.slice(0, i).every((t) => /^[\p{Ll}\p{Lu}][\p{L}'’.-]*$/u.test(t))) {
    const lead = toks.slice(0, i);
    const person = personFromRun(toks.slice(i));
    // ("said a retired teacher named Linda Park": the description is her role; "a woman named …" gives none.)
    const named = person?.type === 'person' ? namedAtEnd(toks.join(' ')) : null;
    if (named !== null && person?.type === 'person' && named.person.type === 'person' && named.person.name === person.name) return { mention: { ...named.person, role: named.role }, length: m[0].length };
    // "said a spokeswoman for the British Transport Police": the whole phrase is the (unnamed) source.
    // ("according to figures from the Office for National Statistics": a document's or figures' phrase too.)
    // ("according to exit polls conducted by Edison Research": a group's or a document's noun, then a preposition.)
    const groupThenPreposition = lead.findIndex((t) => GROUP_NOUNS.has(key(t))) >= 0 && lead.findIndex((t, k) => k > lead.findIndex((u) => GROUP_NOUNS.has(key(u))) && /^(?:from|of|by|at|for|with)$/.test(t)) >= 0;
    if (person !== null && lead.length > 0 && (/^(?:the|a|an|his|her|their|its|one)$/i.test(lead[0]!) || groupThenPreposition) && lead.some((t) => GROUP_NOUNS.has(key(t))))
      return { mention: { type: 'group', name: toks.join(' '), role: null, via: null }, length: m[0].length };
    // "told the Dutchman", "said the Briton": a nationality after "the" describes a person; it is no name.
    if (person !== null && person.type === 'person' && lead.length === 1 && /^the$/i.test(lead[0]!) && DEMONYM.test(person.name) && person.title === null)
      return { mention: { type: 'group', name: toks.join(' '), role: null, via: null }, length: m[0].length };
    // ("said one Ohio Republican", "said a Texas Democrat": one unnamed member of a party, no name.)
    if (person !== null && lead.length === 1 && /^(?:a|an|one|another)$/i.test(lead[0]!) && toks.length <= 3 && PARTY_MEMBER.test(toks[toks.length - 1]!))
      return { mention: { type: 'group', name: toks.join(' '), role: null, via: null }, length: m[0].length };
    // ("said the President": an office with no name, one person described.)
    if (person !== null && person.type === 'person' && lead.length === 1 && /^the$/i.test(lead[0]!) && toks.slice(1).every((t) => TITLES.has(key(t))))
      return { mention: { type: 'group', name: toks.join(' '), role: null, via: null }, length: m[0].length };
    if (person !== null && !(lead.length > 0 && /^(?:the|a|an|his|her|their|its)$/i.test(lead[0]!) && person.type !== 'person')) {
      if (person.type === 'person' && lead.length > 0 && person.role === null) {
        // ("said the Health Secretary Ann Hale": her office, as "Health Secretary Ann Hale" gives it.)
        const words = person.title !== null && /^the$/i.test(lead[0]!) ? lead.slice(1) : lead;
        // ("said lead researcher Dr Hannah Lee": a courtesy title is no part of it.)
        const role = [...words, ...(person.title === null || COURTESY.test(person.title) ? [] : [person.title])].join(' ');
        return { mention: { ...person, role }, length: m[0].length };
      }
      return { mention: person, length: m[0].length };
    }
  }
  // "said the report", "said a spokesman for the campaign", "said the mayor"
  // ("said two officials", "said several people close to her": a number of them; "said one Republican strategist
  // close to the campaign": with up to eight words.)
  if (/^(?:the|a|an|his|her|their|its|one|another|two|three|four|five|six|seven|eight|nine|ten|several|some|many|other|\d+)$/i.test(toks[0]!) && toks.length <= 8) {
    // "said one resident": a singular of a group noun ("residents") names one of the group.
    // ("said the company", "said the club": or an institution's.)
    const head = toks.findIndex((t, k) => k > 0 && (GROUP_NOUNS.has(key(t)) || ROLE_NOUNS.has(key(t)) || PERSON_NOUNS.has(key(t)) || GROUP_NOUNS.has(key(t) + 's') || INSTITUTIONS.has(key(t))));
    if (head > 0) return { mention: { type: 'group', name: toks.join(' '), role: null, via: null }, length: m[0].length };
  }
  // Headlines drop the article: "…, says US official", "…, say analysts".
  if (toks.length <= 3 && GROUP_NOUNS.has(key(toks[toks.length - 1]!)) && toks.every((t) => !NOT_NAMES.has(key(t))))
    return { mention: { type: 'group', name: toks.join(' '), role: null, via: null }, length: m[0].length };
  return null;
}
