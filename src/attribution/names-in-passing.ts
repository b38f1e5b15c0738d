// People a sentence names without attributing anything to them, so that a later "She argued …" can refer to
// them. Only unambiguous forms: a courtesy or professional title before the name ("Dr. Ruth Kim", "Sen. Dowd"),
// a name followed by a describing appositive ("Ruth Kim, a chemist,"), a known given name and a surname
// ("Tom Hart"), or a name set off after a relation ("his wife, Grace,"). Place names ("South Africa") have
// none of them.

import { isGivenName } from './given-names.js';
import { INSTITUTIONS, isPersonNoun, NAME_DESCRIPTORS, NOT_NAMES, ROLE_WORDS, TITLES } from './lexicon.js';
import { mentionAtEnd, personFromRun } from './names.js';
import { rule } from './plain-twins.js';
import { DATELINE } from './dateline.js';

/**
 * A name's word after its first: capitalised ("McGrady", "O’Brien"), or a surname with its particle joined by
 * a hyphen ("Abdel Fattah el-Sisi", "Hamid al-Bayati"), whose lower-case start would otherwise end the name
 * and pass for the verb after it.
 */
const LATER_NAME_WORD = String.raw`(?:(?:al|el|bin|ibn|abu|de|da|di|du|le|la|van|von)-)?\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?`;

// Abbreviated titles before one or more name words; spelt-out titles, which also begin other phrases
// ("General Election", "President's Day"), only before two.
const TITLED = rule('gu')`(?<![\p{L}])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Adm|Prof|Rev|Supt|Insp|Sgt|Cllr|DCI|DI|DS|PC)\.?\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}’'-]+|(?:Professor|Senator|Governor|President|Judge|Justice|Mayor|Minister|Secretary|Admiral|General|Reverend|Chancellor|Ambassador|Commissioner|Sheriff|Premier|Representative|Congressman|Congresswoman|Councillor|Councilman|Councilwoman|Commander|Colonel|Captain|Detective|Inspector|Archbishop|Bishop|Cardinal|Rabbi|Imam|Pastor|Coach|Leader|Speaker|Whip|Chairman|Chairwoman|Director)\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}’'-]+(?=\s+\p{Lu}))(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+)){0,3}`;
const WITH_APPOSITIVE = rule('gu')`(?<![\p{L}])\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}’'-]+(?=,\s+(?:a|an|the)\s+\p{Ll})`;
/** What must follow a WITH_APPOSITIVE match (its lookahead), found anywhere. */
const APPOSITIVE_AFTER = rule('u')`,\s+(?:a|an|the)\s+\p{Ll}`;

/**
 * A sentence that opens with a two- or three-word name (maybe after a conjunction) and a lower-case verb or an
 * appositive: "Tom Hale spoke first.", "But Elspeth Macdonald, of the federation, struck a more positive note."
 */
const OPENING_NAME = rule('u')`^[\s"“‘']*(?:(?:But|And|Yet|So|Still)\s+)?(\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?(?:\s+\p{Lu}\.)?(?:\s+${LATER_NAME_WORD}){1,2})(?:\s+\p{Ll}|,\s+(?:\d|an?\s|the\s|who\s|of\s))`;
/** After a name-like run: a plural noun, then an auxiliary ("… staffers have been", "… voters are"). */
const MODIFIED_PLURAL = /^[\s"”’']*[a-z]+[^s\s]s\s+(?:have|has|had|are|were|will|would|can|could|may|might|must|should|do|did)\b/;
/**
 * "One California delegate", "Some Republican leaders", "The Federal Reserve left …": a determiner, so the
 * capitalised words modify a noun or name an institution, not a person.
 */
const DETERMINER_FIRST = /^[\s"“‘']*(?:The|A|An|This|That|These|Those|Its|Their|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Most|Several|Few|Both|All|Each|Every|Another|Other|Any|No)\s/;
/**
 * Two or three capitalised words anywhere ("… colleague Tom Hart agreed"): a person when the first is a known
 * given name. (A word may have a capital inside: "McGrady", "DeWine", "O’Brien". An owner is no first word:
 * "Russia's Daria Kasatkina" starts at "Daria".)
 */
const NAME_RUN = rule('gu')`(?<![\p{L}’'-])\p{Lu}(?![\p{Ll}-]*['’]s\s)[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?(?:\s+\p{Lu}\.)?(?:\s+${LATER_NAME_WORD}){1,2}`;
/** Two capitalised words joined by "and", then a third: "John and Mary Okafor". */
const COUPLE = rule('gu')`(?<![\p{L}’'-])(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?)`;
/** One capitalised word ending the text, not after another: the "Garcia" of "Garcia, the grocery store worker". */
const SURNAME_AT_END = rule('u')`(?:^|[^\p{L}’'-])(?<!\p{Lu}[\p{L}’'-]*\s)(\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?)$`;
/**
 * An appositive set off by commas right after a name (maybe after an age), ending in a noun for a person and
 * where they are: ", the EU's competition chief,", ", the mayor,", ", 45, a nurse at St Mary's," (or ", the mayor of
 * Leeds." at the sentence's end).
 */
const ROLE_APPOSITIVE = /^,\s+(?:\d{1,3},\s+)?((?:a|an|the)\s+[^,;:\u2592"“”]{0,60}?\b(?:chief|head|leader|director|minister|secretary|president|chair|chairman|chairwoman|spokesman|spokeswoman|spokesperson|executive|founder|boss|manager|coach|analyst|economist|professor|lawyer|adviser|advisor|official|aide|editor|governor|mayor|senator|commissioner|ambassador|miner|teacher|nurse|doctor|farmer|resident|owner|worker|researcher|scientist|expert|author|writer|activist|campaigner|candidate|lawmaker|MP|member)(?:\s+(?:of|at|for|in)\s+[^,;:\u2592"“”]{1,50}?)?)(?:\s*,|[.!?]?["”’]?\s*$)/;
/** A describing appositive's start, after its comma. */
const APPOSITIVE_START = rule('u')`^(?:a|an|the)\s+\p{Ll}`;
/** "Mr. Okafor’s wife, Grace,": a name set off by commas after a relation or a role noun. */
const NAMED_RELATION = rule('gu')`\b(?:wife|husband|son|daughter|mother|father|brother|sister|partner|widow|widower|friend|colleague|lawyer|spokesman|spokeswoman|aide)\s*,\s+(\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?(?:\s+\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?)?)\s*,`;
/** A relation, then one capitalised word and no other after it: "her husband Carlos", "their son Tom". */
const RELATION_GIVEN_NAME = rule('gu')`\b(?:his|her|their)\s+(?:wife|husband|son|daughter|mother|father|brother|sister|partner|boyfriend|girlfriend)\s+(\p{Lu}\p{Ll}+)(?![\p{L}’'-]|\s+\p{Lu})`;
/**
 * The lower-case words right before a name (the last a noun), with up to two capitalised words and a "former"
 * before them: "Arsenal boss Mikel Arteta", "former Florida governor Jeb Bush", "said striker Erling Haaland"; not a
 * conjunction or preposition opening the sentence ("As Republican presidential nominee Donald Trump …").
 */
const WORD_BEFORE_NAME = /(?:^|\s)((?:(?:former|acting|retired|interim|then)\s+)?(?:(?!(?:As|When|While|If|But|And|So|Yet|Now|Still|Then|Meanwhile|The|A|An|In|On|At|After|Before|Since|Because|Although|Though|For|With|By|From|To|Of|Under|Despite|Amid)\s)[A-Z][\w’'-]*\s+){0,2})((?:(?!(?:from|of|by|for|with|to|in|on|at|a|an|the|and|or|after|before)\s)[a-z][a-z-]+\s+){0,2}?([a-z][a-z-]+))\s+$/;
/** After a name, a phrase in lower case set off by a comma, and its first word: ", general secretary of the union,". */
const OFFICE_AFTER = /^,\s+(([a-z][a-z-]*)\b[^,;:\u2592]{0,80}?)\s*[,.]/;
/** A name set off by commas: ", Tom Ellis,", ", Rep. Lee Zeldin,". */
const NAME_BETWEEN_COMMAS = rule('gu')`,\s+((?:\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?|\p{Lu}\p{Ll}*\.)(?:\s+\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?){1,3}),`;
/** What ends right before such a name: a determiner, a word or two, and a noun ("Another trader", "The club's new coach"). */
const DESCRIBED_AT_END = rule('u')`(?:^|[^\p{L}’'-])((?:[Aa]nother|[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}’'-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]+))$`;
/**
 * An office of a place, a body or a field ending right before such a name: "The mayor of Manchester", "the head of
 * the IMF", "The council's director of children's services".
 */
const OFFICE_OF_AT_END = rule('u')`(?:^|[^\p{L}’'-])((?:[Tt]he)\s+(?:[\p{L}’'-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]+)\s+(?:of|for|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}’'-]*){0,4}|(?:\p{Ll}[\p{Ll}’'-]*\s+){0,2}\p{Ll}[\p{Ll}’'-]*))$`;
/** A sentence that opens with one capitalised word, then a word in lower case: "Tom laughs." */
const OPENING_GIVEN_NAME = rule('u')`^[\s"“‘']*(\p{Lu}\p{Ll}+)\s+\p{Ll}`;
/** A sentence that opens with one capitalised word and an age set off by commas: "Okafor, 19, was …". */
const OPENING_AGED = rule('u')`^[\s"“‘']*(\p{Lu}\p{Ll}[\p{Ll}’'-]*(?:\p{Lu}[\p{Ll}’'-]+)?),\s+\d{1,3},\s`;
/** A sentence that opens with an office: "The coach was blunt." (one person, named by the office). */
const OPENING_OFFICE = /^[\s"“‘']*((?:The|the|His|Her|Their)\s+(?:[\w’'-]+\s+)??([a-z]+|\d{1,3}-year-old))(?:,\s+who\s[^,;:\u2592]{1,80},)?\s+(?:(?:still|also|now|often)\s+)?(?:was|is|had|has|did|would|will|could|made|took|gave|went|came|stood|sat|spoke|looked|seemed|appeared|agrees|disagrees|says|thinks|believes|helps|works|runs|lives|\w+ed)\b/;
/** Words that make a capitalised run a place, an institution, a firm or a club rather than a person. */
const NOT_PERSON = rule('u')`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|North|South|East|West|United|New|Republic|States|Kingdom|Union|Party|House|Court|Department|Ministry|University|College|Council|Committee|Company|Bank|Street|City|County|Island|Islands|Sea|River|Times|Post|News|Street|Council|Senate|Congress|Parliament|Government|Army|Navy|Force|Command|Agency|Office|Institute|Center|Centre|Foundation|Association|Rovers|Rangers|Wanderers|Athletic|Albion|Hotspur|Airlines|Airways|Motors|Holdings|Partners|Brothers|Industries|Technologies|Group|Corporation|Studios|Pictures|Records)\b`;

/** A kind of business: "carmaker", "retailer", "insurer" (INSTITUTIONS), or any "-maker". */
function isBusinessNoun(word: string): boolean {
  return INSTITUTIONS.has(word) || word.endsWith('maker');
}

export function peopleNamed(sentence: string): NamedPerson[] {
  const out: NamedPerson[] = [];
  // ("PHOENIX (AP) — Republican Blake Masters and …": after a wire dateline.)
  const opening = OPENING_NAME.exec(sentence.replace(DATELINE, ''));
  // "Filipino Clinton staffers have been …": a plural noun and its verb follow; the capitalised words modify it.
  // ("Chipmaker Nuvia shares slide": a kind of business, capitalised as the first word, before its name.)
  const business = opening !== null && isBusinessNoun(opening[1]!.slice(0, opening[1]!.search(/\s|$/)).toLowerCase());
  const openingPerson = opening === null || business || DETERMINER_FIRST.test(opening[0]) || MODIFIED_PLURAL.test(sentence.slice(sentence.indexOf(opening[1]!) + opening[1]!.length)) ? null : personIn(opening[1]!);
  // ("Florist Tom Becker opened …": a noun for a person, capitalised as the sentence's first word, is a role.)
  const words = openingPerson !== null ? opening![1]!.split(/\s+/) : [];
  const described = words.length === 3 && isPersonNoun(words[0]!.toLowerCase()) ? personIn(`${words[1]} ${words[2]}`) : null;
  if (described !== null) out.push({ ...described, role: words[0]! });
  else if (openingPerson !== null) {
    // ("Margrethe Vestager, the EU's competition chief, was more blunt.": an appositive after the name is the role.)
    const appositive = ROLE_APPOSITIVE.exec(sentence.slice(sentence.indexOf(opening![1]!) + opening![1]!.length));
    const role = appositive !== null && openingPerson.title === null ? appositive[1]!.replace(/^(?:a|an)\s+/, '') : null;
    out.push(role !== null ? { ...openingPerson, role } : openingPerson);
  }
  // "Her colleague Tom Hart agreed": a known given name and a surname name a person wherever they stand, and
  // so do any after a noun for a person ("Arsenal boss Mikel Arteta was more cautious").
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(sentence); m !== null; m = NAME_RUN.exec(sentence)) {
    const given = isGivenName(m[0].slice(0, m[0].search(/\s/)));
    const before = WORD_BEFORE_NAME.exec(sentence.slice(Math.max(0, m.index - 40), m.index));
    // ("Pop star Lana Reeves", "Hollywood legend Jane Fonda": or a word of fame, which describes a person only there.)
    const described = before !== null && (isPersonNoun(before[3]!) || NAME_DESCRIPTORS.has(before[3]!));
    // ("Emma Raducanu's run": an owner is named too.)
    const person = !given && !described ? null : personIn(m[0].replace(/['’]s?$/, ''));
    // (The noun and the capitalised words before it are the role: "Bills quarterback"; not "Her colleague",
    // someone else's relation.)
    // ("Daniel Kebede, general secretary of the National Education Union, disagreed.": or an office after it.)
    const office = person !== null && !described ? OFFICE_AFTER.exec(sentence.slice(m.index + m[0].length)) : null;
    // ("… by Jane Doe, the mayor of Leeds.": or an appositive ending in a noun for a person.)
    const appositive = office !== null && /^(?:a|an|the)$/.test(office[2]!) ? ROLE_APPOSITIVE.exec(sentence.slice(m.index + m[0].length)) : null;
    const role =
      described && !/^(?:His|Her|Their|Its|Our|My)\s/.test(before![1]!)
        ? `${before![1]!.replace(/^(?:The|A|An)\s+/, '')}${before![2]!}`
        : office !== null && ROLE_WORDS.has(office[2]!) && !/^(?:a|an|the|one|who|whose|which|then|now|also|currently)$/.test(office[2]!)
          ? office[1]!
          : appositive !== null
            ? appositive[1]!.replace(/^(?:a|an)\s+/, '')
            : null;
    if (person !== null) out.push(role !== null ? { ...person, role } : person);
    else if (!described) {
      // ("Pep Guardiola's side …", then "said Guardiola": two capitalised words that may be the full name of
      // someone the article otherwise calls by surname. The registry decides at the end.)
      const run = m[0].replace(/['’]s?$/, '').split(/\s+/);
      const first = run[0]!.toLowerCase();
      // ("Filipino Clinton staffers have …": words that modify a noun.)
      const modifies = MODIFIED_PLURAL.test(sentence.slice(m.index + m[0].length));
      // ("Randal K. Quarles": or three, with a middle initial.)
      const initialled = run.length === 3 && /^\p{Lu}\.$/u.test(run[1]!);
      if ((run.length === 2 || initialled) && !modifies && !NOT_NAMES.has(first) && !TITLES.has(first) && !isPersonNoun(first) && !isBusinessNoun(first) && !NOT_PERSON.test(m[0])) out.push({ name: run.join(' '), title: null, fullNameOnly: true });
    }
  }
  // ("Tom laughs.": a known given name alone opening the sentence, before its verb.)
  const given = openingPerson === null ? OPENING_GIVEN_NAME.exec(sentence) : null;
  if (given !== null && isGivenName(given[1]!) && !NOT_NAMES.has(given[1]!.toLowerCase())) out.push({ name: given[1]!, title: null });
  // ("Finch is less sure.": or the surname of someone named in full before.)
  else if (given !== null && !NOT_NAMES.has(given[1]!.toLowerCase())) out.push({ name: given[1]!, title: null, surnameOnly: true });
  // ("Okafor, 19, was making his third appearance.": one word with an age after it is a person, named or not before.)
  const aged = openingPerson === null && given === null ? OPENING_AGED.exec(sentence) : null;
  if (aged !== null && !NOT_NAMES.has(aged[1]!.toLowerCase())) out.push({ name: aged[1]!, title: null });
  const office = OPENING_OFFICE.exec(sentence);
  if (office !== null && isPersonNoun(office[2]!)) out.push({ name: office[1]!, title: null });
  // "Another trader, Tom Ellis, was more blunt": a person described, then their name between commas.
  if (sentence.includes(', ')) {
    NAME_BETWEEN_COMMAS.lastIndex = 0;
    for (let m = NAME_BETWEEN_COMMAS.exec(sentence); m !== null; m = NAME_BETWEEN_COMMAS.exec(sentence)) {
      // ("The mayor of Manchester, Andy Burnham,": or an office of somewhere.)
      const before = sentence.slice(Math.max(0, m.index - 70), m.index);
      const described = DESCRIBED_AT_END.exec(before) ?? OFFICE_OF_AT_END.exec(before);
      const person = described !== null && isPersonNoun(described[2]!) && !NOT_PERSON.test(m[1]!) ? personFromRun(m[1]!.split(/\s+/)) : null;
      NAME_BETWEEN_COMMAS.lastIndex = m.index + 1; // the closing comma may open the next
      if (person === null || person.type !== 'person') continue;
      // (The noun is their role unless a title says more, or a possessive makes it someone else's: "Her husband".)
      const own = person.title === null && !/^(?:his|her|their)\s/i.test(described![1]!);
      // ("Her brother, Paul Castellano,": someone's relation, which a later "Her brother" means again.)
      const relation = /^(?:his|her|their)\s+\S+$/i.test(described![1]!) ? described![1]! : undefined;
      out.push(own ? { name: person.name, title: null, role: described![1]!.replace(/^(?:another|an?|the|one)\s+/i, '') } : { name: person.name, title: person.title, relation });
    }
  }
  // "Yet there in the back was Garcia, the grocery store worker.": a surname alone, described; a person only
  // if someone of that surname was named in full before (Registry.mention decides).
  // (Found from each ", a", ", an", ", the" back to the word before: a pattern tried at every offset cost
  // 1/30 of the attribution.)
  const appositive = sentence.includes(', ') && APPOSITIVE_AFTER.test(sentence);
  for (let at = appositive ? sentence.indexOf(', ') : -1; at >= 0; at = sentence.indexOf(', ', at + 2)) {
    if (!APPOSITIVE_START.test(sentence.slice(at + 2, at + 12))) continue;
    const m = SURNAME_AT_END.exec(sentence.slice(Math.max(0, at - 60), at));
    if (m !== null) out.push({ name: m[1]!, title: null, surnameOnly: true });
  }
  // "John and Mary Okafor": two given names share the surname after the second; the second is a NAME_RUN.
  if (sentence.includes(' and ')) {
    COUPLE.lastIndex = 0;
    for (let m = COUPLE.exec(sentence); m !== null; m = COUPLE.exec(sentence)) {
      if (isGivenName(m[1]!) && isGivenName(m[2]!) && !isGivenName(m[3]!)) out.push({ name: `${m[1]} ${m[3]}`, title: null });
      COUPLE.lastIndex = m.index + m[0].length;
    }
  }
  NAMED_RELATION.lastIndex = 0;
  for (let m = NAMED_RELATION.exec(sentence); m !== null; m = NAMED_RELATION.exec(sentence)) {
    const person = personIn(m[1]!);
    if (person !== null) out.push(person);
  }
  // ("Maria Lopez and her husband Carlos run a bakery. … He added …": a relation, then a known given name alone.)
  if (sentence.includes('his ') || sentence.includes('her ') || sentence.includes('their ')) {
    RELATION_GIVEN_NAME.lastIndex = 0;
    for (let m = RELATION_GIVEN_NAME.exec(sentence); m !== null; m = RELATION_GIVEN_NAME.exec(sentence)) {
      if (isGivenName(m[1]!) && !NOT_NAMES.has(m[1]!.toLowerCase())) out.push({ name: m[1]!, title: null });
    }
  }
  for (const re of [TITLED, WITH_APPOSITIVE]) {
    // The appositive test runs at every position of the sentence (~1/50 of a big article's attribution), and a
    // match needs the ", a …" after it: no such comma, no match.
    if (re === WITH_APPOSITIVE && !APPOSITIVE_AFTER.test(sentence)) continue;
    // exec, not matchAll: matchAll clones the regex on every call, and a clone may have to be compiled again.
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      const run = m[0].split(/\s+/);
      if (/['’]s?$/.test(run[run.length - 1]!)) run[run.length - 1] = run[run.length - 1]!.replace(/['’]s?$/, '');
      const person = personFromRun(run);
      if (person !== null && person.type === 'person' && !NOT_PERSON.test(person.name)) out.push({ name: person.name, title: fullTitle(sentence, m, person) });
    }
  }
  return out;
}

/** A person a sentence names; `role` when it describes them ("Another trader, Tom Ellis,"). */
export interface NamedPerson {
  readonly name: string;
  readonly title: string | null;
  readonly role?: string;
  /** A surname alone: a person only when someone of that surname is already known. */
  readonly surnameOnly?: boolean;
  /** Someone's relation that named them ("Her brother"), which names them again later. */
  readonly relation?: string;
  /** Two capitalised words that are a person's full name only if the article names a speaker by its last word. */
  readonly fullNameOnly?: boolean;
}

/** Capitalised words right before a title: "Health Secretary Ann Hale", "Trade and Industry Secretary …". */
const COURTESY = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr']);
const bareTitle = (title: string) => (title.endsWith('.') ? title.slice(0, -1) : title);
const WORD_BEFORE = rule('u')`\p{Lu}\p{Ll}+,?\s+(?:and\s+)?$`;

/** The title of a titled name with the words of office before it, as a source's would be. */
function fullTitle(sentence: string, m: RegExpExecArray, person: { name: string; title: string | null }): string | null {
  // ("former President Donald Trump": an office held once is no office now.)
  if (person.title !== null && !COURTESY.has(bareTitle(person.title)) && /(?:^|\s)former\s+$/.test(sentence.slice(Math.max(0, m.index - 8), m.index))) return `former ${person.title}`;
  if (person.title === null || COURTESY.has(bareTitle(person.title)) || !WORD_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return person.title;
  const full = mentionAtEnd(sentence.slice(0, m.index + m[0].length).replace(/['’]s?$/, ''));
  if (full === null || full.type !== 'person' || full.name !== person.name || full.title === null) return person.title;
  // ("But Sen. Ann Hale": a word that opens a sentence is no part of an office.)
  return NOT_NAMES.has(full.title.split(' ', 1)[0]!.toLowerCase()) ? person.title : full.title;
}

/** The person a capitalised run names, unless a word of a place or an institution is in it. */
function personIn(run: string): { name: string; title: null } | null {
  if (NOT_PERSON.test(run)) return null;
  const person = personFromRun(run.split(/\s+/));
  return person !== null && person.type === 'person' ? { name: person.name, title: null } : null;
}
