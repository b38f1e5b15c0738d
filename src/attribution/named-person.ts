// A person described, then named: "a retired teacher named Linda Park", "a man identified as John Reed".
// The name is the speaker's; the description is their role, unless it says no more than "a man" or "a woman".

import type { Mention } from './mention.js';
import { personFromRun, tokens } from './names.js';
import { rule } from './plain-twins.js';

/**
 * Nouns of groups that news names with "called" or "named" ("the group called …", "a charity named …"): what
 * they name is the group, not a person. roles.ts reads a name after them as the source.
 */
export const GROUPS_NAMED = 'group|charity|organi[sz]ation|campaign|movement|party|company|firm|coalition|network|union|website|band|alliance';
/** Besides those, things named so: a description ending in one of these names no person. */
const THINGS_NAMED = new RegExp(`^(?:${GROUPS_NAMED}|team|club|program(?:me)?|show|book|film|bill|plan|report)$`);

/**
 * "a retired teacher named", "one man called", "the group called", or a phrase that is only "named": then a
 * capitalised name ending the phrase. ("The president called Senator Kennedy" is a verb: a person described
 * with "the" is not named so.)
 */
const NAMED_AT_END = rule('u')`(?:^|\s)(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\p{Ll}\d][\p{L}\d’'-]*\s+){0,4}?)|[Tt]he\s+((?:[\p{Ll}][\p{L}’'-]*\s+){0,2}?(?:${GROUPS_NAMED})\s+)|^\s*)(?:named|called|identified\s+as)\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s*$`;
/** What says only that the source is a person: no role. */
const ONLY_A_PERSON = /^(?:(?:young|old|elderly|local)\s+)?(?:man|woman|person|boy|girl|guy|lady|gentleman|someone|somebody)$/;

/** The person a phrase ends by naming, and the role its description gives (null for "a woman named …"). */
export function namedAtEnd(phrase: string): { person: Mention; role: string | null } | null {
  if (!/\s(?:named|called|as)\s/.test(phrase)) return null; // (the common case, at no regex cost)
  const m = NAMED_AT_END.exec(phrase);
  if (m === null) return null;
  // ("the group called Mothers Against Drunk Driving": only a person's description makes a person.)
  if (m[2] !== undefined) return null;
  const description = (m[1] ?? '').trim();
  if (description !== '' && THINGS_NAMED.test(description.split(/\s+/).pop()!)) return null;
  const person = personFromRun(tokens(m[3]!));
  if (person === null || person.type !== 'person') return null;
  return { person, role: description === '' || ONLY_A_PERSON.test(description) ? null : description };
}
