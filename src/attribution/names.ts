// Person names, groups and pronouns at the end of a stretch of text (the subject before a cue); the source at
// the start of one, after an inverted cue, is mention-at-start.ts. Names are runs of capitalised tokens; titles
// before a name go to the role; a trailing "of …" phrase is an affiliation; group nouns ("Analysts", "Japanese
// officials") make an unnamed group.

import { DEMONYM, GROUP_NOUNS, INSTITUTIONS, isOccupation, isPersonNoun, isPluralSourceNoun, NOT_NAMES, PARTY_MEMBER, PERSON_NOUNS, PLACES, PORTFOLIOS, PRONOUNS, ROLE_NOUNS, spelledOut, TITLES } from './lexicon.js';
import type { Mention } from './mention.js';
import { nonSpaceRuns } from '../text/scan.js';
import { rule } from './plain-twins.js';
import { isGivenName } from './given-names.js';
import { ACRONYM, UPPER_INITIAL } from './letters.js';

const CAPITALISED = rule('u')`^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.(?:\p{Lu}\.)*|Mc\p{Lu}\p{L}*|\p{Lu}\p{L}*-\p{L}+|\p{Lu}\p{L}*(?:\/\p{Lu}\p{L}*)+|(?:al|el|bin|ibn|abu|de|da|di|du|le|la|van|von)-\p{Lu}\p{L}*)$`;
export const CONNECTOR = /^(?:of|&|de|del|della|da|di|do|dos|du|van|von|der|den|ten|ter|bin|ibn|al|el|la|le|y|st\.?)$/;
const LOWER_WORD = rule('u')`^[\p{Ll}][\p{L}\p{M}'’-]*$`;
const NUMBER = rule('iu')`^(?:\d[\d.,]*%?|\p{L}+-\p{L}+|one|two|three|four|five|six|seven|eight|nine|ten|half|a|an)$`;
/** Things written or made to be read or watched, which speak for whoever made them. */
const WRITTEN = /^(?:book|books|memoir|report|reports|article|column|op-ed|essay|speech|statement|letter|ad|ads|video|website|blog|tweet|tweets|post|study|poll|survey)$/i;
const MODIFIER_STOP = new Set(
  'what whom where how why that which who and but or while as if when because since although though whereas unless until once with from to for by in on at like than about into over after before said says say told is are was were has have had will would could be been he she it they we i you gave made took got met saw heard left sent urged asked thanked blamed called joined visited addressed won lost led beat ran came went became began fell rose kept held brought bought sold spent paid chose among'.split(
    ' ',
  ),
);

/** A lone capitalised plural of a kind of person ("Fishermen", "Economists", "Residents"), not a surname. */
const GROUP_SUFFIX = rule('u')`^\p{Lu}\p{Ll}+(?:men|women|people|ists|ians|ants|ents|ives|ees|ers(?<=(?:ork|ach|ark|ect|ead|ort|ign|iev|oll|ind|ain|ist|ker|ter|ner|ber|ver|ger)ers))$`;

/** Words that are names after a title ("Mrs May", "Ms April Ryan") though they open sentences as other words. */
const NAME_LIKE = /^(?:May|Will|April|June|August|Hope|Grace|Faith|Joy|Rose|Sunny)$/;
export const COURTESY = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame)\.?$/i;
/** A peer's title, which names a person too ("Lord Street" is no street). */
const PEERAGE = /^(?:lord|lady)\.?$/i;
const HONORIFIC_ONLY = /^(?:us|uk|un|eu|u\.s\.?|state|house|senate|first|prime|vice|deputy|foreign|defense|defence)$/i;

/** A token as the word lists hold it: lower case, without a trailing comma or full stop, nor a stop before it ("Jr.,"). */
export function key(token: string): string {
  // (Called for every token of every candidate name: two end checks, not two regular expressions.)
  let k = token.toLowerCase();
  if (k.endsWith('.') || k.endsWith(',')) k = k.slice(0, -1);
  return k.endsWith('.') ? k.slice(0, -1) : k;
}

export function tokens(text: string): string[] {
  return text.split(/\s+/).filter((t) => t !== '');
}

export function isCap(token: string): boolean {
  return CAPITALISED.test(token);
}

/** Capitalised adjectives of parties and nations ("Democratic", "American", "Chinese", "British"). */
const ADJECTIVE_LIKE = /^[A-Z][a-z]+(?:atic|ican|ese|ish)$/;
/** Words that, opening a capitalised run, make it a group or a place rather than a person's name. */
/** Words for an institution that are surnames too: after a given name, a person ("Ann Post", "Andy Street"). */
const SURNAME_TOO = new Set(['street', 'post', 'church', 'chambers', 'house', 'bank', 'court', 'guard', 'bench', 'mission', 'carrier', 'body']);
/** What a storm's name opens with. */
const STORM = /^(?:Hurricane|Typhoon|Cyclone|Storm|Tropical)$/;
const GROUP_FIRST = /^(?:Team|Camp|Club|Operation|Project|Fort|Mount|Lake|Hotel|Planet|Generation)$/;

/** The last word of a firm's name, capitalised as the name writes it. */
const FIRM_LAST = /^(?:Labs|Lab|Corp\.?|Corporation|Inc\.?|Ltd\.?|LLC|PLC|plc|Co\.|Holdings|Technologies|Technology|Systems|Solutions|Capital|Ventures|Industries|Pharmaceuticals|Pharma|Therapeutics|Semiconductor|Semiconductors|Estates|Properties|Brands|Foods|Energy|Networks|Entertainment|Studios|Software|Robotics|Financial|Insurance|Securities|Logistics|Enterprises|Bancorp|Airways|Airlines|Motors|Partners|Group|Telecom|Communications|Electronics|Aerospace|Biotech|Dynamics)$/;

/** Two people named and joined: "Smith and Jones", "Ann Lee and Tom Hale"; or a firm's name: "Marks & Spencer". */
const TWO_NAMED = /^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2} (?:and|&) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}$/;

/**
 * "Team Trump", "Turkey", "Smith and Jones": a group named by a common noun and a name, a place, or two people,
 * which may hold views as an institution does.
 */
export function isNamedGroup(name: string): boolean {
  return GROUP_FIRST.test(name.split(' ', 1)[0]!) || PLACES.has(name.toLowerCase()) || TWO_NAMED.test(name);
}

/** A capitalised run as a person: titles split off the front, "of …" off the back. Null when no name is left. */
export function personFromRun(whole: readonly string[], via: string | null = null, role: string | null = null): Mention | null {
  // "Martin Luther King Jr.", "Jane Smith KC": what stands after a name of two words or more is set aside
  // first, so "King" is no title; a generational suffix stays in the name, letters of office go to the title.
  let n = whole.length;
  while (n > 2 && (isNameSuffix(whole[n - 1]!) || (POST_NOMINAL.has(bare(whole[n - 1]!)) && !TITLES.has(key(whole[n - 2]!)))) && isCap(whole[n - 2]!.replace(/,$/, ''))) n--;
  const run = n === whole.length ? whole : whole.slice(0, n);
  const after = whole.slice(n).map((t) => t.replace(/,$/, ''));
  const suffix = after.filter(isNameSuffix);
  const letters = after.filter((t) => !isNameSuffix(t));
  const person = personFromNameRun(run, via, role);
  if (person === null || person.type !== 'person' || after.length === 0) return person;
  const title = [person.title, ...letters].filter(Boolean).join(' ');
  return { ...person, name: [person.name, ...suffix].join(' '), title: title === '' ? null : title };
}

/** A token without one trailing stop or comma. (Set lookups, not patterns: this runs on every name.) */
function bare(token: string): string {
  return token.endsWith('.') || token.endsWith(',') ? token.slice(0, -1) : token;
}
/** Generational suffixes, part of the name. */
const NAME_SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);
function isNameSuffix(token: string): boolean {
  return NAME_SUFFIXES.has(bare(bare(token)));
}
/** Letters after a name for an office or an honour ("Jane Smith KC", "Keir Starmer MP"). */
const POST_NOMINAL = new Set('KC QC SC MP MSP MEP MLA MPP MS TD OBE MBE CBE KBE DBE PhD'.split(' '));

function personFromNameRun(run: readonly string[], via: string | null, role: string | null): Mention | null {
  // ("Hurricane Milton slammed into …, threatening …": a storm's name is no one's.)
  if (run.length > 1 && STORM.test(run[0]!)) return null;
  let i = 0;
  const title: string[] = [];
  // ("Republican Blake Masters": a party's adjective before a name of two words or more is part of the title; not
  // "Republican National Committee".)
  while (i < run.length - 1 && (TITLES.has(key(run[i]!)) || isOccupation(key(run[i]!)) || /^(?:then|ex)-/i.test(run[i]!) || ((ROLE_NOUNS.has(key(run[i]!)) || PERSON_NOUNS.has(key(run[i]!)) || (PARTY_BEFORE_NAME.test(run[i]!) && !run.slice(i + 1).some((t) => INSTITUTIONS.has(key(t)) || GROUP_NOUNS.has(key(t))))) && i < run.length - 2))) title.push(run[i++]!);
  // "Chinese President Xi Jinping": words up to the last title before the name belong to the title.
  for (let k = run.length - 2; k > i; k--) {
    if (TITLES.has(key(run[k]!)) && !HONORIFIC_ONLY.test(run[k]!) && run.slice(i, k).every((t) => !CONNECTOR.test(t))) {
      while (i <= k) title.push(run[i++]!);
      break;
    }
  }
  // "US Secretary of State Antony Blinken", "Mayor of London Sadiq Khan": an office of something, then the
  // name. The office takes the words up to a known given name, else its fields ("of Homeland Security"), else
  // all but two; with nothing left, it is an office named without a name ("The Secretary of State said").
  if (title.length > 0 && (run[i] === 'of' || run[i] === 'for') && i + 1 < run.length) {
    const rest = run.slice(i + 1);
    let words = rest.findIndex((t, k) => k > 0 && k <= 3 && isGivenName(t));
    if (words < 0) {
      const fields = rest.findIndex((t) => !PORTFOLIOS.has(key(t)));
      if (fields < 0) return { type: 'group', name: run.join(' '), role, via };
      words = fields > 0 ? fields : rest.length >= 3 ? rest.length - 2 : rest.length === 2 ? 1 : 0;
    }
    if (words > 0) {
      title.push(...run.slice(i, i + 1 + words));
      i += 1 + words;
    }
  }
  let end = run.length;
  let affiliation: string | null = null;
  for (let j = i + 1; j < run.length; j++) {
    // ("the Bank of England", "the Department of Health": an institution's "of" is part of its name.)
    if (run[j] === 'of' && INSTITUTIONS.has(key(run[j - 1]!))) continue;
    if (run[j] === 'of' || run[j] === 'from' || run[j] === 'at') {
      end = j;
      affiliation = run.slice(j).join(' ');
      break;
    }
  }
  const nameTokens = run.slice(i, end).map((t) => t.replace(/[,;:]$/, ''));
  // After a title, a word like "May" or "Will" is a name ("Mrs May"); otherwise it opens the sentence.
  while (nameTokens.length > 0 && NOT_NAMES.has(key(nameTokens[0]!)) && !(title.length > 0 && NAME_LIKE.test(nameTokens[0]!))) nameTokens.shift();
  if (nameTokens.length === 0) return null;
  const last = nameTokens[nameTokens.length - 1]!;
  if (/['’]s?$/.test(last)) return null; // a possessive: "Trump's" is not the source
  const name = nameTokens.join(' ');
  if (nameTokens.length === 1 && GROUP_SUFFIX.test(last)) return { type: 'group', name, role, via };
  // "Analysts", "Liberal Democrats", "Senate Republicans": a run ending in a group noun is a group.
  // ("EU Member States", "US Senate Republicans": a place's letters before it are no title.)
  if (GROUP_NOUNS.has(key(last)) && /s$/.test(last) && title.every((t) => HONORIFIC_ONLY.test(t))) return { type: 'group', name: [...title, ...nameTokens].join(' '), role, via };
  // ("PACs", "MPs", "NGOs": the plural of an acronym.)
  if (nameTokens.length === 1 && /^[A-Z]{2,}s$/.test(last) && title.length === 0) return { type: 'group', name, role, via };
  // "The White House", "Police", "the Sanders campaign": an institution, never "he" or "she".
  // ("Andy Street", "Ann Post", "Ruth Chambers": a known given name before it makes it a surname.)
  if (INSTITUTIONS.has(key(last)) && title.length === 0 && !(nameTokens.length === 2 && SURNAME_TOO.has(key(last)) && isGivenName(nameTokens[0]!))) return { type: 'group', name, role, via };
  // ("the US Justice Department", "the Defense Ministry": words of office before an institution's noun name it.)
  if (INSTITUTIONS.has(key(last)) && nameTokens.length === 1 && !SURNAME_TOO.has(key(last)) && title.every((t) => !COURTESY.test(t) && !PEERAGE.test(t))) return { type: 'group', name: [...title, ...nameTokens].join(' '), role, via };
  if (title.length === 0 && nameTokens.some((t, k) => (nameTokens[k + 1] === 'of' || nameTokens[k + 1] === 'for' || nameTokens[k + 1] === 'on') && INSTITUTIONS.has(key(t)))) return { type: 'group', name, role, via };
  if (nameTokens.length === 1 && NOT_NAMES.has(key(last)) && !(title.length > 0 && NAME_LIKE.test(last))) return null;
  // "Democratic calls for her to bow out", "American officials": an adjective of a party or a nation alone.
  if (nameTokens.length === 1 && title.length === 0 && ADJECTIVE_LIKE.test(last)) return null;
  // "Team Trump", "Camp David": a common noun before a name makes a group or a place, never "he" or "she".
  // (Not an owner: "Generation Rent's Ben Twomey" is a person, the owner's name his role.)
  if (nameTokens.length > 1 && title.length === 0 && GROUP_FIRST.test(nameTokens[0]!) && !nameTokens.some((t) => /['’]s$/.test(t))) return { type: 'group', name, role, via };
  // "Marks & Spencer", "Smith & Wesson": an ampersand joins the names of a firm.
  if (nameTokens.includes('&') && title.length === 0) return { type: 'group', name, role, via };
  // ("Companion Labs", "Acme Corp", "Arcturus Semiconductor": a word a firm's name ends in.)
  if (nameTokens.length >= 2 && title.length === 0 && FIRM_LAST.test(last)) return { type: 'group', name, role, via };
  // "Turkey denies …", "Tehran said": a country, a capital or a state speaks for its government.
  if (nameTokens.length === 1 && title.length === 0 && PLACES.has(key(last))) return { type: 'group', name, role, via };
  // "BBC", "CNN", "NATO": an acronym alone names an organisation, never "he" or "she".
  if (nameTokens.length === 1 && ACRONYM.test(last)) return { type: 'group', name, role, via };
  // "Reform UK’s Nigel Farage", "Apple’s Tim Cook": an owner, then a person's name (a known given name and
  // a surname or two): the owner is the role.
  const owner = nameTokens.findLastIndex((t, k) => k < nameTokens.length - 1 && /['’]s$/.test(t));
  const named = nameTokens.slice(owner + 1);
  // (An owner that is a paper or a firm, "The Telegraph’s Robbie Collin", before two words that name no thing.)
  // ("Washington Post’s Ishaan Tharoor", "Zionist Union Party’s Nachman Shai": or an owner whose noun says it is
  // a paper or a party.)
  const ownerIsFirm = owner >= 0 && INSTITUTIONS.has(key(nameTokens[owner]!.replace(/['’]s?$/, '')));
  const firm = (ownerIsFirm || (owner === 0 && /^the$/i.test(run[0]!))) && named.length === 2 && named.every((t) => !INSTITUTIONS.has(key(t)) && !GROUP_NOUNS.has(key(t)) && !WRITTEN.test(t));
  if (owner >= 0 && title.length === 0 && named.length >= 2 && named.length <= 3 && (isGivenName(named[0]!) || firm))
    // (The owner without its "’s" is the role: "Nigel Farage, Reform UK".)
    return { type: 'person', name: named.join(' '), title: null, role: role ?? nameTokens.slice(0, owner + 1).join(' ').replace(/['’]s$/, ''), via };
  // "Schlafly’s Final Column": a possessive inside the run makes it a thing someone owns, not a person.
  if (owner >= 0) return { type: 'group', name, role, via };
  const titleText = title.length > 0 ? title.join(' ') : null;
  // "Professor X of Y": "Professor of Y"; "Dr. X of Y": "of Y" (a courtesy title is no role of its own).
  const officeTitle = titleText !== null && !COURTESY.test(titleText) ? titleText : null;
  // (An "of …" found before, by the caller, joins the title the same way.)
  // ("Sen. Alex Padilla of California": "Senator of California", as AP abbreviations are spelt out in roles.)
  const ownRole =
    role !== null
      ? officeTitle !== null && /^of\s/.test(role)
        ? `${spelledOut(officeTitle)} ${role}`
        : role
      : affiliation !== null
        ? [officeTitle === null ? null : spelledOut(officeTitle), affiliation].filter(Boolean).join(' ')
        : null;
  return { type: 'person', name, title: titleText, role: ownRole, via };
}

/** The source that ends `text` (the words right before a cue), or null. */
export function mentionAtEnd(text: string, via: string | null = null, role: string | null = null): Mention | null {
  return sourceAtEnd(text, via, role)?.mention ?? null;
}

/** The source that ends `text`, with the offset where its words begin. */
export function sourceAtEnd(text: string, via: string | null = null, role: string | null = null): { mention: Mention; start: number } | null {
  const { toks, starts } = nonSpaceRuns(text);
  const found = sourceInTokens(toks, via, role);
  return found === null ? null : { mention: found.mention, start: starts[found.first]! };
}

/** Whether the token at k, or the first before it that is no connector, is capitalised. */
function capBefore(toks: readonly string[], k: number): boolean {
  while (k >= 0 && CONNECTOR.test(toks[k]!)) k--;
  return k >= 0 && isCap(toks[k]!);
}

function sourceInTokens(toks: readonly string[], via: string | null, role: string | null): { mention: Mention; first: number } | null {
  if (toks.length === 0) return null;
  const lastTok = toks[toks.length - 1]!;
  if (PRONOUNS.has(lastTok.toLowerCase()) && lastTok !== 'i')
    return { mention: { type: 'pronoun', pronoun: lastTok, via }, first: toks.length - 1 };
  const end = toks.length;
  let i = institutionStart(toks, runStart(toks, end), end);
  if (i < toks.length) {
    // "Cara Diemont of IT firm Dimension Data": the person stands before "of"; the rest is the role.
    for (let j = i - 1; j >= Math.max(1, i - 4); j--) {
      if (toks[j] === 'of' && isCap(toks[j - 1]!)) {
        // ("Speaker of the House Rep. Paul Ryan": an office of something, then the name; the office starts the run.)
        if (TITLES.has(key(toks[j - 1]!)) && !HONORIFIC_ONLY.test(toks[j - 1]!)) {
          i = j - 1;
          break;
        }
        if (!toks.slice(j + 1, i).every((t) => /^[\p{Ll}\p{Lu}][\p{L}-]*$/u.test(t))) break;
        const inner = sourceInTokens(toks.slice(0, j), via, role ?? toks.slice(j).join(' '));
        if (inner !== null && inner.mention.type === 'person') return inner;
        break;
      }
      if (/[,;:]$/.test(toks[j]!)) break;
    }
    i = portfolioStart(toks, i);
    while (i > 0 && /^(?:former|then|ex|acting|retired|late)$/.test(toks[i - 1]!)) i--;
    const run = toks.slice(i);
    // ("Forecasters warned", "Meteorologists said": a plural of a word for people, capitalised as the sentence's
    // first word, is a group, not a name; so is a word for a document or a body: "Research suggests", "Data show".)
    if (run.length === 1 && i === toks.length - 1 && (isPluralSourceNoun(key(run[0]!)) || (i === 0 && GROUP_NOUNS.has(key(run[0]!))))) return groupAtEnd(toks, via, role);
    const person = personFromRun(run, via, role);
    // "Reid and Hale said": two people speaking together are one source, named as written.
    // (Not "Trade and Industry Secretary Ann Reid": a title before the second name makes it one person.)
    // ("France and Spain said": two places, as two governments, likewise.)
    if (person !== null && (isUntitledPerson(person) || isPlace(person)) && i > 1 && toks[i - 1] === 'and') {
      const other = sourceInTokens(toks.slice(0, i - 1), via, null);
      if (other !== null && other.mention.type !== 'pronoun' && (isPlace(person) ? isPlace(other.mention) : other.mention.type === 'person') && other.first >= i - 5)
        return { mention: { type: 'group', name: `${other.mention.name} and ${person.name}`, role, via }, first: other.first };
    }
    // "The Prime Minister said", "after the Chancellor said": an office after "the", with no name, is one
    // person described, not a name ("Minister" is no surname).
    // ("The new MP said", "the outgoing President": a word or two of description between.)
    const withThe = /^the$/i.test(run[0]!) ? i : i > 0 && /^the$/i.test(toks[i - 1]!) ? i - 1 : i > 1 && /^the$/i.test(toks[i - 2]!) && DESCRIBING.test(toks[i - 1]!) ? i - 2 : -1;
    if (withThe >= 0 && person !== null && person.type !== 'pronoun' && toks.slice(withThe === i ? i + 1 : i).every((t) => TITLES.has(key(t))))
      return { mention: { type: 'group', name: toks.slice(withThe).join(' '), role, via }, first: withThe };
    // "the Dutchman told", "The Briton said": a nationality after "the" describes a person; it is no name.
    // ("the 61-year-old Scot", "the veteran Dutchman": an age or a word of description between.)
    const the =
      run.length === 2 && /^the$/i.test(run[0]!)
        ? i
        : i > 0 && run.length === 1 && /^the$/i.test(toks[i - 1]!)
          ? i - 1
          : i > 1 && run.length === 1 && /^the$/i.test(toks[i - 2]!) && /^[a-z0-9-]+$/.test(toks[i - 1]!)
            ? i - 2
            : -1;
    if (person !== null && person.type === 'person' && the >= 0 && person.title === null && DEMONYM.test(person.name))
      return { mention: { type: 'group', name: toks.slice(the).join(' '), role, via }, first: the };
    // ("the Kentucky Republican said", "the Vermont independent": a party's member from a place, no name.)
    // ("The Democrat countered": one, alone.)
    if ((person === null || (person.type === 'person' && person.title === null)) && withThe >= 0 && run.length - (withThe === i ? 1 : 0) <= 3 && PARTY_MEMBER.test(run[run.length - 1]!))
      return { mention: { type: 'group', name: toks.slice(withThe).join(' '), role, via }, first: withThe };
    // ("said one Ohio Republican", "a Texas Democrat said": one unnamed member, as "one Republican strategist" is.)
    const indefinite = INDEFINITE.test(run[0]!) ? i : i > 0 && INDEFINITE.test(toks[i - 1]!) ? i - 1 : -1;
    if ((person === null || (person.type === 'person' && person.title === null)) && indefinite >= 0 && toks.length - indefinite <= 3 && PARTY_MEMBER.test(run[run.length - 1]!))
      return { mention: { type: 'group', name: toks.slice(indefinite).join(' '), role, via }, first: indefinite };
    // ("The Guardian called it …", "the Kremlin said": one capitalised word after "the" names an institution,
    // a paper or a place; a person's surname takes no article.)
    if (person !== null && person.type === 'person' && the >= 0 && person.title === null && !person.name.includes(' '))
      return { mention: { type: 'group', name: person.name, role, via }, first: the };
    if (person !== null) return { mention: person, first: i };
  }
  return groupAtEnd(toks, via, role);
}

type Named = Exclude<Mention, { type: 'pronoun' }>;
const isUntitledPerson = (m: Mention): m is Named => m.type === 'person' && m.title === null;
/** A place named alone, which speaks as its government does ("Italy"). */
const isPlace = (m: Mention): m is Named => m.type === 'group' && PLACES.has(m.name.toLowerCase());

/** An article for one of many: "one Ohio Republican", "a Texas Democrat". */
const INDEFINITE = /^(?:a|an|one|another)$/i;

const PARTY_BEFORE_NAME = /^(?:Republican|Democratic|Democrat|Labour|Conservative|Tory|Liberal|GOP)$/;

/** A word describing an office-holder between "the" and the office. */
const DESCRIBING = /^(?:new|newly-elected|outgoing|incoming|current|then|late|former|acting|interim|local|veteran)$/;

/** A word that opens a sentence to join it to the one before: capitalised there, and never part of a name. */
const OPENING_CONJUNCTION = /^(?:But|And|Yet|Or|Nor|Still|Meanwhile|However|Also|Instead|Indeed|Moreover|Furthermore)$/;

/** Where the capitalised run ending at `end` starts: connectors inside it, between capitalised words. */
function runStart(toks: readonly string[], end: number): number {
  let i = end;
  while (i > 0) {
    const t = toks[i - 1]!;
    // ("But Environment Secretary Steve Reed said": a conjunction opening the sentence is no part of a title.)
    if (OPENING_CONJUNCTION.test(t)) break;
    if (isCap(t)) i--;
    // ("Ursula von der Leyen": connectors in a row, between capitalised words.)
    else if (CONNECTOR.test(t) && i < end && (isCap(toks[i]!) || CONNECTOR.test(toks[i]!)) && capBefore(toks, i - 2)) i--;
    // ("the Institute for Fiscal Studies", "the Center on Budget and Policy Priorities": "for" or "on" after an
    // institution's noun is inside its name.)
    else if ((t === 'for' || t === 'on') && i < end && i >= 2 && isCap(toks[i]!) && isCap(toks[i - 2]!) && INSTITUTIONS.has(key(toks[i - 2]!))) i--;
    else break;
  }
  return i;
}

/**
 * "the Department of Health and Social Care", "the Food and Drug Administration": an institution's name with
 * "and" in it is one run. Two people joined by "and" ("Reid and Hale") have no word of an institution.
 */
function institutionStart(toks: readonly string[], i: number, end: number): number {
  if (i < 2 || i === end || toks[i - 1] !== 'and' || !isCap(toks[i - 2]!) || /^the$/i.test(toks[i]!)) return i;
  let start = runStart(toks, i - 1);
  if (/^the$/i.test(toks[start]!)) start++;
  const left = toks.slice(start, i - 1);
  // The first part an institution "of" something, or one word before the second's institution noun.
  const ofSomething = left.some((t, k) => INSTITUTIONS.has(key(t)) && /^(?:of|for|on)$/.test(left[k + 1] ?? ''));
  const oneName = left.length === 1 && INSTITUTIONS.has(key(toks[end - 1]!));
  return ofSomething || oneName ? start : i;
}

/**
 * "Culture, Media and Sport Secretary Tessa Jowell": a capitalised run from `i` that opens with a minister's
 * fields, with "and" (and commas) between them, starts at the first field. Only fields of office join so: "Reid
 * and Health Secretary Ann Hale" stays two people.
 */
function portfolioStart(toks: readonly string[], i: number): number {
  const field = (t: string) => PORTFOLIOS.has(key(t)) && isCap(t.replace(/,$/, ''));
  if (i < 2 || toks[i - 1] !== 'and' || !field(toks[i]!) || !field(toks[i - 2]!) || /,$/.test(toks[i - 2]!)) return i;
  // The run must go on to a title after its fields ("Industry Secretary"), not be a list of names.
  let t = i;
  while (t < toks.length && field(toks[t]!)) t++;
  if (t === toks.length || !TITLES.has(key(toks[t]!))) return i;
  let start = i - 2;
  while (start > 0 && /,$/.test(toks[start - 1]!) && field(toks[start - 1]!)) start--;
  return start;
}

/** "Japanese officials", "some experts", "a new poll", "47 percent": modifiers then a group noun. */
function groupAtEnd(toks: readonly string[], via: string | null, role: string | null): { mention: Mention; first: number } | null {
  const head = toks[toks.length - 1]!;
  // ("Tesco’s boss", "the firm’s chief": any noun for a person after an owner; "Reed’s former business
  // partner": with words in lower case between.)
  const owner = toks.findLastIndex((t, k) => k >= toks.length - 4 && k < toks.length - 1 && /['’]s$/.test(t));
  const owned = owner >= 0 && isPersonNoun(key(head)) && toks.slice(owner + 1, -1).every((t) => LOWER_WORD.test(t));
  // ("Regulators", "senior ministers", "rights groups": a plural of one; not the surname of "Tyra Banks".)
  const plural = (LOWER_WORD.test(head) || toks.length === 1) && isPluralSourceNoun(key(head));
  if (!GROUP_NOUNS.has(key(head)) && !INSTITUTIONS.has(key(head)) && !owned && !plural) return null;
  // "Poor training frustrates both": a quantifier ends no noun phrase it could head.
  if (/^(?:all|both|most|some|many|several|few|others?)$/i.test(head) && !/^(?:of|the)$/i.test(toks[toks.length - 2] ?? '')) {
    // (", others question whether …": after a comma, it opens a clause.)
    if (toks.length > 1 && !UPPER_INITIAL.test(head) && !(/^others$/i.test(head) && /,$/.test(toks[toks.length - 2]!))) return null;
  }
  let i = toks.length - 1;
  while (i > 0 && toks.length - i < 5) {
    const t = toks[i - 1]!;
    const k = key(t);
    if (MODIFIER_STOP.has(k) || /[,;:]$/.test(t)) break;
    if (!(LOWER_WORD.test(t) || isCap(t) || NUMBER.test(t) || /^\d/.test(t))) break;
    i--;
    // A determiner starts the noun phrase: "Trump tweaked [his now-familiar campaign]".
    if (/^(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your)$/i.test(t) && toks[i - 1] !== 'of') break;
  }
  // "…, whose firm lobbied for …": the subject of a relative clause is the antecedent's, no source of its own
  // (but a document of theirs speaks: "whose new book boasts of …").
  const words = toks.slice(i);
  if (/^whose$/i.test(words[0]!) && !WRITTEN.test(head)) return null;
  // A lone determiner or quantifier is no source ("all said" is rare; "most" without a noun is ambiguous);
  // "others" is (“Others question whether …”).
  if (words.length === 1 && /^(?:all|both|most|some|many|several|few|majority|minority|percent|cent)$/i.test(head))
    return null;
  return { mention: { type: 'group', name: words.join(' '), role, via }, first: i };
}
