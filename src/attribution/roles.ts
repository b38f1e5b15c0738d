// The subject before a cue, with what stands between it and the cue: appositives that give a role
// ("Ann Lee, a former diplomat, said"), an intermediary ("X, as reported by The Times, argue";
// "X, the BBC reports, believes"), a relative pronoun ("X, who said"), auxiliaries and adverbs
// ("has also said", "on Tuesday said"). A loose noun phrase as the source is loose-source.ts.

import { isCueWord } from './cues.js';
import { CAUGHT_ON, DEMONYM, GOING_ON, GROUP_NOUNS, INSTITUTIONS, isPersonNoun, isPluralSourceNoun, isSourceNoun, NAME_DESCRIPTORS, PARTY_MEMBER, PERCEIVED, ROLE_WORDS, spelledOut, TITLES } from './lexicon.js';
import { isNamedGroup, mentionAtEnd, personFromRun, sourceAtEnd, tokens } from './names.js';
import type { Mention } from './mention.js';
import { lastNonSpaceRun } from '../text/scan.js';
import { rule, ruleFrom } from './plain-twins.js';
import { ACRONYM, LOWER_INITIAL, UPPER_INITIAL } from './letters.js';
import { looseSource } from './loose-source.js';
import { GROUPS_NAMED, namedAtEnd } from './named-person.js';
import { listedSources } from './listed-sources.js';

/** Days as written mid-sentence: capitalised names, lower-case "yesterday". */
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight'
  .split('|')
  .map((d) => `[${d[0]!.toUpperCase()}${d[0]}]${d.slice(1)}`)
  .join('|');
/** Words between a subject and its cue: auxiliaries, negation, adverbs, time phrases, asides. */
const BETWEEN = ruleFrom(
  [
    String.raw`(?:\s*(?:--|—|–)[^—–]*?(?:--|—|–)`, // "Lee—a lawyer—said"
    String.raw`,\s*(?:however|though|meanwhile|too|also|instead|in turn|for (?:his|her|their|its) part),?`, // ", however,"
    // ", in a statement,", ", in an interview with The Times,"
    String.raw`,\s*in (?:a|an|the|his|her|their|its) (?:statement|interview|speech|letter|post|tweet|email|e-mail|video|op-ed|column|report)(?:\s+(?:with|to|on|for|in)\s+[^,]{1,60})?,?`,
    // ", after a long meeting with the council,", ", in the wake of the vote,": a phrase set off by commas
    String.raw`,\s*(?:after|before|during|amid|despite|following|in|at|on|under|with|without|since|like|unlike)\s+[^,;:\u2592]{1,120},`,
    // "is reported to have", "was quoted as"
    String.raw`\s+(?:is|are|was|were)\s+(?:understood|reported|said|believed|thought|known|expected|alleged|claimed|quoted)\s+(?:to(?:\s+have)?|as)`,
    // single words and time phrases: "has also", "on Tuesday", "in a statement", "in his announcement speech";
    // adverbs in -ly, not the nouns "family" and "ally"
    String.raw`(?:\s+|^)(?:\([^()]*\)|also|both|each|has|have|had|was|were|is|are|would|will|could|may|might|should|must|can|did|does|do|not|never|later|previously|recently|then|again|once|often|first|further|still|already|even|just|long|only|since|been|being|now|alike|all|(?!(?:family|ally|assembly)\b)\p{Ll}+ly|on (?:${DAYS})|(?:${DAYS})|last (?:week|month|year|night)|this (?:week|month|year)|earlier|so far|thus far|to date|until now|in the past|(?:go|goes|went|going) on to|in (?:a|an|the|his|her|their) (?:[\p{Ll}-]+ ){0,2}(?:statement|interview|speech|remarks|address|letter|post|tweet|email|e-mail|op-ed|column)))\s*$`,
  ].join('|'),
  // Case-sensitive: "Mrs May said" keeps its name, where "may" would be stripped as a modal.
  'u',
);
/** "the mayor", "the company's chief executive": a short role phrase standing before a name. */
const ROLE_BEFORE = rule('u')`^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{Ll}-]+$`;
/** A party and a state set off by commas, as American papers write them: "R-Utah", "D-N.Y.", "I-Vt.". */
const PARTY_AND_STATE = /^\s*[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*$/;
/** A party and state in brackets after a name: "(R-Calif.)", "(D-N.Y.)", "(I-Vt.)". */
const PARTY_STATE = /\s*\([DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\)/g;
/** "The Shadow Secretary of State for the Family, Theresa May, said": an office in Title Case before the name. */
const OFFICE_BEFORE = /^[Tt]he\s+(?:[\w'’-]+\s+){0,2}(?:Secretary|Minister|Chancellor|Director|Commissioner|Ambassador|Chairman|Chairwoman|Chair|President|Governor|Mayor|Leader|Spokesman|Spokeswoman|Spokesperson|Speaker|Chief|Archbishop|Bishop|Cardinal|Dean|Provost|Principal|Rector|Warden|Comptroller|Auditor|Registrar|Coroner|Sheriff|Commander|Marshal)(?:-[A-Z][a-z]+)?(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*)){0,7}$/;
/** "The head of the IMF", "The MP for Leeds Central", "the chief executive of Tesco": a person's office of something. */
const ROLE_OF_BEFORE = rule('u')`^[Tt]he\s+(?:[\p{L}'’-]+\s+){0,2}(?:head|chief|leader|director|president|chair|chairman|chairwoman|boss|founder|owner|editor|governor|mayor|minister|secretary|captain|coach|manager|spokesman|spokeswoman|spokesperson|executive|MP|MSP|MEP|member|senator|ambassador|archbishop|bishop|dean|principal|vice-chancellor|provost|commissioner|commander|judge|professor|lecturer)\s+(?:of|for|at)\s+(?:the\s+)?[^,;]{1,50}$`;
/** "The family of one resident", "Lawyers for one defendant": the people of someone, whom a name after it names. */
const PEOPLE_OF_BEFORE = /^(?:the|a)?\s*(?:[\w'’-]+\s+)?(?:family|relatives|parents|children|friends|colleagues|neighbou?rs|supporters|allies|aides|advisers|advisors|associates|backers|lawyers|attorneys|solicitors|campaign|camp)\s+(?:of|for)\s+[^,;]{1,50}$/i;
const VIA_BEFORE = /^as\s+(?:reported|quoted|cited|told|noted|relayed)\s+(?:by|to|in)\s+(.+)$/i;
const VIA_CLAUSE = /^(.+?)\s+(?:quotes|quoted|reports|reported|says|said|notes|noted|writes|wrote)$/;
const LIKE = /(?:^|\s)(?:like|such as|including|among them|notably)\s+(.+)$/;
const WITH_TEAM = rule('u')`(?:^|\s)((?:Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.)?\s*\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}\s+and\s+(?:his|her|their)\s+(?:colleagues|co-authors|coauthors|team|researchers|aides|staff|advisers|advisors|lawyers|allies|supporters))\s*$`;
/** Up to five words ending right before a name (where the role before it would be). */
const ROLE_RIGHT_BEFORE = rule('u')`(?:^|[\s,(])((?:[\p{L}'’.-]+\s+){0,4}[\p{L}-]+)\s+$`;
/** The last word of a phrase ending "the senator", "a former mayor" (a determiner, then up to three words). */
const OFFICE_AT_END = /\b(?:the|a|an|one|another|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}([a-z-]+|\d{1,3}-year-old)\s*$/i;
/** " who", then a verb and up to four words, right before an object: the relative clause that object is in. */
const RELATIVE_OBJECT = /\swho\s+(?:[a-z]+ly\s+)?[a-z]+\s+(?:\S+\s+){0,4}$/;
/** A plural noun, then what its people belong to: "lawyers for the company", "officials at the ministry". */
const BELONGING_AT_END = /(?:^|\s)([a-z]+s)\s+(?:for|of|at|from|representing)\s+[^,;]{1,60}$/;
/** A verb in the past or a common irregular one: no word of a role (see ROLE_PARTICIPLE). */
const VERB_LIKE = /^(?:[a-z]+ed|met|meets|saw|sees|heard|hears|left|beat|became|took|gave|made|won|lost|thanks|joins|hires|fires|names)$/;
/** Past participles that are words of roles: "retired teacher", "elected mayor". */
const ROLE_PARTICIPLE = /^(?:retired|elected|appointed|designated|acclaimed|celebrated|renowned|noted|embattled|disgraced|decorated|unnamed|unidentified|qualified|licensed|registered|certified|trained|self-styled|self-described|so-called|indicted|jailed|convicted|accused|wounded|injured|bereaved|detained|exiled|sacked|ousted|deposed|impeached|defeated|re-elected|reelected|newly-elected|united|naturalised|naturalized)$/;
const POSSESSIVE = /^(?:his|her|their|its|my|our|your)$/i;
/** Words no role has: determiners aside, verbs, conjunctions, prepositions, pronouns. */
const NOT_ROLE = /^(?:and|but|or|to|of|for|with|by|in|on|at|from|after|before|since|until|while|like|unlike|against|about|over|under|during|despite|said|says|told|who|whom|whose|which|that|what|when|where|why|how|as|than|if|so|because|he|she|they|it|is|was|are|were|has|had|have|will|would|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|today|yesterday|week|month|year|statement|interview|speech|earlier|later|meanwhile|however|here|there|now)$/i;

export interface Subject {
  readonly mention: Mention;
  /** Offset in the text where the subject begins (the content before a cue of "…," X said. ends before it). */
  readonly start: number;
}

/**
 * "kept telling", "began insisting" (a verb of going on), "was heard telling", "was caught on camera
 * describing" (perceived): words between a subject and a participle cue. Apart from BETWEEN, which is tried at
 * every offset of every subject: this is tried only when the last word is one of them.
 */
const GOING_ON_OR_PERCEIVED = new RegExp(
  String.raw`(?:\s+(?:is|are|was|were|has been|had been)\s+(?:(?:later|also|reportedly|allegedly|clearly)\s+)?(?:${PERCEIVED})(?:\s+on\s+(?:${CAUGHT_ON}))?|\s+(?:${GOING_ON})(?:\s+on)?)$`,
);
/** The words such a run can end with: tried first, as a set lookup. */
const GOING_ON_OR_PERCEIVED_LAST = new Set([...PERCEIVED.split('|'), ...CAUGHT_ON.split('|').map((p) => p.slice(p.lastIndexOf(' ') + 1)), ...GOING_ON.split('|'), 'on']);

function stripBetween(text: string): string {
  let t = text.replace(/\s+$/, '');
  if (GOING_ON_OR_PERCEIVED_LAST.has(t.slice(t.lastIndexOf(' ') + 1))) {
    const tail = Math.max(0, t.length - 80);
    t = t.slice(0, tail) + t.slice(tail).replace(GOING_ON_OR_PERCEIVED, '');
  }
  // (Tried only where such a participle is: BETWEEN runs at every offset of every subject.)
  const published = PUBLISHED.test(t);
  for (;;) {
    // "Biden, speaking to reporters, also said": the comma before "also" closes an aside; it stays.
    // (The participle first: BETWEEN would take its time alone, "Monday", and leave "released".)
    const before = published ? t.replace(PUBLISHED_WHEN, '') : t;
    const next = before.replace(BETWEEN, (m: string, ...rest: unknown[]) => {
      const at = rest[rest.length - 2] as number;
      return m.startsWith(',') && !/,\s*$/.test(m) && before.slice(0, at).includes(',') ? ',' : '';
    });
    if (next === t) return t;
    t = next;
  }
}

const PUBLISHED = /\b(?:released|published|conducted|issued|commissioned|carried out|obtained|polled|surveyed|interviewed)\b/;
/**
 * "A poll released Monday found", "A survey conducted by Gallup found", "Economists polled by Reuters had
 * forecast", "A poll released last week by Emerson College showed": a reduced relative clause on a document or on
 * the people asked.
 */
const PUBLISHED_WHEN = ruleFrom(
  String.raw`(?<!,)\s+(?:released|published|conducted|issued|commissioned|carried out|obtained|polled|surveyed|interviewed)\s+(?:(?:(?:on|last|this|early|late)\s+)?(?:${DAYS}|week|month|year)(?:\s+by\s+[^,;:\u2592]{1,60}?)?|by\s+[^,;:\u2592]{1,60}?)\s*$`,
  'u',
);

const JOINED_PARTICLE = rule('u')`^(?:al|el|bin|ibn|abu|de|da|di|du|le|la|van|von)-\p{Lu}`;

function isNameOnly(seg: string): boolean {
  const toks = tokens(seg);
  if (toks.length === 0 || toks.length > 8 || /['’]s$/.test(toks[0]!)) return false;
  // "Former Arizona governor Jan Brewer": a lower-case title inside the name's run is part of the role.
  // ("Hamid al-Bayati": a surname with its particle joined.)
  return toks.every((t) => UPPER_INITIAL.test(t) || /^(?:of|de|van|von|der|bin|al|la|former|then|ex|acting)$/.test(t) || JOINED_PARTICLE.test(t) || TITLES.has(t));
}

/** Whether a phrase ends in a word for a person, an office or a role ("the club's new coach", "his wife"). */
function endsInPersonWord(phrase: string): boolean {
  const head = phrase.trim().slice(phrase.trim().lastIndexOf(' ') + 1).toLowerCase();
  return isPersonNoun(head) || TITLES.has(head) || ROLE_WORDS.has(head) || NAME_DESCRIPTORS.has(head);
}

function isAppositive(seg: string): boolean {
  const toks = tokens(seg);
  const first = toks[0];
  if (first === undefined || /^(?:who|who['’](?:s|d|ve|ll)|whose|which|that|and|but|or|while|as|so)$/i.test(first)) return false;
  // ("Priebus, in the wake of a new poll …, told": a phrase of when or how is no description of the person.)
  if (/^(?:in|on|during|after|before|amid|despite|with|without|under|over|since|following|unlike|like|through|throughout|by|for|when|if|because|although|though|once|until|upon|into)$/.test(first)) return false;
  // "Biden, speaking at the White House, said": a participle phrase says what the person did, not who they are.
  if (/^\p{Ll}+ing$/u.test(first) && first !== 'managing') return false;
  // ("Cook, asked about the results, said": nor the question put to them.)
  if (/^(?:asked|pressed|questioned)$/.test(first)) return false;
  // ("The host, Jimmy Kimmel, took aim at Trump, who": a verb in the past opens the name's predicate.)
  if (PAST_VERB_FIRST.test(first)) return false;
  if (LOWER_INITIAL.test(first)) return true;
  if (toks.length === 1 && /^\d{1,3}$/.test(first)) return true; // an age: "Ramos, 58, told AFP
  if (seg.includes('-') && PARTY_AND_STATE.test(seg)) return true; // "Sen. Mike Lee, R-Utah, said"
  if (/['’]s$/.test(first)) return true; // "Australia's Director General of …"
  if (ROLE_WORDS.has(first.toLowerCase())) return true;
  return toks.some((t, k) => k > 0 && LOWER_INITIAL.test(t) && !/^(?:of|and|the|for|on|in|at|de)$/.test(t));
}

/** Verbs in the past that open a predicate, not a description: "took aim at …", "won the vote". */
const PAST_VERB_FIRST = /^(?:took|made|gave|said|told|won|lost|met|left|went|came|got|held|led|ran|saw|sent|spent|stood|wrote|became|began|brought|kept|put|struck|threw|sought|fought|thought|felt|found|heard|knew|paid|sold|bought|built|drew|fell|rose|has|had|was|were|is|are|will|would|did)$/;

function viaOf(seg: string): string | null {
  const s = seg.trim();
  const before = VIA_BEFORE.exec(s);
  if (before) return before[1]!;
  const clause = VIA_CLAUSE.exec(s);
  if (clause && isNameOnly(clause[1]!.replace(/^the\s+/, ''))) return clause[1]!;
  return null;
}

/** An appositive as a role: "a pollster who advises the group" → "pollster" (the relative clause is what they do). */
/** A relative clause to the end of a role ("a pollster who advises the group", "who's trying to …"): no part of it. */
export const RELATIVE_CLAUSE_TO_END = /(?:^|\s+)(?:who|who['’]s|whom|whose|which|that)\s[\s\S]*$/;

/** An article before a role, not an owner's: "the " of "the head of …", not of "the trust's …". */
const ARTICLE_BEFORE_ROLE = rule('iu')`^(?:the|a|an)\s+(?![\p{L}\p{N}.&-]+['’]s?\s)`;

/**
 * A role without its article: "the head of the command" is "head of the command". The article of a possessor
 * stays with it ("the trust's chief executive": "trust's chief executive" reads as no English).
 */
function withoutArticle(role: string): string {
  // (Kept, it is written as mid-sentence: "the trust's chief executive", though the sentence opened with it.)
  return role.replace(ARTICLE_BEFORE_ROLE, '').replace(/^(?:The|A|An)\s/, (a) => a.toLowerCase());
}

export function cleanRole(seg: string): string {
  return seg
    .trim()
    .replace(/^(?:also|himself|herself)\s+/i, '')
    // ("one of Trump's fiercest critics" keeps its "one": without it, it is no role.)
    .replace(/^(?:a|an|one|another)\s+(?!of\b)/i, '')
    .replace(RELATIVE_CLAUSE_TO_END, '')
    .replaceAll(KEPT_COMMA, ',');
}

/**
 * "a Hollywood, Fla., rabbi": the commas around a US state's abbreviation after a place separate no
 * appositives. They are swapped for a character of the same length (offsets stay) before the split, and back
 * in the role.
 */
const STATE_AFTER_PLACE = /,(\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|N\.[HJMYCD]|S\.[CD]|R\.I|D\.C)\.),/g;
const KEPT_COMMA = '\u2063';
/** "Republican of Arizona", "a Democrat from Ohio": a party and where a politician is from. */
const PARTY_OF = /^\s*(?:an?\s+)?(?:[A-Z][a-z]+\s+)?(?:Republican|Democrat|Democratic|Independent|Conservative|Labour|Liberal|Tory)\s+(?:of|from)\s/;

const RESTRICTIVE_WHO = rule('u')`(?<=\p{L})\s+(?:who|that)$`;
const COMMA_WHO = /,\s*(?:who|which)$/;

/**
 * A participle phrase describing a document, a site or a body: "conducted by the institute", "run by Michael
 * McDonald", "made up of independent experts".
 */
const DOCUMENT_PARTICIPLE = /^\s*(?:conducted|released|published|commissioned|carried out|led|funded|based|issued|obtained|titled|entitled|headlined|called|dubbed|airing|running|written|signed|run|owned|operated|founded|edited|hosted|chaired|compiled|headed|made up|composed|comprised|formed|set up|appointed|established|created)\b/;
/** "One, who did not want to be named, ": one of a group, set off by a relative clause. */
const ONE_DESCRIBED = /^[\s"“]*One,\s+(?:who|whose)\s[^,;]{1,80},\s*$/;
/** An appositive between dashes right before the cue: " — a former official who … — ". */
const DASH_APPOSITIVE = /\s(?:—|–|--)\s*((?:a|an|the)\s[^—–]{1,120}?)\s*(?:—|–|--)\s*$/;
/**
 * Everything up to a capitalised word, or a determiner ("the actor"), after a closing quote, and after the
 * words in lower case that may stand between them ("“…,” said Paul Dales, chief economist at …, who noted").
 */
const UP_TO_NAME_AFTER_QUOTE = rule('u')`^.*[\u2592"”'’]\s+(?:\p{Ll}+\s+){0,3}?(?=\p{Lu}|(?:the|a|an|his|her|their|its|one)\s)`;
/** What names some of a group: "among them …", "including …", "such as …". */
const AMONG_THEM = /^\s*(?:among\s+them|including|such\s+as|notably)\s/;
/** Where a person is from or works: "of the University of Oxford", "from Leeds", "at Imperial College". */
const AFFILIATION = rule('u')`^\s*(?:of|from|at)\s+(?:the\s+)?\p{Lu}[^,;\u2592]{0,60}$`;
/** A relative clause or a participle phrase ("who …", "speaking on condition …", "asked about …"). */
/** A second relative clause joined to the first: ", and who …". */
const AND_WHO = /^\s*(?:and|but)\s+(?:who|whose)\b/;
const RELATIVE_OR_PARTICIPLE = rule('u')`^\s*(?:(?:and|but)\s+(?=who|whose|which))?(?:who|whose|which|\p{Ll}+ing|asked|pressed|questioned)\b`;

/**
 * The subject ending `left` (the sentence up to a cue), or null. `left` is the masked sentence text, so quoted
 * words cannot be taken for a name.
 */

export function subjectBefore(left: string, speech = false, participle = false): Subject | null {
  // ("the former president, who spent much of his speech defending …": time spent doing something is the
  // subject's, not the time's.)
  const spent = participle ? TIME_SPENT.exec(left) : null;
  if (spent !== null && spent.index > 0) return subjectBefore(left.slice(0, spent.index), speech, participle);
  // ("Mitch McConnell, the majority leader, whose new book boasts of …": the thing is named for its owner,
  // the relative clause's antecedent: "Mitch McConnell's new book".)
  const whose = left.includes('whose ') ? WHOSE_THING.exec(left) : null;
  // ("Pennsylvania, whose 19 electoral votes could decide …": a thing and a modal before the verb do something,
  // they say nothing.)
  if (whose !== null && AUXILIARY_IN_THING.test(whose[1]!)) return null;
  const owner = whose === null ? null : subjectBefore(`${left.slice(0, whose.index + 1)} `, true);
  if (whose !== null && owner !== null && owner.mention.type !== 'pronoun') {
    const name = `${owner.mention.name}${owner.mention.name.endsWith('s') ? '’' : '’s'} ${whose[1]!}`;
    return { mention: { type: 'group', name, role: null, via: null }, start: whose.index + whose[0].indexOf('whose') };
  }
  // ("…, a figure developing nations called “a joke”": a thing, then the subject of a relative clause on it.)
  const relative = left.includes(', ') ? THING_THEN_SUBJECT.exec(left) : null;
  if (relative !== null) {
    const inner = subjectBefore(` ${relative[1]!} `, speech, participle);
    if (inner !== null && (inner.mention.type === 'person' || (inner.mention.type === 'group' && PLURAL_LAST.test(inner.mention.name)))) return { mention: inner.mention, start: relative.index + relative[0].lastIndexOf(relative[1]!) - 1 + inner.start };
  }
  // "Smith, Jones and Patel all said", "Both the mayor and the police chief said": people listed, one source.
  const listed = left.includes(' and ') ? listedSources(left) : null;
  if (listed !== null) return listed;
  // "Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said": a party and state between the
  // name and what describes it are set aside (blanked, so offsets hold) and put at the front of the role.
  if (!left.includes('-') || !/[DRI]-[A-Z]/.test(left)) return subjectOf(left, speech, participle);
  let party: string | null = null;
  const blanked = left.replace(MIDDLE_PARTY, (m: string, p: string) => {
    party = p.trim();
    return ' '.repeat(m.length - 1) + ',';
  });
  const found = subjectOf(blanked, speech, participle);
  if (found === null || party === null || found.mention.type !== 'person') return found;
  return { ...found, mention: { ...found.mention, role: found.mention.role === null ? party : `${party}, ${found.mention.role}` } };
}

/**
 * ", a figure developing nations ", ", a move critics " right before a cue: a thing, described, then the
 * subject of a relative clause on it with no "that".
 */
const THING_NOUN = String.raw`,\s+(?:a|an|the|which\s+(?:is|was)\s+a)\s+(?:[a-z-]+\s+)?(?:figure|move|claim|decision|plan|number|sum|amount|step|deal|idea|policy|proposal|charge|remark|label|term|description|statement|comment|phrase|word|tactic|approach|strategy|result|outcome|measure|bill|law|ruling|verdict|offer|price|rate|level|rise|cut|increase)\s+`;
const THING_THEN_SUBJECT = new RegExp(String.raw`${THING_NOUN}((?:the\s+)?(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)\s*$`, 'u');
/** The same thing, described, ending the words before a subject: where the clause that holds it ends. */
export const THING_APPOSITIVE_END = new RegExp(String.raw`${THING_NOUN}(?:the\s+)?$`, 'u');

/** A phrase ending in a plural noun: "developing nations", "critics", "the unions". */
const PLURAL_LAST = /(?:^|\s)[a-z]{2,}[^s\s]s$/i;

/** ", whose new book " right before a cue: a thing of the name before the comma. */
const WHOSE_THING = /,\s+whose\s+([^,;:\u2592\s][^,;:\u2592]{0,40}?)\s*$/;

/** An auxiliary or a modal among the words after "whose". */
const AUXILIARY_IN_THING = /(?:^|\s)(?:could|would|will|can|may|might|should|must|shall)$/;

/** A verb of spending time, then the time, right before a participle: " spent much of his 30-minute speech ". */
const TIME_SPENT = /\s(?:spent|spends|spend|spending|devoted|devotes)\s+(?:much|most|all|part|some|a\s+lot|the|a|an|his|her|their|its)\b[^,;:\u2592]{0,60}$/;

/** A party and state between commas with more of the phrase after it. */
const MIDDLE_PARTY = /,(\s*[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?),(?=\s*[^\s,])/;

function subjectOf(left: string, speech: boolean, participle: boolean): Subject | null {
  // ("One, who did not want to be named, said": one of the people just named, described.)
  if (speech && ONE_DESCRIBED.test(left)) return { mention: { type: 'group', name: 'One', role: null, via: null }, start: left.indexOf('One') };
  const stripped = stripBetween(left);
  // "delegates who backed Ron Paul": a restrictive relative clause; its antecedent is the source.
  // (The patterns are anchored at the end, but a regex still tries them from every offset: tried only when
  // the text ends so, as few subjects do, they cost nothing on the rest.)
  // ("super PACs that sided with Cruz": "that" too, right before the cue.)
  const endsInWho = stripped.endsWith('who') || stripped.endsWith(' that');
  const restrictive = endsInWho ? RESTRICTIVE_WHO.exec(stripped) : null;
  if (restrictive !== null) {
    // "said KellyAnne Conway, a pollster and strategist who supported Cruz": the appositive's person.
    const before = stripped.slice(0, restrictive.index);
    const appositive = /,\s+((?:a|an|the)\s+[^,]{1,60})$/.exec(before);
    if (appositive !== null && isAppositive(appositive[1]!)) {
      const named = sourceAtEnd(before.slice(0, appositive.index), null, cleanRole(appositive[1]!));
      if (named !== null && named.mention.type === 'person') return named;
    }
    return simple(before, null, null, speech, true);
  }
  const who = endsInWho || stripped.endsWith('which') ? COMMA_WHO.exec(stripped) : null;
  const body = who ? stripped.slice(0, who.index) + ',' : stripped;
  if (!body.endsWith(',') || who) {
    // "gave money to a group backing Bush": a participle right after a noun phrase says what that phrase does,
    // even when the phrase is the object of a preposition.
    if (!body.endsWith(',')) {
      const found = simple(body, null, null, speech, participle);
      // "Jane Roe — a former Treasury official who runs a think tank — said": the aside between dashes is her role.
      const person = found !== null && found.mention.type === 'person' && found.mention.role === null ? found.mention : null;
      // ("A retired teacher named Linda Park said": the description before the name is her role.)
      const named = person !== null ? namedAtEnd(body) : null;
      if (named !== null && named.role !== null && named.person.type === 'person' && named.person.name === person!.name) return { start: found!.start, mention: { ...person!, role: named.role } };
      const aside = person !== null && /[—–-]\s*$/.test(left.trimEnd()) ? DASH_APPOSITIVE.exec(left) : null;
      return aside !== null && isAppositive(aside[1]!) ? { start: found!.start, mention: { ...person!, role: cleanRole(aside[1]!) } } : found;
    }
  }
  // Appositives and intermediaries between commas, right to left.
  // A comma inside a number ("40,000 nurses") separates nothing.
  // (The replacement is made before the last comma is cut: "Cambridge, Mass., said" ends with the state's.)
  // ("Rep. Kevin McCarthy (R-Calif.), the House majority leader,": a party and state in brackets is blanked out,
  // the offsets kept.)
  const segs = body
    .replace(STATE_AFTER_PLACE, `${KEPT_COMMA}$1${KEPT_COMMA}`)
    .replace(PARTY_STATE, (m) => ' '.repeat(m.length))
    .slice(0, -1)
    .split(/,(?!\d{3}\b)/);
  let via: string | null = null;
  let role: string | null = null;
  let j = segs.length - 1;
  const v = viaOf(segs[j] ?? '');
  if (v !== null) {
    via = v;
    j--;
  }
  if (j < 0) return null;
  // ("Tom Hale, who founded the firm, and who retired in 2019, said": two relative clauses, one antecedent;
  // joined again, the offsets hold.)
  while (j > 1 && AND_WHO.test(segs[j]!) && /^\s*(?:who|whose)\b/.test(segs[j - 1]!)) {
    segs[j - 1] = `${segs[j - 1]},${segs[j]}`;
    segs.splice(j, 1);
    j--;
  }
  const seg = segs[j]!;
  const offset = (k: number) => segs.slice(0, k).reduce((n, s) => n + s.length + 1, 0);
  // A name right after a quotation: only the words after its closing mark count (the name may be two segments
  // back: "“…,” Tom Hale, 45, who lives in Leeds, said").
  for (let k = Math.max(0, j - 2); k < j; k++) segs[k] = segs[k]!.replace(UP_TO_NAME_AFTER_QUOTE, (m) => ' '.repeat(m.length));
  // "One protester, a retired teacher named Linda Park, said": the person named; the one described before
  // them is the same person (their noun the role when the description is only "a woman").
  const namedHere = namedAtEnd(seg);
  if (namedHere !== null && namedHere.person.type === 'person') {
    const described = j > 0 ? DESCRIBED_PERSON.exec(segs[j - 1]!.trim()) : null;
    const noun = described !== null && isPersonNoun(described[1]!.toLowerCase()) ? described[1]!.toLowerCase() : null;
    const start = noun !== null ? offset(j - 1) + leading(segs[j - 1]!) : offset(j) + leading(seg);
    return { mention: { ...namedHere.person, via, role: namedHere.role ?? noun }, start };
  }
  // ("said RoseAnn DeMoro, executive director of National Nurses United, which endorsed …": "which" is the
  // organisation's, not the person's the appositive describes.)
  const which = who !== null && who[0].endsWith('which');
  // ("Dr Robert Laurenson and Dr Vivek Trivedi, co-chairs of the committee, said": people listed, then what they
  // are: one source, that its role.)
  const listed = j > 0 && !which && segs[j - 1]!.includes(' and ') && isAppositive(seg) && !LIKE.test(seg) ? listedSources(`${segs[j - 1]!.trimEnd()} `) : null;
  if (listed !== null && listed.mention.type === 'group' && listed.start === leading(segs[j - 1]!)) return { mention: { ...listed.mention, role: cleanRole(seg), via }, start: offset(j - 1) + listed.start };
  if (j > 0 && !which && isAppositive(seg) && isNameOnly(segs[j - 1]!.trim()) && !LIKE.test(seg)) {
    role = /^\s*\d+\s*$/.test(seg) ? null : cleanRole(seg);
    // "Mr. Okafor’s wife, Grace, also a teacher,": a role before the name too; the subject starts there.
    // ("On a street in Alfama, the city's oldest neighbourhood, Maria Costa, 67,": a place's description before
    // the name and its age is no role of hers; a role there ends in a word for a person or an office.)
    const first = j > 1 ? segs[j - 2]!.trim() : '';
    const roleFirst = first !== '' && ROLE_BEFORE.test(first) && (!/^\s*\d{1,3}\s*$/.test(seg) || endsInPersonWord(first)) ? withoutArticle(first) : null;
    const found = mentionAtEnd(segs[j - 1]!, via, roleFirst !== null ? [roleFirst, role].filter(Boolean).join(', ') : role);
    // ("Minority Leader Mitch McConnell, R-Ky.,": the office, then the party and state.)
    const titled = found !== null && found.type === 'person' && found.title !== null && PARTY_AND_STATE.test(seg) ? { ...found, role: `${spelledOut(found.title)}, ${role}` } : found;
    // ("Unite, the UK's second-biggest union, said": a name an institution's noun describes is the institution.)
    const m = titled !== null && titled.type === 'person' && titled.title === null && institutionDescribed(seg) ? { type: 'group' as const, name: titled.name, role: titled.role, via } : titled;
    if (m !== null) return { mention: m, start: roleFirst !== null ? offset(j - 2) + leading(segs[j - 2]!) : offset(j - 1) + leading(segs[j - 1]!) };
  }
  // "The mayor, a Democrat, said", "The senator, a longtime critic of the administration, said": an office or
  // a person described, then what describes them further: the first is the source, the second its role.
  // ("The former England captain, now a pundit, said": what they are now; "The former president, 78, said": an age.)
  const age = /^\s*\d{1,3}\s*$/.test(seg);
  if (j > 0 && isAppositive(seg) && (age || /^\s*(?:(?:now|also|himself|herself|itself)\s+)?(?:a|an)\s/i.test(seg)) && !LIKE.test(seg)) {
    const office = DESCRIBED_PERSON.exec(segs[j - 1]!.trim());
    const noun = office?.[1]?.toLowerCase();
    const person = noun !== undefined && isPersonNoun(noun);
    // ("The report, a 40-page document, found": a document or a group described, with no role.)
    if (noun !== undefined && isSourceNoun(noun) && (person || !age))
      return { mention: { type: 'group', name: segs[j - 1]!.trim(), role: person && !age ? cleanRole(seg.replace(/^\s*(?:now|also|himself|herself|itself)\s+/i, '')) : null, via }, start: offset(j - 1) + leading(segs[j - 1]!) };
  }
  // "City council member Tom Reyes, a frequent critic of the mayor, called": a role, the name, then what
  // describes them; the role before the name is theirs, else the appositive.
  // ("Startup founder Priya Patel, 31, says": or an age.)
  // ("He spoke with Maria Lopez, an economist at HSBC, who said": before a relative clause, the name is its
  // antecedent, even as the object of a verb or a preposition; not when the appositive describes an institution.)
  if (j > 0 && isAppositive(seg) && (age || /^\s*(?:a|an|the)\s/i.test(seg)) && !LIKE.test(seg) && UPPER_INITIAL.test(lastNonSpaceRun(segs[j - 1]!))) {
    const found = simple(segs[j - 1]!, via, null, speech, who !== null && !which && !institutionDescribed(seg));
    if (found !== null && found.mention.type === 'person')
      return { mention: { ...found.mention, role: found.mention.role ?? (age ? null : cleanRole(seg)) }, start: offset(j - 1) + found.start };
  }
  // ("Lead researcher Sarah Hughes, of the University of Oxford, said", "retired engineer Peter Walsh, from
  // Leeds,": where the person is from or works, after a role and a name.)
  if (j > 0 && AFFILIATION.test(seg) && UPPER_INITIAL.test(lastNonSpaceRun(segs[j - 1]!))) {
    const found = simple(segs[j - 1]!, via, null, speech);
    if (found !== null && found.mention.type === 'person' && found.mention.role !== null)
      return { mention: { ...found.mention, role: `${found.mention.role} ${seg.trim()}` }, start: offset(j - 1) + found.start };
  }
  if (j > 1 && isAppositive(seg) && isAppositive(segs[j - 1]!) && isNameOnly(segs[j - 2]!.trim())) {
    // "Maria Gonzalez, 42, a nurse from Madrid,": the age is no part of the role.
    role = cleanRole(/^\s*\d+\s*$/.test(segs[j - 1]!) ? seg : segs[j - 1]! + ',' + seg);
    const m = mentionAtEnd(segs[j - 2]!, via, role);
    if (m !== null) return { mention: m, start: offset(j - 2) + leading(segs[j - 2]!) };
  }
  if (j > 0 && DOCUMENT_PARTICIPLE.test(seg)) {
    // "The survey, conducted by the institute, finds …": a participle phrase describes a document.
    const r = simple(segs[j - 1]!, via, null, speech);
    if (r !== null) return { mention: r.mention, start: offset(j - 1) + r.start };
  }
  // ("The website, run by Michael McDonald, a professor at the university, said": the appositive is the
  // participle's object's; the source is before both.)
  if (j > 1 && DOCUMENT_PARTICIPLE.test(segs[j - 1]!) && /\sby\s/.test(segs[j - 1]!) && /^\s*(?:a|an|the)\s/i.test(seg) && isAppositive(seg)) {
    const r = simple(segs[j - 2]!, via, null, speech);
    if (r !== null) return { mention: r.mention, start: offset(j - 2) + r.start };
  }
  // "A senior official, speaking on condition of anonymity, said": a participle phrase describes the source.
  if (j > 0 && RELATIVE_OR_PARTICIPLE.test(seg)) {
    // "A White House official, who requested anonymity, said": the relative clause is no role.
    // "Mr. Lee, 54, who founded the firm, said": an age or a role between the name and the relative clause.
    if (j > 1 && isAppositive(segs[j - 1]!) && isNameOnly(segs[j - 2]!.trim())) {
      const role = /^\s*\d+\s*$/.test(segs[j - 1]!) ? null : cleanRole(segs[j - 1]!);
      const m = mentionAtEnd(segs[j - 2]!, via, role);
      if (m !== null) return { mention: m, start: offset(j - 2) + leading(segs[j - 2]!) };
    }
    // ("Bob Vander Plaats, the head of the Family Leader, a conservative Christian group, who endorsed Cruz,
    // said": "who" is the person's, past the organisation the second appositive describes.)
    if (j > 2 && /^\s*who\b/.test(seg) && institutionDescribed(segs[j - 1]!) && isAppositive(segs[j - 2]!) && isNameOnly(segs[j - 3]!.trim())) {
      const m = mentionAtEnd(segs[j - 3]!, via, cleanRole(segs[j - 2]!));
      if (m !== null && m.type === 'person') return { mention: m, start: offset(j - 3) + leading(segs[j - 3]!) };
    }
    const r = simple(segs[j - 1]!, via, null, speech);
    // ("Bradford, which was given permission to raise bills, said": a single name "which" follows is a place or a
    // body, not a person.)
    const thing = r !== null && r.mention.type === 'person' && r.mention.title === null && !r.mention.name.includes(' ') && /^\s*which\b/.test(seg);
    if (r !== null && thing && r.mention.type === 'person') return { mention: { type: 'group', name: r.mention.name, role: r.mention.role, via: r.mention.via }, start: offset(j - 1) + r.start };
    if (r !== null) return { mention: r.mention, start: offset(j - 1) + r.start };
  }
  // ("Critics, among them the former chancellor George Osborne, say": the group, some of whom are named.)
  if (j > 0 && AMONG_THEM.test(seg)) {
    const r = simple(segs[j - 1]!, via, null, speech);
    if (r !== null) return { mention: r.mention, start: offset(j - 1) + r.start };
  }
  // "The city's mayor, Tom Hale, said": a describing phrase before the name is the role.
  // ("But the union's general secretary, Mick Lynch, said": a conjunction opening the sentence is no part of it.)
  const before = j > 0 ? segs[j - 1]!.trim().replace(/^(?:But|And|Yet|So|Still|Meanwhile)\s+(?=the\s|[A-Z])/, '') : '';
  // ("The family of one resident, Dorothy Hughes, said": no person is a family; the name is the resident's,
  // and the family speaks.)
  if (j > 0 && PEOPLE_OF_BEFORE.test(before) && isNameOnly(seg.trim()))
    return { mention: { type: 'group', name: `${before}, ${seg.trim()}`, role: null, via }, start: offset(j - 1) + leading(segs[j - 1]!) };
  const roleBefore = isNameOnly(seg.trim()) && (ROLE_BEFORE.test(before) || OFFICE_BEFORE.test(before) || ROLE_OF_BEFORE.test(before)) ? withoutArticle(before) : null;
  // "… declared Senator Jeff Flake, Republican of Arizona, who echoed …": a party and its state after a name
  // is the name's role; the name is the antecedent.
  if (who !== null && j > 0 && PARTY_OF.test(seg)) {
    const m = mentionAtEnd(segs[j - 1]!, via, cleanRole(seg));
    if (m !== null && m.type === 'person') return { mention: m, start: offset(j - 1) + leading(segs[j - 1]!) };
  }
  // "… caused consternation among Republican Jewish leaders, who had hoped …": the people among whom.
  const among = who !== null ? /\s(?:among|between)\s+(?!the\s+(?:rest|others)\b)(\S.*)$/.exec(seg) : null;
  if (among !== null) {
    const r = simple(among[1]!, via, null, speech, true);
    if (r !== null) return { mention: r.mention, start: offset(j) + among.index + among[0].indexOf(among[1]!) + r.start };
  }
  // ("said Bob Vander Plaats, the head of the Family Leader, a conservative Christian group, who endorsed …": a
  // person's "who", past the organisation their role names.)
  if (who !== null && /^\s*who\b/.test(who[0]!.replace(/^,/, '')) && j > 1 && institutionDescribed(seg) && isAppositive(segs[j - 1]!)) {
    const m = mentionAtEnd(segs[j - 2]!, via, cleanRole(segs[j - 1]!));
    if (m !== null && m.type === 'person') return { mention: m, start: offset(j - 2) + Math.max(0, segs[j - 2]!.lastIndexOf(m.name.split(' ')[0]!)) };
  }
  // "… was backed by Tom Hale, who argued": the antecedent of a relative pronoun speaks, wherever it stands.
  const r = simple(seg, via, roleBefore, speech, who !== null);
  if (r === null) return null;
  // With its role before it ("Mr. Okafor’s wife, Grace,"), the subject starts at the role.
  return { mention: r.mention, start: roleBefore !== null ? offset(j - 1) + leading(segs[j - 1]!) : offset(j) + r.start };
}

/**
 * Whether an appositive describes an institution, not a person, by its head noun: "the UK's second-biggest union",
 * "a conservative Christian group", "a charity for the elderly".
 */
function institutionDescribed(seg: string): boolean {
  const head = APPOSITIVE_HEAD.exec(seg.trim())?.[1]?.toLowerCase();
  return head !== undefined && INSTITUTIONS.has(head) && !isPersonNoun(head);
}
const APPOSITIVE_HEAD = /^(?:the|a|an)\s+(?:[\w’'.-]+\s+){0,4}?([a-z][a-z-]+)(?:\s+(?:of|for|in|at|on|based|that|which|with|from)\b.*)?$/;

/**
 * The noun phrase that ends a clause, as the antecedent of "who" after it: "Trump's words may have affected
 * the former president, who …" (the whole clause is no source, its object is).
 */
function lastNounPhrase(phrase: string): { mention: Mention; start: number } | null {
  // (The last determiner: "The scandal hurt the mayor" is "the mayor".)
  const np = /^.*(?:^|\s)((?:the|a|an|his|her|their|its)\s+[^,;:\u2592]{1,60})$/is.exec(phrase);
  if (np === null) return null;
  const found = looseSource(np[1]!);
  return found === null ? null : { mention: found.mention, start: np[0].length - np[1]!.length + found.start };
}

function leading(seg: string): number {
  return seg.length - seg.trimStart().length;
}

function phraseSource(text: string, like: RegExpExecArray | null, offset: number, name: Mention): Subject | null {
  const phrase = like ? like[1]! : text;
  // A name of many words ("the Department of Health and Social Care") counts as one word of the phrase.
  const long = name.type !== 'pronoun' && name.name.split(' ').length > 2 && phrase.endsWith(name.name) ? name.name : null;
  const loose = looseSource(long === null ? phrase : phrase.slice(0, phrase.length - long.length) + NAME_TOKEN);
  if (loose === null) return null;
  const mention = long === null || loose.mention.type === 'pronoun' ? loose.mention : { ...loose.mention, name: loose.mention.name.replace(NAME_TOKEN, long) };
  return { mention, start: offset + loose.start };
}

/** Stands for a long name in phraseSource. */
const NAME_TOKEN = 'Name';

/** "half of them", "most of us", "42% of them", "two-thirds of them": a share of people named before. */
const SHARE_OF_THEM = /(?:^|\s)(?:half|most|many|some|all|both|few|several|majority|minority|\d[\d.,]*%?|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?)|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:them|us)$/i;

/** Something described with "a" or "one" (or a group with "the"), then "called" or "named": "a charity called", "the group named". */
const NAMING_AFTER = new RegExp(`(?:^|\\s)(?:(?:a|an|one|another)\\s+(?:[\\w’'-]+\\s+){0,3}|the\\s+(?:[\\w’'-]+\\s+){0,2}(?:${GROUPS_NAMED})\\s+)(?:called|named)\\s*$`, 'i');

/** A part of a country or town before its name: "in northern England", "in south-east London". */
const REGION_WORD = /^(?:northern|southern|eastern|western|central|north|south|east|west|(?:north|south)-?(?:east|west)(?:ern)?|downtown|rural|coastal|upstate|suburban)$/;

function simple(text: string, via: string | null, role: string | null, speech = false, antecedent = false): Subject | null {
  // "Park and her colleagues found": a person and the people around them are one group source.
  const withTeam = WITH_TEAM.exec(text);
  if (withTeam !== null) return { mention: { type: 'group', name: withTeam[1]!.trim(), role: null, via }, start: withTeam.index + withTeam[0].indexOf(withTeam[1]!) };
  const like = LIKE.exec(text);
  const offset = like ? like.index + like[0].length - like[1]!.length : 0;
  // A loose noun phrase speaks ("a spokesman for the union said"); one headed by an office or a job ("the
  // senator", "the mayor") may hold views too ("the senator warned of …", "the mayor pointed to …").
  const phrase = like ? like[1]! : text;
  // (The pattern is anchored at the end but tried from every offset: only the last words need trying.)
  const office = OFFICE_AT_END.exec(phrase.length > 100 ? phrase.slice(phrase.indexOf(' ', phrase.length - 100)) : phrase)?.[1]?.toLowerCase();
  // ("Half of them argue that …": a share of people named before holds views as they do.)
  const shareOfThem = (phrase.endsWith(' them') || phrase.endsWith(' us')) && SHARE_OF_THEM.test(phrase);
  // ("lawyers for the company argued": people who belong somewhere, as a plural, hold views as an office does.)
  const belonging = office === undefined && BELONGING_AT_END.exec(phrase.length > 100 ? phrase.slice(phrase.indexOf(' ', phrase.length - 100)) : phrase);
  const atEnd = sourceAtEnd(phrase, via, role);
  // ("People who read the report said", "Voters who backed Clinton said": the object inside a restrictive
  // relative clause is no source; the people the clause describes are.)
  const inRelative = atEnd !== null && atEnd.mention.type !== 'pronoun' && phrase.includes(' who ') ? RELATIVE_OBJECT.exec(phrase.slice(0, atEnd.start)) : null;
  const antecedentOfRelative = inRelative !== null ? looseSource(phrase.slice(0, inRelative.index)) : null;
  const found =
    antecedentOfRelative ??
    atEnd ??
    // ("The inquiry into the crash has found …": a document of something, with any cue.)
    (speech || shareOfThem || (office !== undefined && isPersonNoun(office)) || (belonging && isPluralSourceNoun(belonging[1]!)) || DOCUMENT_FIRST.test(phrase.trimStart()) ? (looseSource(phrase) ?? (antecedent ? lastNounPhrase(phrase) : null)) : null);
  if (found === null) return null;
  const m = found.mention;
  const at = offset + found.start;
  // A subject that is itself the object of a cue ("told Smith") or of a preposition is not the source.
  const wordBefore = lastNonSpaceRun(text.slice(0, at).trimEnd());
  const prev = antecedent ? '' : wordBefore;
  // ("…, with analysts at UBS warning of …", "reports in Spain suggesting …": before a participle, people or a
  // document with where they are from is the whole phrase, not the place.)
  if (antecedent && m.type !== 'pronoun' && /^(?:at|of|from|in|for|on)$/.test(wordBefore)) {
    const whole = phraseSource(text, like, offset, m);
    const people = whole === null || whole.mention.type === 'pronoun' ? undefined : PEOPLE_FIRST.exec(whole.mention.name)?.[1]?.toLowerCase();
    if (whole !== null && whole.mention.type !== 'pronoun' && ((people !== undefined && (isPersonNoun(people) || GROUP_NOUNS.has(people))) || DOCUMENT_FIRST.test(whole.mention.name))) return whole;
  }
  // ("A charity called Shelter warned", "a man called Tom said": "called" names the source described before it.)
  // ("Former champion John McEnroe said": a noun for a person that is also a cue form is a role, not a cue.)
  if (prev !== '' && isCueWord(prev) && !isPersonNoun(prev.toLowerCase()) && !((prev === 'called' || prev === 'named') && NAMING_AFTER.test(text.slice(0, at)))) return null;
  // "36 percent of Democrats", "most of the voters": a share of a group is the source, named in full.
  if (prev.toLowerCase() === 'of') {
    const share = PARTITIVE.exec(text.slice(0, at));
    if (share !== null) return { mention: { type: 'group', name: text.slice(share.index).trim(), role: null, via }, start: share.index };
  }
  // "a Marist poll for NBC News and The Wall Street Journal": the second of two names a document is for.
  if (/^(?:and|or)$/i.test(prev) && m.type !== 'pronoun') {
    const doc = DOCUMENT_FOR_NAMES.exec(text.slice(0, at));
    if (doc !== null) return { mention: { type: 'group', name: `${doc[1]!}${text.slice(at).trim()}`, role: null, via }, start: doc.index + doc[0].indexOf(doc[1]!) };
  }
  // ("a spokesperson for the Environment Agency": the word before the name's article.)
  // ("a hospital trust in northern England": or the word before a place's compass point.)
  const beforeArticle = /^(?:the|a|an)$/i.test(prev) || (m.type !== 'pronoun' && REGION_WORD.test(prev)) ? lastNonSpaceRun(text.slice(0, at).trimEnd().slice(0, -prev.length).trimEnd()) : prev;
  if (/^(?:to|with|for|by|about|against|from|on|at|of|in|into|than|over|under|toward|towards|between|among|what|during|across|through|within|without|near|behind|inside|outside)$/i.test(beforeArticle)) {
    // "a spokesman for the union said": the group after the preposition is not the source, the whole phrase is.
    // ("Data from the Bank of England shows", "A report by the institute found": a document's, with any cue.)
    if (antecedent) return null;
    const whole = phraseSource(text, like, offset, m);
    // ("Republicans on the committee have vowed …": people with a phrase of where they are, with any cue.)
    const people = whole === null ? undefined : PEOPLE_FIRST.exec(whole.mention.type === 'pronoun' ? '' : whole.mention.name)?.[1]?.toLowerCase();
    const peopleFirst = people !== undefined && (isPersonNoun(people) || GROUP_NOUNS.has(people));
    return whole !== null && (speech || peopleFirst || (whole.mention.type === 'group' && DOCUMENT_FIRST.test(whole.mention.name))) ? whole : null;
  }
  if (m.type === 'person' && m.role === null) {
    // "Republican strategist Fred Davis said", "journalist Ann Lee said": a role of a few words right before
    // the name, ending in a role noun.
    // Up to five words, from after the last that no role has ("… and former Labour minister Jack Cunningham").
    const pre = ROLE_RIGHT_BEFORE.exec(text.slice(0, at));
    const words = pre === null ? [] : pre[1]!.split(/\s+/);
    // ("Lee met Republican strategist Fred Davis", "Lee praised his daughter Ivanka": nor a verb, and a
    // possessive starts the role.)
    const cut = words.findLastIndex((w) => NOT_ROLE.test(w) || (VERB_LIKE.test(w) && !ROLE_PARTICIPLE.test(w)));
    const owner = words.findLastIndex((w, k) => k > cut && POSSESSIVE.test(w));
    const roleWords = words.slice(owner >= 0 ? owner : cut + 1);
    const head = roleWords[roleWords.length - 1]?.toLowerCase() ?? '';
    if (roleWords.length > 0 && (isPersonNoun(head) || TITLES.has(head) || NAME_DESCRIPTORS.has(head))) {
      return { mention: { ...m, role: withoutArticle(roleWords.join(' ')) }, start: at };
    }
    // ("Campaign group Railfuture said", "US carmaker Ford said", "think tank Policy Exchange": a kind of
    // institution right before the name makes the name an institution's, and the kind its role.)
    if (roleWords.length > 0 && m.title === null && (INSTITUTIONS.has(head) || head.endsWith('maker') || head === 'tank')) {
      return { mention: { type: 'group', name: [m.title, m.name].filter(Boolean).join(' '), role: withoutArticle(roleWords.join(' ')), via: m.via }, start: at };
    }
  }
  // ("in the wake of a new poll showing …": a thing of a source is no source; the source after "of" is.)
  const thingOf = m.type === 'group' ? THING_OF.exec(m.name) : null;
  if (thingOf !== null && m.type === 'group' && !isSourceNoun(thingOf[1]!) && !QUANTITY_OF.test(thingOf[1]!) && isSourceNoun(thingOf[2]!.split(' ').pop()!.toLowerCase()))
    return { mention: { ...m, name: thingOf[2]! }, start: at + m.name.length - thingOf[2]!.length };
  // "despite figures showing …": the preposition introducing the phrase is no part of the source's name.
  const lead = m.type === 'group' ? /^(?:despite|amid|with|without|after|before|from|against|about|under|over|for|by)\s+/i.exec(m.name) : null;
  if (lead !== null && m.type === 'group' && m.name.length > lead[0].length) return { mention: { ...m, name: m.name.slice(lead[0].length) }, start: at + lead[0].length };
  // ("the Australian Bureau of Meteorology": an institution of something is headed before its "of";
  // "the Institute for Fiscal Studies", "the Center on Budget and Policy Priorities": or "for", "on".)
  const of = m.type === 'group' ? / (?:of|for|on) (?=[A-Z])/.exec(m.name) : null;
  const headWord = m.type === 'group' ? (of !== null && /^[A-Z]/.test(m.name) ? m.name.slice(0, of.index) : m.name).split(' ').pop()! : '';
  const head = headWord.toLowerCase();
  // Groups, institutions, offices ("the senator") and acronyms ("the BBC") may hold views; other phrases only speak.
  // ("super PACs": the plural of an acronym too.)
  // ("the Kremlin", "the Guardian": one capitalised word, an institution's name, too.)
  // ("The Serb called Alcaraz …": a nationality after "the" is one person, as "the Kentucky Republican" is.)
  if (m.type === 'group' && !speech && !shareOfThem && !isSourceNoun(head) && !PARTY_MEMBER.test(headWord) && !(DEMONYM.test(headWord) && THE_FIRST.test(m.name)) && !DOCUMENT_FIRST.test(m.name) && !ACRONYM.test(headWord.replace(/(?<=[A-Z])s$/, '')) && !isNamedGroup(m.name) && !ONE_PROPER_NOUN.test(m.name)) return null;
  return { mention: m, start: at };
}

const THE_FIRST = /^the\s/i;
const ONE_PROPER_NOUN = rule('u')`^\p{Lu}[\p{L}’'-]+$`;

/** "wake of a new poll": a noun, "of", then a phrase with its own determiner. */
const THING_OF = /^([a-z-]+)\s+of\s+((?:the|a|an|his|her|their|its)\s+[^,;]+)$/;
/** Nouns of a share or a group of what follows "of": "half of the voters", "a panel of experts". */
const QUANTITY_OF = /^(?:half|most|some|many|much|all|none|each|one|two|three|four|five|percent|majority|minority|share|number|group|team|panel|series|set|pair|dozens|hundreds|thousands|millions|members|leaders|heads|authors|part|rest|bulk|remainder)$/;

export { personFromRun };

/** Whether a comma-delimited phrase after a name describes the person ("the team's coach"). */
export function isAppositiveText(seg: string): boolean {
  return isAppositive(seg) && !/\b(?:said|says|told|added)\b/.test(seg);
}

const PARTITIVE = /(?:(?<=^|\s)(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|half|most|many|some|all|none|few|several|majority|minority|third|quarter|percent|per cent)(?:\s+(?:percent|per cent|out))?|(?<=^|\s)(?:a|the)\s+(?:majority|minority|third|quarter|half|number|handful|group))\s+of\s+(?:the\s+)?$/iu;
/** "The mayor", "the city’s police chief", "His lawyer": a person described by a noun for them (captured). */
const DESCRIBED_PERSON = /^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,2}([a-z-]+|\d{1,3}-year-old)$/;
/** The first noun of a phrase, before a preposition: "Republicans on the committee", "most officials in Kyiv". */
const PEOPLE_FIRST = /^(?:(?:the|a|an|some|many|most|several|few|all|both|two|three|four|five|other|\d[\d,]*)\s+)*(?:[\w’'-]+\s+)??(?!not\s)([\w’'-]+)(?:\s+(?:not\s+)?[a-z]+ed)?\s+(?:on|of|in|at|from|for|with|inside|across|to|by)\s/i;
/** A document for or by a name, then "and" ("a Marist poll for NBC News and "): the phrase from its determiner. */
const DOCUMENT_FOR_NAMES = /(?:^|\s)((?:[Aa]n?|[Tt]he)\s+(?:[\w/&’'.-]+\s+){0,3}(?:poll|survey|study|report|analysis)\s+(?:for|by|from|of)\s+(?:the\s+)?(?:[A-Z][\w/&’'.-]*\s+){1,4}(?:and|or)\s+)$/;
/** A phrase that opens with a document or figures: "Data from …", "A new report by …", "Research by …". */
const DOCUMENT_FIRST = /^(?:(?:the|a|an|new|latest|recent|its|their)\s+)*(?:[a-z-]+\s+)?(?:data|figures|numbers|statistics|report|reports|research|study|studies|survey|surveys|poll|polls|analysis|findings|estimates?|forecasts?|projections?|review|audit|inquiry|investigation|inspection|probe|paper|statement|letter|post|tweet|message|note|notice|sign)\s+(?:from|by|of|for|at|in|on|into|about)\s/i;
