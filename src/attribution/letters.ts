// Small tests on a word's letters that many rules share, as rule patterns (plain-twins.ts): written inline
// at each rule, each was built and compiled as a Unicode-property pattern of its own.

import { rule } from './plain-twins.js';

/** Begins with a capital letter. */
export const UPPER_INITIAL = rule('u')`^\p{Lu}`;
/** Begins with a lower-case letter. */
export const LOWER_INITIAL = rule('u')`^\p{Ll}`;
/** Two or more capitals and nothing else: an acronym ("NATO", "CNN"). */
export const ACRONYM = rule('u')`^\p{Lu}{2,}$`;
