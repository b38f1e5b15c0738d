// The headline, which attributes too ("Reid: 'Never underestimate Trump'", "Rabbis vow to boycott speech"):
// read first as paragraph 0, with what Title Case and a headline's short syntax need.

import type { Paragraph } from '../model/article.js';
import { trimRange, type Claim } from './claim.js';
import { isCueWord } from './cues.js';
import { UPPER_INITIAL } from './letters.js';
import { rule } from './plain-twins.js';
import { URGED_PARTICIPLE } from './lexicon.js';

/** The headline as a paragraph: paragraph 0 of section 0, before the first. */
export function headlineParagraph(title: string): Paragraph {
  return { number: 0, section: 0, text: title };
}

/** A word of a headline, for headlineCase(). */
const HEADLINE_WORD = rule('gu')`\p{L}[\p{L}'’-]*`;

/**
 * A Title Case headline ("Benghazi Widow Dorothy Woods Defends Trump") capitalises its verbs, which the cue
 * lexicon matches in lower case only (so that names such as "Will" or "Hope" are not cues): there, a word
 * after the first that is a cue form once lower-cased is lower-cased. Same length, so offsets still hold.
 */
export function headlineCase(masked: string): string {
  if (!isTitleCase(masked)) return masked;
  let first = true;
  return masked.replace(HEADLINE_WORD, (w) => {
    const lower = w.toLowerCase();
    const keep = first || lower.length !== w.length || !isCueWord(lower);
    first = false;
    return keep ? w : lower;
  });
}

/**
 * Whether a headline is in Title Case. Its capitalised runs then run over its verbs ("Kasich Stays in Race"), so
 * they name no one in passing: the article's own sentences name its people.
 */
export function isTitleCase(masked: string): boolean {
  const words = masked.match(HEADLINE_WORD) ?? [];
  const capitalised = words.filter((w) => UPPER_INITIAL.test(w)).length;
  return words.length >= 4 && capitalised >= words.length * 0.6;
}

/** A Title Case run with a verb in it after its first word: "Tehran Will Comply", "Rates Are Rising". */
const TITLE_CASE_CLAUSE = /\s(?:Will|Would|Is|Are|Was|Were|Has|Have|Had|Can|Could|Should|Must|Does|Did|Won['’]t|Can['’]t)\s/;
/** Two names and a comma opening a headline, its subject: "US, Mexico ". */
const TWO_NAMES_WITH_COMMA = rule('u')`^\s*(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?),\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+$`;
/** Where a headline's object ends: a comma, or an occasion in Title Case ("Amid", "After", "As", "Despite"). */
const HEADLINE_OBJECT_END = /,\s|\s(?:Amid|After|As|Despite|While|Following|Ahead Of)\s/;

/**
 * A claim of the headline made to fit its syntax, or false when it is none: "… Defends Trump Amid Military-Related
 * Controversies" and "After This Senator Endorsed Trump, The Establishment …" end their object before the
 * occasion or the next clause; in "Obama Defends Iran Deal, Says Tehran Will Comply" the Title Case clause after
 * "Says" is what was said, not who said it.
 */
export function fitHeadlineClaim(claim: Claim, text: string, masked: string): boolean {
  if (claim.mention.type !== 'pronoun' && TITLE_CASE_CLAUSE.test(claim.mention.name)) return false;
  // ("Ministers urged to act on housing", "Bank told to cut rates": headlines drop "were"; the subject is the one urged.)
  if (claim.cue !== null && (URGED_PARTICIPLE.test(claim.cue) || claim.cue === 'forced') && /^\s+to\s+\p{Ll}/u.test(masked.slice(claim.cueStart + claim.cue.length))) return false;
  // ("US, Mexico agree to new border talks": a headline's comma between two names stands for "and".)
  const pair = claim.mention.type !== 'pronoun' ? TWO_NAMES_WITH_COMMA.exec(masked.slice(0, claim.cueStart)) : null;
  if (pair !== null && claim.mention.type !== 'pronoun' && claim.mention.name === pair[2]) claim.mention = { type: 'group', name: `${pair[1]}, ${pair[2]}`, role: null, via: claim.mention.via };
  if (claim.contentStart > claim.cueStart) {
    const cut = HEADLINE_OBJECT_END.exec(masked.slice(claim.contentStart, claim.contentEnd));
    if (cut !== null && cut.index > 0) claim.contentEnd = trimRange(text, claim.contentStart, claim.contentStart + cut.index)[1];
  }
  return true;
}
