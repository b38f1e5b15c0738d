// People listed as one source before a cue: "Smith, Jones and Patel all said", "Both the mayor and the police
// chief said". roles.ts (subjectBefore) tries it first.

import { isPersonNoun, NOT_NAMES } from './lexicon.js';
import type { Mention } from './mention.js';
import { rule } from './plain-twins.js';

/** A title before a name, abbreviated or not. */
const TITLE = String.raw`(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Sir|Dame|Lord|Lady|Professor|Senator|Representative|Governor)\.?`;
/** Names listed with commas and "and", maybe "all" or "both" after: "Smith, Jones and Patel all ". */
// ("Labour, the Liberal Democrats and the Resolution Foundation all said": a name may have its "the".)
const NAME_LIST = rule('u')`(?:^|[^\p{L}’'.-])((?:(?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?,\s+)+(?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?:\s+(?:all|both))?\s*$`;
/** Two people named with titles, joined by "and": "Dr Robert Laurenson and Dr Vivek Trivedi ", "Sen. Tom Smith and Rep. Ann Lee ". */
const TWO_TITLED = rule('u')`(?:^|[^\p{L}’'.-])((?:${TITLE}\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}\s+and\s+${TITLE}\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?:\s+(?:all|both))?\s*$`;
/** Two people described, joined by "and", maybe after "Both": "Both the mayor and the police chief ". */
const TWO_DESCRIBED = /(?:^|[\s,])(?:[Bb]oth\s+)?((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w’'-]+\s+)?([a-z-]+)\s+and\s+(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+)?([a-z-]+))(?:\s+(?:all|both))?\s*$/;

/** The people a subject lists, as one group source, when `left` (the sentence up to a cue) ends with them. */
export function listedSources(left: string): { mention: Mention; start: number } | null {
  const names = NAME_LIST.exec(left) ?? appositiveList(left);
  // (Each item a name: not "However, Smith and Jones".)
  if (names !== null && names[1]!.split(/,\s+|,?\s+and\s+/).every((n) => !NOT_NAMES.has(n.replace(/^the\s+/, '').split(' ')[0]!.toLowerCase())))
    return { mention: { type: 'group', name: names[1]!, role: null, via: null }, start: names.index + names[0].indexOf(names[1]!) };
  const titled = TWO_TITLED.exec(left);
  if (titled !== null) return { mention: { type: 'group', name: titled[1]!, role: null, via: null }, start: titled.index + titled[0].indexOf(titled[1]!) };
  const two = TWO_DESCRIBED.exec(left);
  if (two !== null && isPersonNoun(two[2]!) && isPersonNoun(two[3]!))
    return { mention: { type: 'group', name: two[1]!, role: null, via: null }, start: two.index + two[0].indexOf(two[1]!) };
  return null;
}

/**
 * A list set off by commas after the noun it names: "Three members, Swati Dhingra, Dave Ramsden and Megan
 * Greene, said" (the closing comma kept NAME_LIST from it, and the last two names alone were the source).
 */
function appositiveList(left: string): RegExpExecArray | null {
  const close = /,\s*$/.exec(left);
  if (close === null) return null;
  const names = NAME_LIST.exec(left.slice(0, close.index));
  return names !== null && /,\s*$/.test(left.slice(0, names.index + names[0].indexOf(names[1]!))) ? names : null;
}
