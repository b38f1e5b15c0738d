// Whether a "that" (or "whether", "if", "how", "why") after a cue opens the cue's own clause: the words it
// skips may be a listener, a time or a place ("told reporters on Tuesday that …"), but not a verb of their own,
// a gerund's phrase, a noun of an idea or another subject with its verb of saying, and the "that" may be a
// determiner, a pronoun or a relative pronoun instead.

import { wordCount } from './claim.js';
import { isCueWord, isSpeechCue, isWeakCue } from './cues.js';
import { isPersonNoun, isPluralSourceNoun, SAID_OF_IT } from './lexicon.js';
import { rule } from './plain-twins.js';

export const THAT = rule('iu')`^\s*(?:in\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:op-ed|column|statement|interview|letter|post|tweet|email|e-mail|essay|article|memo|speech|book|filing|report)\s+(?:for|with|to|in|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,4})?(?:,\s*(?:however|though|too|also|instead|again|in turn|for (?:his|her|their|its) part|\p{Ll}+ing\s+[^,;\u2592]{1,40}),?\s*)?((?:(?:[^\s,.;:"“”''\u2592]+(?:'[^\s,.;:"“”'\u2592]+)*|["“]\u2592+[,.]?["”])\s+){0,7}?)(?:that|whether|if|how|why)\s+`;
/** Content that opens with a finite verb, so has no subject of its own. */
export const VERB_FIRST = /^(?:has|have|had|is|are|was|were|will|would|can|could|should|must|may|might)\s+[a-z]/;
/** An auxiliary, then a quotation: "was “no excuse”". */
const VERB_THEN_QUOTE = /^(?:has|have|had|is|are|was|were|will|would|can|could|should|must|may|might)\s+["“‘']*\u2592/;
/** A verb right after "that": the "that" is a relative pronoun. */
const RELATIVE_VERB = /^(?:were|was|is|are|had|has|have|will|would|can|could|should|may|might|must|do|does|did)\b/;
/** A title's or an initial's full stop, which ends no sentence: "that Mr. Kim laundered". */
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev|St|[A-Z])\./;
/** Words before "that" ending in a subject and a verb of finding or saying ("polls show", "research suggests"). */
const CUE_OF_ITS_OWN = /\b(?!(?:the|a|an|his|her|their|its|this|that|our|my|your)\s)[a-z]+\s+(?:show|shows|suggest|suggests|find|finds|indicate|indicates|confirm|confirms|reveal|reveals|say|says|claim|claims|argue|argues|believe|believes|think|thinks)\s+$/i;
/** A subject pronoun, then a comma and more: "she, too, was". */
const SUBJECT_PRONOUN_ASIDE = /^(?:he|she|they|we|I|it|you),\s+\S/;
/** A time after "that", which makes it a determiner ("that day"). */
const TIME_AFTER_THAT = /^(?:day|week|month|year|night|morning|afternoon|evening|weekend|summer|winter|spring|autumn|season)\b/;
/** One word and the end of the sentence or clause. */
const ONE_WORD_TO_END = /^[\p{L}\p{N}'’-]+\s*(?:[.!?,;:]|$)/u;
/** Nouns whose that-clause is their own content: "the proposal that …", "the claim that …". */
const IDEA_NOUN = /^(?:proposal|proposals|claim|claims|idea|ideas|notion|suggestion|belief|view|fact|argument|assertion|hope|fear|fears|concern|concerns|news|report|reports|promise|pledge|warning|charge|allegation|theory|case)$/i;
/** Skipped words that end in a noun of an idea. */
const IDEA_NOUN_LAST = /(?:^|\s)(?:proposals?|claims?|ideas?|notion|suggestions?|beliefs?|fears?|concerns?|news|reports?|rumou?rs?|speculation|allegations?|theory|theories|accusations?|assertions?)\s+$/;
/** Skipped words that end in where something was said: "in a report", "in his latest reports". */
const MEDIUM_LAST = /\b(?:in|on|through|via)\s+(?:a|an|the|his|her|their|its|this|that)\s+(?:[\p{L}-]+\s+)?[\p{L}]+\s+$/iu;
const GERUND_PHRASE = rule('u')`(?:^|\s)(?:for|before|after|while|when|by|without|of|about)\s+\p{Ll}+ing\s`;
/** A modal or auxiliary (or a negated verb) among the words a that-clause skips: a clause of their own stands there. */
const SKIPPED_VERB = /\b(?:should|would|could|will|can|may|might|must|is|are|was|were|has|have|had|do|does|did|\w+n['’]t)\b/i;

/** Skipped words of a clause of their own (two words or more), then "and" or "but": the "that" opens a second clause. */
const SECOND_THAT_CLAUSE = /^\S+\s+\S+.*\s(?:and|but)\s+$/;
/** "to check", "to make sure" among skipped words: an infinitive (not "to reporters", "to the BBC", "to Congress"). */
const INFINITIVE_SKIPPED = rule('u')`(?:^|\s)to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|you|all|both|each|every|some|many|most|several|one|two|three)\s)(?:\p{Ll}+ss|\p{Ll}+[^s\s])\s`;
/** Skipped words that open with a preposition: where, when or how something was said, no object. */
const PREPOSITION_FIRST = /^\s*(?:in|on|at|during|through|via|to|for|with|after|before|over|from|by|last|this|earlier|later)\b/i;
/** A determiner and a noun, then a quotation: the subject of a clause and its quoted predicate. */
const SUBJECT_THEN_QUOTE = /^(?:the|a|an|his|her|their|its|this|that)\s+[a-z-]+\s+["“‘']*\u2592/;
/** A subject, its verb of saying, and a verb right after: "he said showed", "they claim proves". */
const SAID_TO_BE_AFTER_THAT = new RegExp(String.raw`^(?:he|she|they|it|we|I)\s+(?:${SAID_OF_IT})\s+(?:showed|shows|proved|proves|was|were|is|are|had|has|would|could|will|demonstrated|demonstrates|revealed|reveals|contained|contains|included|includes|came|belonged|amounted|amounts)\b`);
/** A medium and the participle that describes it: "survey published", "report released". */
const MEDIUM_PARTICIPLE = /\b(survey|poll|report|study|statement|letter|paper|filing|memo|interview)\s+(?:published|released|issued|conducted|obtained|seen|filed|given)\b/g;
/**
 * Skipped words that open with a subject, a determiner and a noun or a pronoun, and go on with its verb in the
 * past: "the work raised questions about", "the study found". After a verb of saying they are what was said.
 */
const SUBJECT_AND_VERB_SKIPPED = rule('u')`^(?:(?:the|a|an|his|her|their|its|this|these|those|our|my)\s+(?:[\p{L}’'-]+\s+){0,2}?|(?:he|she|it|they|we)\s+)(?:\p{Ll}{2,}ed|found|showed|made|gave|took|saw|knew|thought|felt|got|began|brought|kept|left|put|set|won|lost|led|meant|told|said|wrote)\s`;
/** A phrase cue that ends in a preposition: "expressed skepticism about", "pointed to". */
const PREPOSITION_LAST = /\s(?:about|over|of|on|for|with|to|at|against|regarding|upon)$/i;
/** A verb of saying whose object is the listener. */
const TOLD = /^(?:tell|tells|told|telling|assure|assured|assures|remind|reminded|reminds|inform|informed|informs)$/i;
/** A verb in -s, then what opens its object: "pledges $300", "requires the", "bars children". */
const PRESENT_VERB_THEN_OBJECT = /^[a-z]{3,}[^s\s]s\s+(?:the|a|an|its|their|his|her|\$|£|€|\d|children|people|states|companies|users)/;
/** A past verb in lower case: "resembled", "angered". */
const PAST_VERB = /^[a-z]{3,}ed\s/;

/** Whether skipped words end in whom something was said to: a pronoun or a noun for people ("reporters", "him"). */
function isListener(skipped: string): boolean {
  const last = skipped.trim().split(/\s+/).pop()!.toLowerCase();
  return /^(?:him|her|them|us|me|you|everyone|everybody|anyone|people)$/.test(last) || isPersonNoun(last) || isPluralSourceNoun(last) || /^\p{Lu}/u.test(skipped.trim().split(/\s+/).pop()!);
}

/** The match of THAT in `after` (the sentence after the cue) when its clause is the cue's content, else null. */
export function ownThatClause(after: string, cue: string): RegExpExecArray | null {
  const thatMatch = THAT.exec(after);
  // "asked if", "wondered whether": a question; "will continue if he loses" is a condition, not content.
  // "said residents should respond by suggesting that …": words with a verb of their own before "that" make
  // it another clause's (the one "said" on Tuesday or "told reporters" stays this cue's).
  // "maintained costs for raising that money": a "that" with one word after it, then the end, is a determiner.
  // "First reports suggested that …": a verb of saying among the skipped words takes the clause itself.
  return (
    thatMatch !== null &&
    !SKIPPED_VERB.test(thatMatch[1] ?? '') &&
    // ("said fares paid for improvements and that passengers would …": a clause with no "that", then "and
    // that" and a second one; the cue's content starts with the first.)
    !(/\s(?:and|but)\s+$/.test(thatMatch[1] ?? '') && SECOND_THAT_CLAUSE.test(thatMatch[1]!)) &&
    // ("urged parents to check that their children …": an infinitive among the skipped words has the clause,
    // and the cue's content starts with its object.)
    !((thatMatch[1] ?? '').includes('to ') && INFINITIVE_SKIPPED.test(thatMatch[1]!)) &&
    // ("scolded Romney for suggesting during the primary that …": a gerund among them has the clause.)
    !((thatMatch[1] ?? '').includes('ing ') && GERUND_PHRASE.test(thatMatch[1] ?? '')) &&
    // More than five words ("told reporters at Queen's Park on Tuesday that") only with no verb of saying
    // or noun of an idea among them ("likened the deal to Trump's proposal that …").
    !(wordCount(thatMatch[1] ?? '', 6) > 5 && (thatMatch[1] ?? '').replace(MEDIUM_PARTICIPLE, '$1').split(/\s+/).some((w) => isCueWord(w) || IDEA_NOUN.test(w))) &&
    // ("declined to comment on reports that …": a noun of an idea right before "that" has the clause, unless
    // it is where the words were said: "said in a report that …".)
    !(IDEA_NOUN_LAST.test(thatMatch[1] ?? '') && !MEDIUM_LAST.test(thatMatch[1] ?? '')) &&
    // ("said that she, too, was surprised": a subject pronoun and an aside are a clause.)
    !(/that\s+$/i.test(thatMatch[0]) && ONE_WORD_TO_END.test(after.slice(thatMatch[0].length)) && !ABBREVIATION.test(after.slice(thatMatch[0].length)) && !SUBJECT_PRONOUN_ASIDE.test(after.slice(thatMatch[0].length))) &&
    // "said the owners that day were wrong": "that" before a time is a determiner.
    !(/that\s+$/i.test(thatMatch[0]) && TIME_AFTER_THAT.test(after.slice(thatMatch[0].length))) &&
    // "hold the keys that were lost": after skipped words, "that" and a verb open a relative clause.
    !((thatMatch[1] ?? '') !== '' && /that\s+$/i.test(thatMatch[0]) && RELATIVE_VERB.test(after.slice(thatMatch[0].length))) &&
    // ("defended the use of an image that resembled …", "praised the decision that angered many": after a
    // thing, "that" and a past verb open a relative clause; after a listener, a clause: "told reporters that
    // armed men …".)
    // (Not after where or when it was said: "said in a separate post that affected staff would …".)
    !((thatMatch[1] ?? '') !== '' && /that\s+$/i.test(thatMatch[0]) && PAST_VERB.test(after.slice(thatMatch[0].length)) && !isListener(thatMatch[1]!) && !PREPOSITION_FIRST.test(thatMatch[1]!)) &&
    // ("agreed to a deal that pledges $300 billion …": after a thing, "that", a verb in -s and its object open a
    // relative clause; not where it was said: "said in a statement that …".)
    !((thatMatch[1] ?? '') !== '' && /that\s+$/i.test(thatMatch[0]) && PRESENT_VERB_THEN_OBJECT.test(after.slice(thatMatch[0].length)) && !isListener(thatMatch[1]!) && !MEDIUM_LAST.test(thatMatch[1]!)) &&
    // ("posted videos that he said showed …": after a thing, "that", a subject's verb of saying and a verb with no
    // subject of its own open a relative clause; its source gets a statement of its own.)
    !((thatMatch[1] ?? '') !== '' && /that\s+$/i.test(thatMatch[0]) && SAID_TO_BE_AFTER_THAT.test(after.slice(thatMatch[0].length))) &&
    // ("said that is wrong": right after the cue, "that" and a verb is the subject and its verb.)
    // ('said that was "no excuse"': or a quotation after the verb.)
    !((thatMatch[1] ?? '') === '' && /that\s+$/i.test(thatMatch[0]) && (VERB_FIRST.test(after.slice(thatMatch[0].length)) || VERB_THEN_QUOTE.test(after.slice(thatMatch[0].length)))) &&
    // ("said in a survey published last week that …": a participle describing where it was said is no verb of
    // saying of its own; "calling him a loser and predicting that …": a participle joined by "and" is.)
    !(thatMatch[1] !== undefined && thatMatch[1] !== '' && thatMatch[1].replace(MEDIUM_PARTICIPLE, '$1').split(/\s+/).some((w, k, ws) => isCueWord(w) && (/ed$/.test(w) || isSpeechCue(w) || (isWeakCue(cue) && w === thatMatch[1]!.trim()) || (/ing$/.test(w) && /^(?:and|or)$/.test(ws[k - 1] ?? ''))))) &&
    // ('said the chairman "remains confident" that …': a subject, then a partial quotation, among the skipped
    // words is a clause of their own; a programme is no subject: 'told CNN's "State of the Union" that …'.)
    !SUBJECT_THEN_QUOTE.test(thatMatch[1] ?? '') &&
    // "said polls show that …", "said his research suggests that …": a subject and its own verb of saying.
    !CUE_OF_ITS_OWN.test(thatMatch[1] ?? '') &&
    // ("said the work raised questions about how …", "said the study found that …": a subject and its verb.)
    // ("expressed skepticism about a Texas law that bars …", "pointed to data that show …": a cue ending in a
    // preposition has a noun phrase for its object, which the "that" goes on describing.)
    !(PREPOSITION_LAST.test(cue) && (thatMatch[1] ?? '') !== '') &&
    // (Not after a listener: "told the crowd gathered outside that …".)
    !(isSpeechCue(cue) && !TOLD.test(cue) && SUBJECT_AND_VERB_SKIPPED.test(thatMatch[1] ?? ''))
      ? thatMatch
      : null
  );
}
