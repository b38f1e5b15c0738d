// Small tests on a word's letters that many rules share, as patterns registered for their ASCII twins
// (plain-twins.ts): written inline at each rule, each was compiled as its own Unicode-property pattern.

import { plainTwins } from './plain-twins.js';

/** Begins with a capital letter. */
export const UPPER_INITIAL = /^\p{Lu}/u;
/** Begins with a lower-case letter. */
export const LOWER_INITIAL = /^\p{Ll}/u;
/** Two or more capitals and nothing else: an acronym ("NATO", "CNN"). */
export const ACRONYM = /^\p{Lu}{2,}$/u;

plainTwins(UPPER_INITIAL, LOWER_INITIAL, ACRONYM);
