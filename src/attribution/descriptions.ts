// A definite description of one person ("the Dutchman", "the retired teacher", "the chancellor"), which news
// writes for someone named before rather than repeat the name: what it says, and whom it can stand for. The
// registry (coref.ts) decides who, among the people it knows.

import { AGED, DEMONYM, isPersonNoun, NAME_DESCRIPTORS, PARTY_MEMBER, TITLES } from './lexicon.js';

/**
 * A definite description of one person ("the Dutchman", "the 46-year-old", "the retired teacher", "the Egypt
 * forward", "the Kentucky Republican", "the chancellor"), as news writes to avoid repeating a name. An `office`
 * ("the chancellor", "the former president", or any job a party qualifies) stands only for a person whose role
 * or title has its words ("Chancellor Rachel Reeves … the chancellor said"; "Starmer attacked the plan. The
 * prime minister said" is someone else); anything else, for the person just named (see describedBefore).
 */
export interface Description {
  readonly office: boolean;
  readonly head: string;
  /** Its words but the article and words of time ("former" stays: see QUALIFIER). */
  readonly words: readonly string[];
  /** What it says of someone with no role yet ("Egypt forward", "retired teacher"). */
  readonly role: string | null;
  /** "the Kentucky Republican": the party letter of an AP party-and-state role it agrees with. */
  readonly party: string | null;
  /**
   * "the Arsenal manager", "the Tesco boss": a job at an organisation the description names, which it can also
   * say of the person just named with no role given ("Mikel Arteta praised … The Arsenal manager admitted").
   */
  readonly jobAt: string | null;
}

export function descriptionOf(phrase: string): Description | null {
  const core = /^the\s+((?:[\w’'.-]+\s+){0,3}?)([\w’'-]+)(?=$|,|\s+(?:who|whose|that|for|of|at|from|with|in|on)\b)/i.exec(phrase);
  // ("The prime minister's official spokesman", "the head of the agency": someone's, or an office of something.)
  if (core === null || /['’]s?\s/.test(core[1]!) || /^[^,]*?\s(?:for|of|at|from|with|in|on)\s/i.test(phrase.slice(core[0].length))) return null;
  const head = core[2]!;
  const modifiers = core[1]!.trim().split(/\s+/).filter((w) => w !== '');
  if (DEMONYM.test(head) || AGED.test(head) || NAME_DESCRIPTORS.has(head)) return { office: false, head, words: [], role: null, party: null, jobAt: null };
  // ("the Kentucky Republican", "the Vermont independent": a party's member from a place.)
  const party = PARTY_MEMBER.exec(head);
  // ("the Republican" alone, in a story of a Democrat and a Republican, is only someone whose role says so.)
  if (party !== null && modifiers.length === 0) return { office: true, head, words: [head.toLowerCase()], role: null, party: null, jobAt: null };
  if (party !== null && modifiers.every((w) => /^\p{Lu}/u.test(w))) return { office: false, head, words: [], role: null, party: party[0]![0]!.toUpperCase(), jobAt: null };
  if (!isPersonNoun(head) && !MEMBER_OF.test(head)) return null;
  const office = TITLES.has(head.toLowerCase()) || BELONGING.has(head) || modifiers.some((w) => PARTY.test(w));
  const words = [...modifiers.filter((w) => !/^(?:then|new|current)$/i.test(w)), head].map((w) => w.toLowerCase());
  const organisation = BELONGING.has(head) && modifiers.length > 0 && modifiers.every((w) => /^\p{Lu}/u.test(w) && !PARTY.test(w) && !TITLES.has(w.toLowerCase()));
  return { office, head, words, role: office ? null : `${modifiers.join(' ')} ${head}`.trim(), party: null, jobAt: organisation ? `${modifiers.join(' ')} ${head}` : null };
}
/**
 * Jobs someone holds at an organisation, which a description names as offices: "Tesco said … The chief
 * executive said" is someone new, not Tesco; "the manager" after "Liverpool manager Arne Slot" is him.
 */
const BELONGING = new Set('spokesman spokeswoman spokesperson official executive aide adviser advisor lawyer attorney barrister solicitor manager boss owner founder editor host'.split(' '));
/** A word that makes an office another one: "Shadow Chancellor", "Deputy Mayor", "former governor". */
const QUALIFIER = /^(?:shadow|former|deputy|vice|assistant|acting|interim|ex-.*)$/;
/** A party's adjective: "the Democratic senator" may be any of them. */
const PARTY = /^(?:Democratic|Democrat|Republican|GOP|Conservative|Tory|Labour|Liberal|Green|Reform|SNP|Independent)$/i;

/**
 * Whether someone's role and office (their title spelt out) have all of an office's words ("the New Jersey
 * governor" is no Florida governor), and no qualifier it lacks ("the chancellor" is not the shadow chancellor,
 * nor a former one).
 */
export function fits(description: Description, roleAndOffice: string): boolean {
  const own = roleAndOffice.toLowerCase().split(/[\s,]+/);
  // ("the Labour councillor" after "Local councillor Mohammed Iqbal": a party the role does not name may be
  // his; one it names otherwise is not.)
  const parties = description.words.filter((w) => PARTY.test(w));
  if (parties.length > 0 && own.some((w) => PARTY.test(w) && !parties.includes(w))) return false;
  return (
    description.words.every((w) => QUALIFIER.test(w) || (PARTY.test(w) && description.words.length > 1) || own.includes(w)) &&
    !own.some((w) => QUALIFIER.test(w) && !description.words.includes(w))
  );
}

/** A member of a parliament or an assembly, by its letters: "the new MP". */
export const MEMBER_OF = /^(?:mp|mep|msp|mla|mpp|ms|td)$/i;

