// Who a mention refers to. Pronouns go to the most recent compatible speaker (he/she to a person whose gender
// is unknown or matches, they/we to a group, else a person); names go to the fullest form the article gives
// for them ("Mr. Ryan" and "Ryan" → "Paul D. Ryan"), and the other forms become aliases.

import { descriptionOf, fits, MEMBER_OF } from './descriptions.js';
import { DEMONYM, isPersonNoun, NAME_DESCRIPTORS, PARTY_MEMBER, spelledOut, TITLES } from './lexicon.js';
import { genderOfName } from './given-names.js';
import type { Mention } from './mention.js';
import { rule } from './plain-twins.js';
import { LOWER_INITIAL, UPPER_INITIAL } from './letters.js';

type Gender = 'm' | 'f' | null;

export interface Resolved {
  /** The name as mentioned (titles stripped), before aliases are merged; a group's phrase. */
  readonly key: string;
  readonly group: boolean;
  /** A pronoun with no earlier speaker to refer to: kept as written. */
  readonly unresolved?: boolean;
}

interface Entity {
  readonly key: string;
  /** A group or an organisation: "they" and "it", never "he" or "she". */
  group: boolean;
  gender: Gender;
  /** The gender a title or a given name says (not one guessed from a pronoun): names of another are not theirs. */
  named: Gender;
  title: string | null;
  role: string | null;
  /** The role came from a sentence that only named them ("Bills quarterback Josh Allen was sacked"): a source's own gives way to none. */
  passingRole?: boolean;
  readonly forms: Set<string>;
  /** The sentence (Registry.nextSentence's count) that last mentioned them. */
  seen?: number;
  /** Capitalised words of the first sentences that mentioned them: the organisation a description may tie them to. */
  near?: Set<string>;
  nearSentences?: number;
}

const MALE_TITLES = /^(?:mr|sir|lord|king|prince|father|brother|congressman|assemblyman|councilman|chairman)\.?$/i;
const FEMALE_TITLES = /^(?:mrs|ms|miss|dame|lady|queen|princess|sister|congresswoman|assemblywoman|councilwoman|chairwoman)\.?$/i;
const RECENT = 12;
const CAPITALISED = rule('gu')`\p{Lu}[\p{L}’'-]+`;
/** How many sentences an entity keeps those words of: the first that name someone are where they are introduced. */
const NEAR_SENTENCES = 3;
/** Someone's relation, described: "her finance director", "his lawyer". */
const RELATION_OF = /^(?:his|her|their)\s/i;
/** Someone's relation, as a role: "Her brother", "his wife". */
const RELATION = /^(?:his|her|their)\s+\S+$/i;
/** A phrase ending in a plural common noun ("other experts", "Japanese officials", "people"). */
const PLURAL_HEAD = /(?:^|\s)(?:\p{Ll}+[^s\s]s|[Pp]eople|[Mm]en|[Ww]omen|[Cc]hildren|[Pp]olice)$/u;
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx)\.?$/i;
/** A party and nothing else: "Democrat", "a Republican". */
const PARTY_ONLY = /^(?:Democrat|Republican|Independent|Conservative|Tory|Labour|Liberal Democrat|Green)$/;
/** A title that is an honour or a peerage and no office. */
const HONOUR_ONLY = /^(?:Sir|Dame|Lord|Lady|Baroness|Baron)$/;
/** An AP party and state and nothing else: "R-La.", "D-N.Y.". */
const PARTY_STATE_ONLY = /^[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?$/;

/**
 * "A spokesman for the company", "one resident", "the prime minister", "his lawyer": a single person described,
 * not named (its head noun, singular).
 */
/** The first word ONE_DESCRIBED needs, tried first: most speakers are named. */
const DETERMINER_FIRST = /^(?:an?|one|another|the|his|her|their|its|[A-Z][\w.&-]*['’]s)\s/i;
const ONE_DESCRIBED = /^(?:an?|one|another|the|his|her|their|its|[A-Z][\w.&-]*['’]s)\s+(?!of\b)(?:[\w’'-]+\s+){0,3}?([a-z-]+|\d{1,3}-year-old)(?:\s+(?:for|of|at|from|with|in|on|who|whose|that)\b.*|,.*)?$/is;

/** Capitalised words, then a noun in lower case, with no article: "US official", "Senior Tory MP" ends in capitals and is no match. */
const BARE_DESCRIBED = /^(?:[A-Z][\w.’'-]*\s+){1,3}([a-z][a-z-]+)$/;

/** Whether a group mention's phrase is one person described, and their gender when its noun says it. */
export function describedPerson(phrase: string): { gender: Gender } | null {
  // ("…, says US official", "Senior official": a headline drops the article.)
  const word = DETERMINER_FIRST.test(phrase) ? ONE_DESCRIBED.exec(phrase)?.[1] : BARE_DESCRIBED.exec(phrase)?.[1];
  const head = word?.toLowerCase();
  // ("the Dutchman", "an American": a nationality names one person too.)
  const demonym = word !== undefined && DEMONYM.test(word);
  // ("The film’s star": a word of fame after an owner is one person too; "a six-pointed star" is not.)
  // ("The star, who has sold 200 million records, said": "the star" as a source, definite, is one person too.)
  const owned = /['’]s\s+(?:[\w-]+\s+)?[\w-]+$/.test(phrase.split(/\s+(?:for|of|at|from|with|in|on|who|whose|that)\b|,/)[0]!);
  const famed = head !== undefined && NAME_DESCRIPTORS.has(head) && (owned || (head === 'star' && /^the\s/i.test(phrase)));
  if (head === undefined || !(isPersonNoun(head) || demonym || famed || PARTY_MEMBER.test(word!) || MEMBER_OF.test(head))) return null;
  return { gender: /(?:^|[^o])man$/.test(head) ? 'm' : /woman$/.test(head) ? 'f' : null };
}

/**
 * Whether a speaker's key is one person described by an office or a job, definitely: "Unilever's chief
 * executive", "the prime minister", a headline's "Unilever chief"; not "a spokesman", "his lawyer".
 */
export function isOfficeDescription(key: string): boolean {
  return !/^(?:an?|one|another|his|her|their|its)\s/i.test(key) && describedPerson(key) !== null;
}

/** A one-word name that nothing has shown to be a person's: no title, role, given name or gendered pronoun. */
function isBareName(e: Entity): boolean {
  return !e.group && e.gender === null && e.named === null && e.title === null && e.role === null && !e.key.includes(' ') && isLetter(e.key[0]);
}

function genderOfTitle(title: string): Gender {
  const first = title.split(/\s+/)[0]!;
  return MALE_TITLES.test(first) ? 'm' : FEMALE_TITLES.test(first) ? 'f' : null;
}

function nameWords(name: string): string[] {
  const words = name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    // ("al-Sudani" is "Sudani" too.)
    .replace(/(?:^|(?<=\s))(?:al|el)-/g, '')
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w.replace(/\.$/, ''));
  // Titles only before the name ("Secretary-General António Guterres"): "Howard Dean", "John Major" and
  // "Stephen King" end in surnames that are also titles.
  let first = 0;
  while (first < words.length - 1 && TITLES.has(words[first]!)) first++;
  return first === 0 ? words : words.slice(first);
}

/** A role or a description compared word for word: lower case, without an article. */
function plainRole(role: string): string {
  return role.toLowerCase().replace(/^(?:the|a|an)\s+/, '').trim();
}

/** A title as a role: "UK Prime Minister Sir" is "UK Prime Minister" (the honorific is the name's). */
function officeOf(title: string): string {
  const office = title.replace(/\s+(?:Sir|Dame|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)$/, '');
  return office === '' ? title : spelledOut(office);
}

/** Whether `text` names the entity `key` by its last word (a surname, an institution's noun). */
function namesIn(text: string, key: string): boolean {
  const words = key.split(' ');
  const last = words.pop()!;
  if (last.length < 3) return false;
  for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1)) {
    if (isLetter(text[at - 1]) || isLetter(text[at + last.length])) continue;
    // ("the looming presence of Barbara Bush" names another Bush than Jeb Bush: a given name before it that
    // is not the entity's.)
    const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
    if (before !== '' && before[0] !== before[0]!.toLowerCase() && !words.includes(before)) continue;
    return true;
  }
  return false;
}

/** A cased letter, without a Unicode pattern (compiled at every start). */
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

const SUFFIX_WORDS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The surname among a name's words: the last, but for a generational suffix ("King" of "… King Jr."). */
function surname<T extends string>(words: readonly T[]): T | undefined {
  const last = words[words.length - 1];
  return last !== undefined && words.length > 1 && SUFFIX_WORDS.has(last.toLowerCase().replace(/\.$/, '')) ? words[words.length - 2] : last;
}

export class Registry {
  private readonly entities = new Map<string, Entity>();
  /** People named in full, by surname: what a surname alone may stand for. */
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly recent: Entity[] = [];
  /** People named after a relation ("Her brother, Paul Castellano,"), by that relation in lower case. */
  private readonly byRelation = new Map<string, Entity>();
  /**
   * Two capitalised words seen anywhere ("Pep Guardiola's side"), by their last word: the full name of a person
   * known only by that word, unless two such names end with it (null).
   */
  private readonly fullNames = new Map<string, string | null>();
  private sentences = 0;
  /** Where this sentence and the one before stand (their paragraphs' masked texts and offsets), read only for a description. */
  private here: readonly [string, number, number] = ['', 0, 0];
  private before: readonly [string, number, number] = ['', 0, 0];

  /** The engine moves on to the next sentence: how far back a description may look is counted in these. */
  nextSentence(masked: string, start: number, end: number): void {
    this.sentences++;
    this.before = this.here;
    this.here = [masked, start, end];
  }

  /** The text of this sentence and the one before. */
  private lately(): string {
    const [a, aStart, aEnd] = this.before;
    const [b, bStart, bEnd] = this.here;
    return `${a.slice(aStart, aEnd)} ${b.slice(bStart, bEnd)}`;
  }

  /**
   * `named`: for a pronoun, the words of what its clause says; an entity named there by its last word is not
   * what the pronoun stands for ("They reject the tribunal's findings" is not the tribunal's; "It said the
   * union had broken the deal", not the union's).
   */
  resolve(mention: Mention, named = ''): Resolved | null {
    if (mention.type === 'pronoun') {
      const p = mention.pronoun.toLowerCase();
      const want: Gender = p === 'he' ? 'm' : p === 'she' ? 'f' : null;
      // "we" and "I" outside a quote are the writer (or the paper), not someone named before: no speaker.
      if (p === 'we' || p === 'i') return null;
      // "they" and "it" (a company, a ministry, a report) refer to a group; "he" and "she" to a person.
      const plural = p === 'they' || p === 'it';
      for (let i = this.recent.length - 1; i >= 0 && i >= this.recent.length - 6; i--) {
        const e = this.recent[i]!;
        // ("it" is one company or report, not "other experts": a plural common noun is skipped.)
        if (p === 'it' && PLURAL_HEAD.test(e.key)) continue;
        if (named !== '' && namesIn(named, e.key)) continue;
        // ("Tesco said profits rose. It added …": one bare word that no title, given name or pronoun has made
        // a person is a firm or a party that "it" can stand for, and from then on is one.)
        if (p === 'it' && isBareName(e)) e.group = true;
        // ("Green accused Hale … He said": "Green" alone is Sarah Green, no "he".)
        const gender = e.gender ?? this.genderOfFullerName(e);
        // ("her finance director warned her …. Two years on, she says": someone's relation, of no known gender,
        // is not "she" when the one they belong to, named and of that gender, was named just before.)
        if (!plural && want !== null && gender === null && RELATION_OF.test(e.key) && this.namedOfGender(want, i) !== undefined) continue;
        // ("“…,” one wrote on X. … In a 2021 interview, she said …": one of a crowd, unnamed, is "he" or "she"
        // only in the sentence after it spoke.)
        if (!plural && ONE_OF_MANY.test(e.key) && this.sentences - (e.seen ?? -9) > 1) continue;
        if (plural ? e.group : !e.group && (gender === null || want === null || gender === want)) {
          if (!plural && e.gender === null && want !== null) e.gender = want;
          this.touch(e);
          return { key: e.key, group: e.group };
        }
      }
      return null;
    }
    // "A spokesman for the company said …. He added …": one person, though no name is given.
    const described = mention.type === 'group' ? describedPerson(mention.name) : null;
    // ("Her brother declined to comment", after "Her brother, Paul Castellano,": the same relation, the same person.)
    const antecedent = described === null ? undefined : (this.byRelation.get(mention.name.toLowerCase()) ?? this.unnamedBefore(mention.name) ?? this.describedBefore(mention.name, described.gender));
    if (antecedent !== undefined) {
      this.touch(antecedent);
      return { key: antecedent.key, group: false };
    }
    // ("according to the Office for National Statistics (ONS)": a body named with its letters after it is the
    // body, and the letters its alias, as when they come later alone.)
    const lettered = mention.type === 'group' && described === null ? NAME_THEN_LETTERS.exec(mention.name) : null;
    if (lettered !== null && initialsFit(lettered[2]!, lettered[1]!)) return this.resolve({ ...mention, name: lettered[1]! }, named);
    const group = mention.type === 'group' && described === null;
    // ("Unison, the union for nurses, said …. The union warned …": a group named with "the" and the noun its
    // appositive gave a body just named is that body.)
    const namedBody = group && !this.entities.has(mention.name) ? (this.groupDescribedAs(mention.name) ?? this.indefiniteBefore(mention.name) ?? this.firmBefore(mention.name)) : undefined;
    if (namedBody !== undefined) {
      namedBody.forms.add(mention.name);
      this.touch(namedBody);
      return { key: namedBody.key, group: true };
    }
    // "Mr. Santos" after "Ms. Santos": a title of the other gender names another person of that name.
    const titled = mention.type === 'person' && mention.title !== null ? genderOfTitle(mention.title) : null;
    const same = this.entities.get(mention.name);
    const key = mention.type === 'person' && titled !== null && same !== undefined && same.named !== null && same.named !== titled ? `${mention.title} ${mention.name}` : mention.name;
    let e = this.entities.get(key);
    if (e === undefined) {
      // ("Amina Yusuf … Yusuf does not argue": a known surname alone is of its full name's gender, not of the
      // given name it may also be.)
      const gender = described !== null ? described.gender : group || (!key.includes(' ') && this.bySurname.has(key)) ? null : genderOfName(key);
      // (A given name says it only before a surname: "Martin" alone may be Jean Martin's surname.)
      e = { key, group, gender, named: described === null && !group && !key.includes(' ') ? null : gender, title: null, role: null, forms: new Set([key]) };
      this.entities.set(key, e);
      const last = !group && described === null && key.includes(' ') ? surname(key.split(/\s+/)) : undefined;
      if (last !== undefined) this.bySurname.set(last, [...(this.bySurname.get(last) ?? []), e]);
    }
    if (mention.type === 'person') {
      const title = mention.title;
      if (title !== null) {
        e.gender = genderOfTitle(title) ?? e.gender;
        e.named = genderOfTitle(title) ?? e.named;
        // ("Health Secretary Wes Streeting" after a mention as "Secretary Wes Streeting": the fuller title.)
        if ((e.title === null || (title.length > e.title.length && title.endsWith(e.title))) && !HONORIFIC.test(title)) e.title = title;
      }
    }
    if (mention.type === 'person' && mention.role !== null && RELATION.test(mention.role)) this.byRelation.set(mention.role.toLowerCase(), e);
    if (mention.role !== null && (e.role === null || e.passingRole === true)) {
      e.role = mention.role;
      e.passingRole = false;
    }
    this.touch(e);
    return { key, group };
  }

  /** A body named just before whose role ends in the noun of "the group", "the union", "the charity". */
  private groupDescribedAs(phrase: string): Entity | undefined {
    const head = THE_BODY.exec(phrase)?.[1]?.toLowerCase();
    if (head === undefined) return undefined;
    for (let i = this.recent.length - 1; i >= 0 && i >= this.recent.length - 6; i--) {
      const e = this.recent[i]!;
      const role = e.role?.toLowerCase().replace(ROLE_CLAUSE, '');
      // (A single word no title, given name or pronoun made a person is a body when its role says so: "NetChoice,
      // a trade group": from then on it is one.)
      const body = e.group || (!e.key.includes(' ') && e.gender === null && e.named === null && e.title === null);
      if (body && role !== undefined && (role === head || role.endsWith(` ${head}`))) {
        e.group = true;
        return e;
      }
    }
    return undefined;
  }

  /** The last word of a person named in full, or of two capitalised words seen once as a full name. */
  private isKnownSurname(word: string): boolean {
    return this.bySurname.has(word) || typeof this.fullNames.get(word) === 'string';
  }

  /**
   * "Companion Labs said it was heartbroken. The San Francisco-based company said …": "the company" (or firm,
   * retailer, bank …) with no role to match is the organisation named by its own name in this sentence or the
   * one before, the last one named.
   */
  private firmBefore(phrase: string): Entity | undefined {
    if (THE_FIRM.exec(phrase) === null) return undefined;
    // (The last one named only: a person, a party's people or "the union" since is no firm, nor anything before.)
    const e = this.recent[this.recent.length - 1];
    if (e === undefined || this.sentences - (e.seen ?? -9) > 1) return undefined;
    // (A role is a sign of a person only when it names one: "Hale, the club's chairman," is; "Pfizer, the
    // vaccine's maker," is not.)
    const personal = e.gender !== null || e.named !== null || e.title !== null || e.key.includes(' ') || !isLetter(e.key[0]) || (e.role !== null && describedPerson(e.role) !== null);
    if ((!e.group && personal) || !OWN_NAME.test(e.key) || PARTY_PEOPLE.test(e.key)) return undefined;
    e.group = true;
    return e;
  }

  /**
   * "according to an indictment unsealed on Thursday … The indictment alleges …", "a new poll … the poll": a
   * group introduced with "a" and taken up by "the" and its head noun, within the last few sources.
   */
  private indefiniteBefore(phrase: string): Entity | undefined {
    const head = THE_WORD.exec(phrase)?.[1]?.toLowerCase();
    if (head === undefined) return undefined;
    for (let i = this.recent.length - 1; i >= 0 && i >= this.recent.length - 6; i--) {
      const e = this.recent[i]!;
      const words = e.group ? (A_PHRASE.exec(e.key)?.[1]?.toLowerCase().split(/\s+/) ?? []) : [];
      if (words.includes(head)) return e;
    }
    return undefined;
  }

  /** A person named before `before` in `recent`, within the pronoun window, whom a title or given name makes of `gender`. */
  private namedOfGender(gender: Gender, before: number): Entity | undefined {
    for (let k = before - 1; k >= 0 && k >= this.recent.length - 6; k--) {
      const o = this.recent[k]!;
      if (!o.group && o.named === gender) return o;
    }
    return undefined;
  }

  /** Where in `recent` the person named most recently is (not a group, not one only described); -1 if none. */
  private lastPersonIndex(): number {
    return this.recent.findLastIndex((o) => !o.group && describedPerson(o.key) === null);
  }

  /** The person named most recently (not a group, not one only described), if any. */
  lastPerson(): Resolved | null {
    const e = this.recent.findLast((o) => !o.group && describedPerson(o.key) === null);
    return e === undefined ? null : { key: e.key, group: false };
  }

  /** Whether a word names a person already known, in full or by surname ("Harris" after "Simon Harris"). */
  isPerson(word: string): boolean {
    const e = this.entities.get(word);
    return (e !== undefined && !e.group && describedPerson(e.key) === null) || this.bySurname.has(word);
  }

  /**
   * "A source told The Sun: “…” The insider added …": an unnamed source taken up again by "the" and a word for
   * one (source, insider, friend, pal, aide), within the next two sentences, is the same one.
   */
  private unnamedBefore(phrase: string): Entity | undefined {
    const head = /^the\s+(?:[\w’'-]+\s+)?([a-z]+)$/i.exec(phrase)?.[1]?.toLowerCase();
    if (head === undefined || !UNNAMED_SOURCE.test(head)) return undefined;
    for (let i = this.recent.length - 1; i >= 0 && i >= this.recent.length - 4; i--) {
      const e = this.recent[i]!;
      // ("a State Department spokesperson": the word for one may come after others.)
      const words = /^(?:an?|one)\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)(?:\s|$)/i.exec(e.key)?.[1]?.toLowerCase().split(/\s+/) ?? [];
      // (A word for a post is taken up only by itself: "an official … the official", not "… the aide".)
      const same = (w: string) => (UNNAMED_POST.test(head) ? w === head : UNNAMED_SOURCE.test(w) && !UNNAMED_POST.test(w));
      if (!e.group && words.some(same) && this.sentences - (e.seen ?? -9) <= 2) return e;
    }
    return undefined;
  }

  /**
   * The person named before whom a definite description stands for, if any. Not an office: someone named in
   * this sentence or the one before, of its gender, when neither introduced another of its kind ("Hale met a
   * teacher. The teacher said" is the teacher). An office: one of the last few people whose role or title it
   * fits.
   */
  private describedBefore(phrase: string, gender: Gender): Entity | undefined {
    const description = descriptionOf(phrase);
    if (description === null) return undefined;
    if (!description.office && new RegExp(`\\b(?:an?|one|another)\\s+(?:[\\w’'-]+\\s+){0,2}${description.head}\\b`, 'i').test(this.lately())) return undefined;
    for (let i = this.recent.length - 1; i >= 0 && i >= this.recent.length - 4; i--) {
      const e = this.recent[i]!;
      if (e.group || describedPerson(e.key) !== null) continue;
      // ("Spotify said … The singer thanked fans": one word never named in full, by no title or given name, may be
      // a firm; it is described as a person only as the surname of a name seen in full.)
      // (A nationality still may be: "Swiatek praised her opponent. … the Pole said".)
      if (isBareName(e) && !this.isKnownSurname(e.key) && !DEMONYM.test(description.head)) continue;
      const own = e.gender ?? this.genderOfFullerName(e);
      if (gender !== null && own !== null && own !== gender) continue;
      // ("Trump" fits "the former president" when "former President Donald Trump" was named.)
      const fuller = e.key.includes(' ') ? [] : (this.bySurname.get(e.key) ?? []);
      // ("Mikel Arteta praised Saka. … The Arsenal manager admitted": a job at an organisation, said of the last
      // person named, who has no role and was named a sentence or two before.)
      // (The organisation named where they were: "Ann Lee said … The Tesco boss said" is someone else.)
      const jobOfLast =
        description.jobAt !== null &&
        i === this.lastPersonIndex() &&
        e.role === null &&
        e.title === null &&
        this.sentences - (e.seen ?? -9) <= 2 &&
        description.jobAt.split(' ').slice(0, -1).every((w) => e.near?.has(w) === true);
      if (jobOfLast) {
        e.role = description.jobAt;
        e.passingRole = true;
        return e;
      }
      if (description.office ? ![e, ...fuller].some((o) => fits(description, `${o.role ?? ''} ${o.title === null ? '' : officeOf(o.title)}`)) : this.sentences - (e.seen ?? -2) > 1) continue;
      // ("Senate Minority Leader Mitch McConnell, R-Ky." is no Democrat.)
      const letter = description.party !== null ? /\b([DRI])-/.exec(e.role ?? '')?.[1] : undefined;
      if (letter !== undefined && letter !== description.party) continue;
      if (description.role !== null && e.role === null) {
        e.role = description.role;
        e.passingRole = true;
      }
      return e;
    }
    return undefined;
  }

  /**
   * The gender the names of the people a lone surname may stand for give them (a given name, a title), when
   * they all give the same one. (Not a gender guessed from a pronoun: that may have been a wrong guess.)
   */
  private genderOfFullerName(e: Entity): Gender {
    if (e.group || e.key.includes(' ')) return null;
    let gender: Gender = null;
    for (const o of this.bySurname.get(e.key) ?? []) {
      if (o.named === null || (gender !== null && o.named !== gender)) return null;
      gender = o.named;
    }
    return gender;
  }

  /** A person named in passing ("Dr. Ruth Kim studied the data"): a referent for later pronouns and aliases. */
  mention(person: { readonly name: string; readonly title: string | null; readonly role?: string; readonly surnameOnly?: boolean; readonly relation?: string; readonly fullNameOnly?: boolean }): void {
    if (person.fullNameOnly === true) {
      const last = person.name.slice(person.name.lastIndexOf(' ') + 1);
      const known = this.fullNames.get(last);
      if (known === undefined) this.fullNames.set(last, person.name);
      else if (known !== person.name) this.fullNames.set(last, null);
      return;
    }
    const existing = this.entities.get(person.name);
    if (existing !== undefined && existing.group) return;
    // ("Garcia, the grocery store worker" after "Agusein Garcia": "Paris, the capital" names no one known.)
    // ("A header from Jamal Okafor won it. Okafor was making his third appearance.": or the last word of two
    // capitalised words seen before, which are then his full name.)
    if (person.surnameOnly === true && existing === undefined && !this.isKnownSurname(person.name)) return;
    this.resolve({ type: 'person', name: person.name, title: person.title, role: null, via: null });
    // (A role from a sentence that only names someone stands until one of their statements gives theirs.)
    const e = this.entities.get(person.name);
    if (e !== undefined && person.relation !== undefined) this.byRelation.set(person.relation.toLowerCase(), e);
    if (e !== undefined && person.role !== undefined && e.role === null) {
      e.role = person.role;
      e.passingRole = true;
    }
  }

  /**
   * The speaker of a sentence, most recent again after the people it named in passing after its cue: the next
   * sentence's "He said:" is more likely its subject's than a name in its last clause ("Lord Butler said in his
   * interview, conducted by Boris Johnson. He said: …").
   */
  focus(who: Resolved): void {
    const e = this.entities.get(who.key);
    if (e !== undefined) this.touch(e);
  }

  /**
   * A sentence of quotation with no source of its own, which goes on from the last speaker: they are still the
   * one just mentioned ("“…,” she told the magazine. “…” The star, who …, said": the star is her).
   */
  quotationGoesOn(): void {
    const last = this.recent[this.recent.length - 1];
    if (last !== undefined) last.seen = this.sentences;
  }

  private touch(e: Entity): void {
    // Only the last few entities can be referred to by a pronoun; a short list keeps this constant-time.
    if (!e.group && e.seen !== this.sentences && (e.nearSentences ?? 0) < NEAR_SENTENCES) {
      const [text, start, end] = this.here;
      e.near ??= new Set();
      e.nearSentences = (e.nearSentences ?? 0) + 1;
      for (const w of text.slice(start, end).match(CAPITALISED) ?? []) e.near.add(w);
    }
    e.seen = this.sentences;
    const i = this.recent.lastIndexOf(e);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.push(e);
    if (this.recent.length > RECENT) this.recent.shift();
  }

  /**
   * Canonical names: each person key maps to the longest person key whose words include all of its words
   * (the most recently registered one on a tie). Groups map to themselves.
   */
  canonical(): Map<string, { name: string; role: string | null; aliases: string[]; group: boolean }> {
    // A person described ("the senator", "a spokesman for the firm") is no name: their words are no aliases,
    // and "a senator" is not "A Democratic senator". They stand for themselves.
    const people = [...this.entities.values()].filter((e) => !e.group && describedPerson(e.key) === null);
    const out = new Map<string, { name: string; role: string | null; aliases: string[]; group: boolean }>();
    // Candidates for a fuller form share the last word of the name: index people by every word once.
    const byWord = new Map<string, Entity[]>();
    const wordsOf = new Map<Entity, string[]>();
    for (const e of people) {
      const words = nameWords(e.key);
      wordsOf.set(e, words);
      for (const w of new Set(words)) {
        const list = byWord.get(w);
        if (list === undefined) byWord.set(w, [e]);
        else list.push(e);
      }
    }
    const target = new Map<string, Entity>();
    for (const e of people) {
      const words = wordsOf.get(e)!;
      let best = e;
      let bestLen = words.length;
      const last = surname(words);
      for (const o of last === undefined ? [] : byWord.get(last) ?? []) {
        // ("Mr. Santos" is not "Maria Santos": names of people of another gender are not one person's.)
        if (o === e || (e.named !== null && o.named !== null && e.named !== o.named)) continue;
        const ow = wordsOf.get(o)!;
        // (The same words written two ways, "Kennedy Jr" and "Kennedy Jr.": the longer spelling.)
        const fuller = ow.length > bestLen || (ow.length === bestLen && o.key.length > best.key.length && wordsOf.get(best)!.every((w) => ow.includes(w)));
        if (fuller && words.every((w) => ow.includes(w))) {
          best = o;
          bestLen = ow.length;
        }
      }
      target.set(e.key, best);
    }
    const merged = new Map<Entity, { name: string; role: string | null; aliases: Set<string>; group: boolean; members: Entity[] }>();
    for (const e of people) {
      const t = target.get(e.key)!;
      let rec = merged.get(t);
      if (rec === undefined) {
        rec = { name: t.key, role: null, aliases: new Set(), group: false, members: [] };
        merged.set(t, rec);
      }
      rec.members.push(e);
      if (e.key !== t.key) rec.aliases.add(e.key);
    }
    for (const [t, rec] of merged) {
      const members = rec.members;
      // ("said Guardiola", after "Pep Guardiola's side": a surname alone, named in full only in passing.)
      const full = !t.key.includes(' ') ? this.fullNames.get(t.key) : undefined;
      if (full !== undefined && full !== null && !this.entities.has(full)) {
        rec.name = full;
        rec.aliases.add(t.key);
      }
      const title = t.title ?? members.find((m) => m.title !== null)?.title ?? null;
      // (A role a statement gave beats one from a sentence that only named them.)
      const stated = t.role !== null && t.passingRole !== true ? t : members.find((m) => m.role !== null && m.passingRole !== true);
      // (An honour alone, "Dame Sarah Storey", "Lord Sugar", is no office.)
      rec.role = stated?.role ?? t.role ?? members.find((m) => m.role !== null)?.role ?? (title === null || HONOUR_ONLY.test(title) ? null : officeOf(title));
      // ("Their Treasury spokeswoman, Daisy Cooper,", "Its chairman": an institution's possessive pronoun says
      // nothing out of its sentence. "Her lawyer" keeps hers: a relation is someone's.)
      // ("said one voter, Mary Jones,": "voter".)
      if (rec.role !== null) rec.role = rec.role.replace(/^(?:Their|Its|their|its|One|one|Another|another)\s+(?=\S)(?!of\b)/, '');
      // ("House Speaker Mike Johnson" … "Johnson, R-La.,": the office, then the party and state.)
      // (Not a courtesy title: "Mr.", "Dr." say no office.)
      // ("Pennsylvania Gov. Josh Shapiro, a Democrat,": the office, then the party; "Republican Blake Masters": a
      // party as the title is the role already.)
      if (rec.role !== null && title !== null && !HONOUR_ONLY.test(title) && (PARTY_STATE_ONLY.test(rec.role) || (PARTY_ONLY.test(rec.role) && !/^(?:Dr|Prof)\.?$/.test(title))) && !officeOf(title).endsWith('.') && !rec.role.startsWith(officeOf(title))) rec.role = `${officeOf(title)}, ${rec.role}`;
      const words = t.key.split(/\s+/);
      if (words.length > 1) rec.aliases.add(surname(words)!);
    }
    for (const e of people) {
      const rec = merged.get(target.get(e.key)!)!;
      out.set(e.key, { name: rec.name, role: rec.role, aliases: [...rec.aliases].filter((a) => a !== rec.name), group: false });
    }
    // ("‘We will not be bullied’: Ireland's foreign minister on trade", then "Ireland's foreign minister, Simon
    // Harris,": one person described as another's role, word for word, is that person.)
    const byRole = new Map<string, { name: string; role: string | null; aliases: string[]; group: boolean } | null>();
    for (const rec of out.values()) {
      const role = rec.role === null ? null : plainRole(rec.role);
      if (role !== null && role.includes(' ')) byRole.set(role, byRole.has(role) && byRole.get(role)?.name !== rec.name ? null : rec);
    }
    for (const e of this.entities.values()) {
      if (!e.group && !out.has(e.key)) {
        const same = byRole.get(plainRole(e.key));
        if (same !== undefined && same !== null) {
          out.set(e.key, same);
          continue;
        }
      }
      // (A group's other forms, "The audit" taken up after "An audit", are its aliases.)
      if (e.group || !out.has(e.key)) out.set(e.key, { name: e.key, role: e.role, aliases: e.group ? [...e.forms].filter((f) => f !== e.key) : [], group: e.group });
    }
    // ("the India Meteorological Department (IMD) said", then "the IMD said": an institution and its letters are
    // one source, named in full, when the letters are its name's initials and no other's.)
    for (const e of this.entities.values()) {
      if (!e.group || !ACRONYM_KEY.test(e.key)) continue;
      const letters = e.key.replace(/^the\s+/i, '').replace(/s$/, '');
      const full = [...this.entities.values()].filter((o) => o.group && o !== e && initialsFit(letters, o.key));
      if (full.length !== 1) continue;
      const rec = out.get(full[0]!.key)!;
      if (!rec.aliases.includes(letters)) rec.aliases.push(letters);
      out.set(e.key, rec);
    }
    // ("An audit found …. The audit recommended …", "Police said …. The police added …": a group named again with
    // "the", or without its article, is the one named first, under the name it was first given; a capital
    // that only opened a sentence gives way to the form written mid-sentence: "The poll", "the poll": "the poll".)
    const firstNamed = new Map<string, { name: string; role: string | null; aliases: string[]; group: boolean }>();
    for (const e of this.entities.values()) {
      if (!e.group) continue;
      const bare = e.key.replace(ARTICLE_FIRST, '').toLowerCase();
      const first = firstNamed.get(bare);
      const own = out.get(e.key)!;
      if (first === undefined) firstNamed.set(bare, own);
      else if (first !== own && first.name !== own.name) {
        const lower = own.name.toLowerCase() === first.name.toLowerCase() && LOWER_INITIAL.test(own.name) && UPPER_INITIAL.test(first.name);
        const alias = lower ? first.name : own.name;
        if (lower) first.name = own.name;
        first.aliases = [...first.aliases.filter((a) => a !== first.name), ...(first.aliases.includes(alias) ? [] : [alias])];
        out.set(e.key, first);
      }
    }
    return out;
  }
}

const ARTICLE_FIRST = /^(?:the|a|an)\s+/i;
/** "The indictment": "the" and one word. */
const THE_WORD = rule('iu')`^the\s+([\p{L}-]{3,})$`;
/** "an indictment unsealed …", "a new poll": "a" and its first three words. */
const A_PHRASE = rule('iu')`^an?\s+((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)`;
/** A name, then its letters in brackets: "the Office for National Statistics (ONS)". */
const NAME_THEN_LETTERS = /^(?:the\s+)?(\S.*?)\s+\(([A-Z]{2,6})\)$/i;
/** One of a crowd: "one fan", "Another resident". */
const ONE_OF_MANY = /^(?:one|another)\s+\S+$/i;
/** A firm taken up by what it is, maybe described: "the company", "the San Francisco-based retailer", "the carmaker". */
const THE_FIRM = /^the\s+(?:[\w.’'&-]+\s+){0,3}?(?:company|firm|business|giant|chain|start-?up|retailer|carmaker|automaker|airline|bank|lender|insurer|manufacturer|chipmaker|conglomerate|supermarket|brewer|publisher|broadcaster|operator|developer)$/i;
/** An organisation's own name: capitalised, with no determiner. */
const OWN_NAME = /^(?!(?:The|A|An)\s)\p{Lu}/u;
/** People of a party or a side, named in the plural: no firm. */
const PARTY_PEOPLE = /^(?:Democrats|Republicans|Tories|Conservatives|Liberals|Progressives|Independents|Greens|Socialists|Americans|Britons)$/;
/** "The group", "the union": "the" and one word for a body. */
const THE_BODY = /^the\s+(group|union|charity|organi[sz]ation|association|company|firm|agency|campaign|coalition|network|body|council|party|foundation|institute|centre|center|trust|club|alliance|society|federation|watchdog|regulator|lobby|tank|bank|ministry|department|board)$/i;
/** A clause after a role's noun: " that represents …", " whose members …". */
const ROLE_CLAUSE = /\s+(?:that|which|who|whose|with|for|of|in|at|from)\b.*$/;

/** Words for an unnamed source, which "the" takes up again: "a source … the insider", "a spokesperson … the spokesperson". */
const UNNAMED_SOURCE = /^(?:source|insider|friend|pal|aide|confidant|confidante|person|individual|spokesperson|spokesman|spokeswoman|official|representative)$/;
/** Of those, the words for a post. */
const UNNAMED_POST = /^(?:spokesperson|spokesman|spokeswoman|official|representative)$/;
/** A key that is letters: "IMD", "the ONS", "UKHSA". */
const ACRONYM_KEY = /^(?:the\s+)?[A-Z]{2,6}s?$/;
/** Small words a name's initials leave out: "Office for National Statistics" is ONS. */
const NOT_INITIALLED = /^(?:of|for|the|and|on|in|at|to|&)$/i;

/**
 * Whether `letters` are the initials of a name ("IMD": India Meteorological Department), or of all its words but
 * the last few ("CDC": Centers for Disease Control and Prevention); a word in capitals gives all its letters
 * ("UKHSA": UK Health Security Agency).
 */
function initialsFit(letters: string, name: string): boolean {
  const words = name.replace(/^the\s+/i, '').split(/\s+/).filter((w) => !NOT_INITIALLED.test(w));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const initials = words.map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0]!)).join('');
  return initials === letters || (letters.length >= 3 && initials.startsWith(letters) && initials.length - letters.length <= 1);
}
