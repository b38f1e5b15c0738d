// Where reported content ends: at a new clause ("; …", ", however …", ", adding …"), at the main clause after
// an opening subordinate one, at the end of a relative clause; where a quote introduced by a colon starts; and
// what a cue with an object, not a clause, was about.

import { hasAtMostWords, trimRange } from './claim.js';
import { SAID_OF_IT } from './lexicon.js';
import { MASK, type Sentence } from './sentences.js';
import { rule, ruleFrom } from './plain-twins.js';

const QUOTE_CHAR = /["“”'‘’\u2592]/;

/**
 * Reported content ends where a new clause begins: "; …", " (although he allowed …", ", however …", ", but
 * the …" (not ", but would not …", the same subject's, nor ", but that …", the cue's second clause),
 * ", adding …" (not ", including …", a preposition), "… and urged the …" (outside quotes),
 * but not inside a pair of verbs after an auxiliary ("have aided and abetted the …"); and at the writer's own
 * note on it: ", a claim that could not be verified", ", a charge it denies", ", a remark widely seen as a
 * swipe at …", ", and her office did not respond to a request for comment". (Content that began inside a
 * parenthesis ends with it: contentEnd.)
 */
const CONTENT_END = rule('u')`;|\s\((?:although|though|but|while|whereas|even though|and|which|who|he|she|they|it)\s|,\s+(?:a|an)\s+(?:claim|charge|allegation|accusation|assertion|figure|estimate|remark|comment|statement|reference|swipe|dig|jab)\s+(?:that|which|it|he|she|they|denied|disputed|rejected|(?:widely\s+)?(?:seen|viewed|interpreted|taken|read))\b|,?\s+(?:and|but)\s+(?:[^\s,;:]+\s+){1,4}(?:(?:did|could|has|have|had)\s*n(?:o|['’])t\s+(?:immediately\s+)?(?:respond|reply|return)|(?:declined|refused)\s+to\s+comment|could\s+not\s+be\s+reached)\b|,\s+(?:however|but(?!\s+(?:would|will|could|should|might|may|must|can|did|does|do|was|were|is|are|has|have|had|not|that|also)\b)|while|although|though|whereas|even as|even though|as well as|despite|in spite of|unlike)\b|,\s+as\s+(?=(?:the|his|her|their|its|some|many|other|both|all|several|two|three|he|she|they|we|this|these|those|\p{Ll}{3,}s|have|has|had|did|does|do|\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+\p{Ll}{3,}s)\s)|,\s+(?:(?:even|also|then|still)\s+)?(?!(?:including|excluding|regarding|concerning|notwithstanding)\b)\p{Ll}+ing\b|,\s+(?:said|says|told)\s|\s[—–]\s|\s(?:before|after|while|without)\s+\p{Ll}+ing\b|,\s+(?:and\s+)?(?:(?:most|more|\p{Ll}+ly)\s+){0,2}\p{Ll}{3,}ed\s+(?=(?:at first\s+)?(?:to|the|a|an|his|her|their|that)\s)|\sand\s+(?:also\s+)?(?:(?<!\b(?:have|has|had|be|been|being|was|were|is|are)\s+\p{Ll}+ed\sand\s+(?:also\s+)?)\p{Ll}{2,}ed|goes|does|has|makes|takes|gives|continues|remains|seeks|wants|calls|urges|insists|adds|says)\s+(?=(?:the|a|an|to|through|for|his|her|their|its|on|in|with|that)\s)`;

const SUBORDINATE_OPENING = rule('iu')`^[\s"“]*(?:while|although|though|even though|whereas|because|since|as|if|when|after|before|even as|even if)\s`;
/** A comma, then what can open a main clause: a pronoun, a determiner or a capitalised word. */
const MAIN_CLAUSE = rule('u')`,\s+(?=\p{Lu}|(?:he|she|they|it|its|we|i|there|then|the|this|that|his|her|their|our|some|many|most|several|few|both|all|other|others|a|an)\s)`;

/**
 * "While Ramos said that journalists cannot take sides, he appears uneasy": a claim in an opening subordinate
 * clause ends where the main clause begins. Null when the claim is not in one.
 */
export function subordinateEnd(masked: string, s: Sentence, cueStart: number, from: number): number | null {
  const sentence = masked.slice(s.start, s.end);
  if (!SUBORDINATE_OPENING.test(sentence) || masked.slice(s.start, cueStart).includes(',')) return null;
  const m = MAIN_CLAUSE.exec(masked.slice(from, s.end));
  return m === null ? null : Math.min(from + m.index, contentEnd(masked, from, s.end));
}

/**
 * "Gray ticked through the code: ''Civility was assumed,'' he said." When a colon (or a dash) introduces the quote
 * that ends before the source, the quote alone is what was said; otherwise the content starts with the sentence.
 */
export function introducedQuoteStart(masked: string, start: number, end: number): number {
  const open = masked.lastIndexOf(MASK, end);
  let q = open;
  while (q > start && masked[q - 1] === MASK) q--;
  while (q > start && QUOTE_CHAR.test(masked[q - 1]!)) q--;
  // ("Bush praised the plan — “it works,” he said — and left": or a dash opens an aside that holds it.)
  return /(?::|\s(?:-{1,2}|[—–]))\s*$/.test(masked.slice(start, q)) ? q : start;
}

/** "The journalist, who is promoting his book, downplayed …": a claim inside a relative clause ends with it. */
export function relativeEnd(left: string, masked: string, from: number, end: number): number | null {
  if (!/,\s*(?:who|whose|which)\b[^,;]*$/.test(left)) return null;
  // The comma that closes the clause has the main verb after it; a list or an aside goes on ("… over his
  // views on Israel, his support for torture and …").
  const close = MAIN_VERB_AFTER_COMMA.exec(masked.slice(from, end));
  return close === null ? null : Math.min(from + close.index, contentEnd(masked, from, end));
}

/**
 * A comma, then what a main clause's verb looks like after its subject's relative clause ("…, doesn't
 * pretend"), or the next of a list of names (", and Ohio Gov. John Kasich"), or a dash.
 */
const MAIN_VERB_AFTER_COMMA = rule('u')`,\s+(?:(?:also|has|have|had|is|was|are|were|will|would|can|could|did|does|\p{Ll}+ly)\s+)*(?:(?!(?:his|this|its|hers|theirs|ours|yours|thus|plus|less|unless|across|perhaps)\b)\p{Ll}{2,}(?:ed|s)|said|told|wrote|spoke|says|is|was|are|were|has|had|will|would|can|could|went|came|made|took|gave|left|met|stood|ran|began|held|led|won|lost|brought|got|sat|saw|set|struck|thought|felt|kept|found|knew|\p{Ll}+n['’]t)\b|,\s+(?:and|or)\s+(?=\p{Lu})|\s[-—–]\s`;

export function contentEnd(masked: string, from: number, end: number, asides = 0): number {
  const text = masked.slice(from, end);
  const m = CONTENT_END.exec(text);
  // ("said the party platform — which includes a $15 minimum wage — reflected …": a relative clause between
  // dashes is an aside inside the content, which goes on after it. Two at most: each is looked past by reading
  // on from it, and a run of them in hostile input would cost the square of its length.)
  const aside = m !== null && asides < 2 && /^\s[—–]\s$/.test(m[0]) ? RELATIVE_ASIDE.exec(text.slice(m.index)) : null;
  if (aside !== null) return contentEnd(masked, from + m!.index + aside[0].length, end, asides + 1);
  // (Content that began inside a parenthesis ends with it: a ")" before any "(". Found by position, not by a
  // look-behind, which a run of ")" after one "(" would make quadratic.)
  const close = text.indexOf(')');
  const open = close < 0 ? -1 : text.indexOf('(');
  const closeFirst = close >= 0 && (open < 0 || open > close) ? close : -1;
  const at = m === null ? closeFirst : closeFirst < 0 ? m.index : Math.min(m.index, closeFirst);
  const stop = at < 0 ? text.length : at;
  // ("… are gravitating toward Sen. Bernie Sanders, a self-described Democratic socialist": the writer's words
  // on the last thing named, to the end, are no part of what was said; PolNeAR's gold ends before them.)
  const comma = text.lastIndexOf(', ', stop);
  const trailing = comma > 0 && TRAILING_APPOSITIVE.test(text.slice(comma, stop)) && wordsBefore(text, comma) >= 3 ? comma : stop;
  return from + trailing;
}

/** An appositive or a relative clause on what comes before it, running to the end: ", a self-described …", ", which supports …". */
const TRAILING_APPOSITIVE = /^,\s+(?:(?:also|now|once|himself|herself)\s+)?(?:a|an|the|one|who|which)\s[^,;:\u2592"“”]*$/;

/** How many words stand before `at`, up to a few: only the last 120 characters are read (a sentence may be huge). */
function wordsBefore(text: string, at: number): number {
  return (text.slice(Math.max(0, at - 120), at).match(/\S+/g) ?? []).length;
}

/** A relative clause between dashes, and the words after it that go on with the clause around it. */
const RELATIVE_ASIDE = /^\s[—–]\s(?:which|who|whose|where|including)\s[^—–;]{1,150}?\s[—–]\s(?=\p{Ll})/u;

/** An aside between dashes opening what follows a cue. */
const DASH_ASIDE = /^\s*(?:-|--|—|–)\s[^—–]{1,80}?\s(?:-|--|—|–)\s*(?=\S)/;
/**
 * "but she is certain to …", "and they did": after a cue's object, a clause with a pronoun for its subject is
 * the writer's ("described her decision as “impulsive” but she is certain to have a list of goals").
 */
const PRONOUN_CLAUSE = /,?\s+(?:but|and|yet|while|whereas)\s+(?:he|she|they|it|we|I)\s/;
/** "and has gone", "and had taken": the subject's next predicate, with its auxiliary. */
const NEXT_PREDICATE = /\sand\s+(?:has|have|had)\s+(?:also\s+)?[a-z]+(?:ed|en|ne|wn)\s/;
/** A subject by name (captured) and its verb in the past: "Emanuel fired". */
const NAME_AND_PAST = String.raw`(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+\p{Ll}+ed`;
/** "and Emanuel fired": another subject, by name, and its verb. */
const NEXT_SUBJECT = ruleFrom(String.raw`\sand\s+${NAME_AND_PAST}\s`, 'u');
/**
 * "…, and Emanuel fired", "…, but Hart disagreed" right after a claim's content: the subject of a participle
 * that follows (clauses.ts).
 */
export const NEW_CLAUSE_SUBJECT = ruleFrom(String.raw`^\s*,?\s*(?:and|but|yet|while|whereas)\s+${NAME_AND_PAST}\b`, 'u');
/**
 * A time phrase, a clause of time or reason, or a purpose after a cue's object: "after a meeting", "when the
 * poll was taken", "in order to".
 */
const TIME_ADJUNCT = /\s(?:after|before|during|amid|following|when|while|because|since|until|in order to|so as to)\s+(?!(?:he|she|they|it|we|I)\s)/;

/**
 * A verb that takes a question for its object, right before "when": "declined to say when the first cut might
 * come" is what was not said, not the time of declining ("declined to comment when asked" is).
 */
const WH_COMPLEMENT = /\bto\s+(?:say|specify|disclose|reveal|explain|predict|confirm|indicate|estimate|guess)\s*$/;
const WHEN_ASKED = /^\s+when\s+(?:asked|contacted|reached|approached|pressed|questioned)\b/;

/** A relative clause on a cue's object whose source says what it is: " that he said showed", " which they claim proves". */
const SAID_TO_BE = new RegExp(String.raw`\s(?:that|which)\s+(?:he|she|they|it|we|I)\s+(?:${SAID_OF_IT})\s`);

/** Where something was said, after a cue's object: "in a statement", "on Twitter", "at a news conference". */
const OCCASION = /\s(?:(?:in|during)\s+(?:a|an|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:statement|interview|speech|post|tweet|letter|video|op-ed|e-?mail|memo|address|briefing)\b|on\s+(?:Twitter|X|Facebook|Instagram|TikTok|Truth Social|social media|television|radio)\b|at\s+(?:a|the|his|her)\s+(?:news conference|press conference|rally|briefing|hearing|meeting|summit|event)\b)/;

/** Cues whose object takes "on" for its cause: "blamed the drop on …". */
const BLAME = /^blam(?:e|es|ed|ing)$/;
/** An occasion that ends the object's words ("the plan in an interview with CNN"), not one before more of them. */
function occasionAtEnd(object: string): RegExpExecArray | null {
  const m = OCCASION.exec(object);
  // (Not after a clause: "the deal was signed at a summit" is where the deal was signed.)
  return m !== null && OCCASION_TAIL.test(object.slice(m.index + m[0].length)) && !FINITE.test(object.slice(0, m.index)) ? m : null;
}
const FINITE = /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|should|may|might|must|did|do|does)\b/;
/** After a relative clause's opening comma: the clause, its closing comma, then a preposition that completes a cue ("of", "for", "as"). */
const COMPLEMENT_AFTER_RELATIVE = /^\s+(?:who|whom|whose|which)\s[^,;:\u2592]{1,80},\s+(?:of|for|as)\s/;
const OCCASION_TAIL = /^(?:\s+(?:with|to|on|in|at|for)\s+[^,;\u2592]{0,40})?\s*[.,;]?\s*$/u;

/**
 * What a cue with an object rather than a clause ("praised", "referring to", "criticizing") was about, within
 * `range` (its content so far, from `from`, right after the cue): past an aside between dashes ("criticizing -
 * and even threatening to sue - his rivals"); before the relative clause on a short object ("his daughter
 * Ivanka, who converted …"), before the subject's next predicate or another subject's ("… and has gone so far
 * as to", "… and Emanuel fired"), and before a time, a when- or because-clause or a purpose after a short
 * object ("praises Obama after a meeting"; "scolded Romney for suggesting during …" keeps its gerund's).
 */
export function objectRange(text: string, masked: string, from: number, range: [number, number], cue = ''): [number, number] {
  let r = range;
  const aside = DASH_ASIDE.exec(masked.slice(from, r[1]));
  if (aside !== null) r = trimRange(text, from + aside[0].length, r[1]);
  const relative = /,\s+(?:who|whom|whose|which)\s/.exec(masked.slice(r[0], r[1]));
  // ("accused Spotify, which has 600 million users, of wanting to …": the cue's own preposition after the
  // clause takes the object on, and the clause stays inside.)
  const resumed = relative !== null && COMPLEMENT_AFTER_RELATIVE.test(masked.slice(r[0] + relative.index + 1, r[1]));
  if (relative !== null && !resumed && hasAtMostWords(masked.slice(r[0], r[0] + relative.index), 6)) r = trimRange(text, r[0], r[0] + relative.index);
  // ("posted videos that he said showed …": what the object was said to be is a statement of its own.)
  const saidToBe = SAID_TO_BE.exec(masked.slice(r[0], r[1]));
  if (saidToBe !== null && saidToBe.index > 0) r = trimRange(text, r[0], r[0] + saidToBe.index);
  const next = NEXT_PREDICATE.exec(masked.slice(r[0], r[1])) ?? NEXT_SUBJECT.exec(masked.slice(r[0], r[1])) ?? PRONOUN_CLAUSE.exec(masked.slice(r[0], r[1]));
  if (next !== null && next.index > 0) r = trimRange(text, r[0], r[0] + next.index);
  // ("blamed misinformation on social media for …": what is blamed on something is no occasion of saying.)
  const when = TIME_ADJUNCT.exec(masked.slice(r[0], r[1])) ?? (BLAME.test(cue) ? null : occasionAtEnd(masked.slice(r[0], r[1])));
  const what = when === null ? '' : masked.slice(r[0], r[0] + when.index);
  const asked = when !== null && WH_COMPLEMENT.test(what) && !WHEN_ASKED.test(masked.slice(r[0] + when.index));
  if (when !== null && when.index > 0 && hasAtMostWords(what, 4) && !/\p{Ll}ing\b/u.test(what) && !asked) r = trimRange(text, r[0], r[0] + when.index);
  return r;
}
