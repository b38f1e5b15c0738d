// Claims in one sentence: a source, a cue and the content attributed to it, as offsets into the paragraph.
// Covers reported speech ("X said that …", "X, a …, argued …"), direct speech around a cue ("“…,” X said";
// "“…,” said X, the …"; "X said: “…”"), "according to X", and participles that continue a claim
// (", adding that …"). A cue inside another claim's content is nested and left to that claim, unless a
// clause boundary (";", ", while", ", but") starts a new one. Where content ends is content-end.ts; whether a
// "that" after the cue opens its content, that-clause.ts; the sentence's own subject, sentence-subject.ts;
// "according to", according-to.ts; claims with no verb of saying (labels, nouns, polls), cueless-claims.ts.

import { genderOfName, isGivenName } from './given-names.js';
import { findCues, isAccordingTo, isCueWord, isParticiple, isSpeechCue, isWeakCue } from './cues.js';
import type { Mention } from './mention.js';
import { CAUGHT_ON, GOING_ON, isPluralSourceNoun, isSourceNoun, NOT_NAMES, PERCEIVED } from './lexicon.js';
import { personFromRun } from './names.js';
import { mentionAtStart } from './mention-at-start.js';
import { cleanRole, isAppositiveText, RELATIVE_CLAUSE_TO_END, subjectBefore, THING_APPOSITIVE_END } from './roles.js';
import { MASK, type Sentence } from './sentences.js';
import { rule } from './plain-twins.js';
import { DATELINE } from './dateline.js';
import { quotationPointedBack } from './points-back.js';
import { accordingTo } from './according-to.js';
import { hasAtMostWords, trimRange, wordCount, type Claim } from './claim.js';
import { NEW_CLAUSE_SUBJECT, contentEnd, introducedQuoteStart, objectRange, relativeEnd, subordinateEnd } from './content-end.js';
import { labelledSpeech, messageBefore, nominalClaims, pollClaim, quotationThenReply, quotationThenSpeaker, viewClaim } from './cueless-claims.js';
import { OPENER_NAMING_A_PROGRAMME, sentenceSubject } from './sentence-subject.js';
import { openingParticipleClaim } from './opening-participle.js';
import { isFloatingQuote } from './direct.js';
import { lastNonSpaceRun } from '../text/scan.js';
import { passiveAgentClaim } from './passive-agent.js';
import { saysNothing, writesADocument } from './said-nothing.js';
import { THAT, VERB_FIRST, ownThatClause } from './that-clause.js';

const MAX_CUES_PER_SENTENCE = 48;
const MAX_LOOKBACK = 600;
const TELL = /^(?:tell|tells|told|telling|assured|assures|reminded|reminds|informed|informs)$/;
const LISTENER = rule('u')`^\s*(?:him|her|them|us|me|you|police|staff|parliament|congress|court|trial|jury|inquest|inquiry|tribunal|committee|conference|hearing|\p{Ll}+s|the\s+\p{Ll}+|(?:the\s+)?(?:[\p{Lu}\d][\p{L}\d'’.-]*\s+){1,4}(?:magazine|newspaper|radio|television|TV|podcast|programme|program|show|website|channel|network)|(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+(?:(?:about|of)\s+)?(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+|(?:last|this)\s+(?:week|month|year|night)\s+)?(?=(?:the|a|an|he|she|it|they|we|I|there|his|her|their|its|this|these|those)\s)`;
const QUOTED_AS = rule('u')`^(.*?)\bquot(?:ed|es|ing)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})as\s+$`;
const NO_COMMENT_CUE = /^(?:respond|responded|return|returned|reply|replied|comment|commented|answer|answered)$/i;
const PASSIVE_BEFORE = rule('u')`\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$`;
/** A one-word cue that can be a past participle ("praised", "told", "known"). */
const PAST_PARTICIPLE = /^(?:[a-z]+ed|said|told|known|shown|written|thought|held|found|seen|understood|sought|foreseen|felt)$/;
const QUESTION_CUE = /^(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|question|questions|questioned|questioning|doubt|doubts|doubted|doubting|know|knows|knew|see|sees|saw)$/i;
/** What follows a cue when the content stood before it: "said on Tuesday", "said of Trump", "wrote, adding". */
const ADVERBIAL = rule('iu')`^\s*(?:[,.]|$|(?:in|on|at|during|of|after|before|while|when|to|from|with|about|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|recently|later|earlier|again|\p{Ll}+ing)\b)`;
/**
 * "contended in its letter, written by Kenneth Cohen, a vice president, that …": an aside between commas right
 * after the cue (or after where it was said), then "that" resuming the cue's clause.
 */
const ASIDE_THEN_THAT = /^\s*(?:(?:in|on|at|during|after|before|from|by)\s+[^,;:\u2592"“”]{1,60})?,\s+[^;:\u2592"“”]{1,160}?,\s+that\s+/i;
/**
 * "told the meeting: “…”": an object, then a colon that opens the content. (Not across a comma: "said his party
 * would back it, adding: “…”" gives the quotation to "adding".)
 */
const COLON_INTRO = rule('u')`^,?[^.;:,"“”\u2592]{0,60}:\s*(?=["“'‘\u2592])`;
/** "and said", "then added": a verb of saying of its own joined to the cue; the colon after it is its. */
const JOINED_CUE = /\b(?:and|then)\s+(?:then\s+)?([a-z]+)\s*$/;

/** COLON_INTRO's match, unless another cue joined to this one stands before the colon ("smiled and said: “…”"). */
function colonIntro(after: string): RegExpExecArray | null {
  const m = COLON_INTRO.exec(after);
  const joined = m === null ? null : JOINED_CUE.exec(m[0].slice(0, m[0].lastIndexOf(':')));
  return joined !== null && isCueWord(joined[1]!) ? null : m;
}
/** A plural noun alone before a comma, the subject of a clause the source splits: "Patients, he said, …". */
const ONE_WORD_SUBJECT = /^\s*(?!(?:Yes|Perhaps|Sometimes|Always|Besides|Afterwards|Thus|Regardless|Nevertheless|Unless|Towards|Whereas|Anyways|Nonetheless)\b)[A-Z][a-z]+[^s\W]s\s*,\s*$/;
/**
 * Past verbs that end a relative clause on a source as the main clause's verb ("parents who support the law held
 * signs"): what people do in a news story, and rarely a participle after a noun.
 */
const MAIN_PAST = 'held|went|came|made|took|gave|stood|left|met|began|spent|got|won|lost|sent|brought|kept|ran|sat|wore|gathered|marched|rallied|chanted|waved|staged|joined|packed|filled|lined|turned|voted|signed';
/** The main clause's verb after a relative clause on its source: an auxiliary, a verb of saying or MAIN_PAST. */
const MAIN_VERB_AFTER_RELATIVE = new RegExp(String.raw`\s(?:are|is|was|were|have|has|had|will|would|can|could|said|says|say|warned|warn|argued|argue|insisted|insist|told|tell|added|noted|believe|think|fear|claim|${MAIN_PAST})\s`);
/** A quantity that opens with a preposition's word: "at least 12", "over 100", "up to a dozen", "around half". */
const QUANTITY_FIRST = /^(?:at\s+(?:least|most)|(?:over|around|under|up\s+to|about|nearly|almost|some)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half|dozens|hundreds|thousands|millions|a\s+(?:dozen|hundred|thousand|million|third|quarter|half))\b))/i;
const PREPOSITION_AFTER = /^\s+(?:over|with|against|into|up|off|back|out|away|by|on|down|around|through|in|from|at|during|of)\b/i;
/** Things whose words are read out as theirs: a statement, a letter, a sign. */
const WRITTEN_THING = /\b(?:statement|statements|letter|letters|note|notes|sign|signs|message|messages|post|tweet|notice|banner|placard|placards|headline|caption|label|text|e-?mail|memo|release|document|ruling|judgment|verdict|order|motion|resolution|petition|inscription|plaque|card|slogan|warning|ad|advert|advertisement)(?:\s+(?:from|by|of|on|at|in|to)\s+.+)?$/i;
/** Sources that "find" and "show": polls, studies, documents, shares of respondents. */
/** What follows a document's noun in its name: "The survey of voters", "A study by Oxford researchers". */
const DOCUMENT_OF = /\s(?:of|by|from|for|on|into|in)\s/;
const DOCUMENT = /\b(?:poll|polls|survey|surveys|study|studies|report|reports|data|analysis|research|figures|results|percent|cent|majority|trial|trials|review|inquiry|investigation|probe|paper|census|assessment|audit|experiment)$/i;
const QUOTE_RESUMES = rule('u')`^\s*(?:(?:[^\s,.;:"“”\u2592]+\s+){0,7}[^\s,.;:"“”\u2592]+\s*,)?\s*,?\s*(?=(?:["“‘']|'')\u2592)`;
/** Weak cues that take the clause before their source when nothing follows them. */
const FINAL_WEAK = /^(?:find|finds|found|note|notes|noted|remark|remarks|remarked|state|states|stated|report|reports|reported|comment|comments|commented|maintain|maintains|maintained|add|adds|added|reply|replies|replied|respond|responds|responded)$/;
const INTENTION = /^(?:promise|promises|seem|seems|seemed|appear|appears|appeared|try|tries|tried|want|wants|wanted|plan|plans|planned|decide|decides|decided|intend|intends|intended|refuse|refuses|refused|decline|declines|declined)$/i;
/** "X issued a statement Tuesday saying …": the statement is the vehicle; X is the source. */
const ISSUED_STATEMENT = rule('u')`\b(?:a|an|the|his|her|their|its)\s+(?:\p{L}+\s+)?(?:statement|letter|tweet|post|release|memo|email|e-mail|video|message)\s+(?:\p{L}+\s+){0,3}$`;
const NAME_THEN_APPOSITIVE = rule('u')`^((?:(?:to|of|about|on)\s+)?(?:Mr\.|Mrs\.|Ms\.|Dr\.)?\s*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}),\s+(?:the|a|an|his|her|their|its)\s[^,]*$`;
/** "What got under her skin, she said, was a question": the sentence's verb comes after the source. */
const SPLIT_PREDICATE = rule('u')`^\s*,\s*(?:that|was|is|are|were|has|have|had|will|would|could|can|may|might|must|should|\p{Ll}{3,}ed)\s`;
const NAME_THEN_WHO = rule('u')`^((?:Mr\.|Mrs\.|Ms\.|Dr\.)?\s*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}),?\s+(?:who|who['’]s|whose)(?:\s|$)`;
/** '"…," Republican strategist Fred Davis said': a quote, then a role before the name. */
const ROLE_AFTER_QUOTE = rule('u')`(\u2592["”'’]+)\s+(?:[\p{L}.'’-]+\s+){1,6}$`;
/** "The plan failed, former senator Ann Lee said": a comma, then a role of a few words before the name. */
const ROLE_AFTER_COMMA = rule('u')`(,)\s+((?:[\p{L}.'’-]+\s+){1,4})$`;
/** Words that are no part of a role (conjunctions, pronouns, verbs, prepositions): what follows the comma is a clause or phrase of its own. */
const NOT_A_ROLE_WORD =
  /^(?:and|but|or|so|then|when|if|because|as|while|although|though|that|which|who|he|she|they|it|we|i|you|also|not|is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|to|with|in|on|at|by|from|for|after|before|about|against|amid|during|including|like|than|over|under|without|several|many|some|most|few|all|both|other|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|\S+ing)$/i;
/** "delegates who backed Paul": a relative clause with no comma, whose antecedent is the source. */
const RESTRICTIVE_WHO = rule('u')`\p{L}\s+(?:who|that)(?:\s+(?:have|has|had|also|would|will|did|do|does|never|once|now|\p{Ll}+ly))*\s*$`;
/**
 * A subordinate clause alone before the source: "As Trump faced questions, his allies defended him." is no
 * content of "defended", whose object follows it.
 */
const SUBORDINATE_ONLY = /^[\s"“]*(?:as|when|while|after|before|because|if|although|though|since|once|until|unless)\s[^,;:\u2592]*,\s*$/i;
/** A quotation as masked: its marks around the mask characters. */
const QUOTATION_MASKED = /["“‘']*\u2592+[,.]?["”’']*/g;
/**
 * An opening phrase with a quoted title in it, a few words in: 'Speaking on NBC's "Meet the Press,"', 'In an
 * interview with "60 Minutes,"'. (A quotation that opens the sentence is what was said.)
 */
const TITLE_IN_OPENER = new RegExp(String.raw`${OPENER_NAMING_A_PROGRAMME}\s*$`);
/** A sentence opening with a preposition, a participle ("Asked whether …") or "A year later": a phrase, not a clause. */
const OPENER = rule('iu')`^[\s"“]*(?:in|on|at|with|after|before|during|since|for|from|by|under|over|amid|despite|following|\p{Lu}\p{Ll}+ing|asked|pressed|questioned|interviewed|reached|contacted|challenged|(?:a|one|two|three)\s+\p{Ll}+\s+(?:later|earlier|ago))\b`;
/**
 * One comma-separated piece of a sentence's opening that is no clause: a sentence adverb ("Meanwhile", "Still",
 * "Separately") or a short phrase led by a preposition with no verb or subject pronoun in it ("in the eastern
 * town of Pokrovsk", "On Thursday").
 */
const OPENING_ADVERB = /^(?:meanwhile|however|still|yet|now|then|today|yesterday|tonight|later|earlier|also|instead|separately|elsewhere|nevertheless|nonetheless|moreover|furthermore|indeed|again|overall|finally|first|second|third|next|afterwards|afterward|there|here|[a-z]+ly)$/i;
const OPENING_PREPOSITION = /^(?:in|on|at|with|after|before|during|since|for|from|by|under|over|amid|amidst|despite|following|across|near|outside|inside|throughout|among|within|beyond|around|along|back in|last|this|earlier this|later that)\s/i;
const CLAUSE_WORD = /^(?:he|she|they|it|we|i|you|there|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|[a-z]{3,}ed)$/i;
function isOpeningPiece(piece: string): boolean {
  const words = piece.trim().replace(/^["“]+/, '').split(/\s+/);
  if (words.length === 1) return OPENING_ADVERB.test(words[0]!);
  return words.length <= 10 && OPENING_PREPOSITION.test(words.join(' ')) && !words.slice(1).some((w) => CLAUSE_WORD.test(w));
}
/** A further item of a list of names the opening's preposition began: " Berlin", " Berlin and Rome". */
const PLACES_LISTED = rule('u')`^\s*(?:(?:and|or)\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:and|or)\s+)?\p{Lu}[\p{L}’'.-]*){0,4}\s*$`;
/** "Meanwhile, in the eastern town of Pokrovsk, residents described …": only opening phrases before the source. */
function onlyOpeningPhrases(before: string): boolean {
  const pieces = before.replace(/,\s*$/, '').split(',');
  // ("In Paris, Berlin and Rome, officials said prices rose": the places a preposition lists are one phrase.)
  return pieces.length > 1 && pieces.every((p, i) => isOpeningPiece(p) || (i > 0 && PLACES_LISTED.test(p) && isOpeningPiece(pieces[0]!)));
}
const LEADING_ADVERBIAL = rule('u')`^(?:on|in|at|by|from|during|over|after|before)\s+(?:[^\s,;:\u2592]+\s+){0,5}?(?=(?:he|she|they|it|we|I|there)\s)`;
/** "said (on) Monday the UK would …", "said last week Britain …": a time, then the subject of what was said. */
const TIME_THEN_SUBJECT = rule('u')`^(?:on\s+)?(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|yesterday|today|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning))\s+(?=(?:the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|\p{Lu}\p{L}*)[\s,])`;
/** "vowed on Wednesday to press on", "agreed early on Sunday to …": a time, then the infinitive that was vowed. */
const TIME_THEN_INFINITIVE = rule('u')`^(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|yesterday|today|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning))\s+(?=to\s+\p{Ll})`;
/** A subordinate clause opening the sentence: "And if …", "When …", "Because …". */
const SUBORDINATE_FIRST = /^[\s"“]*(?:(?:and|but|so|yet)\s+)?(?:if|when|whenever|because|although|though|unless|once|until)\s/i;
/** ", with" and the words before a participle's subject: "…, with senior party official ". */
const WITH_SOURCE = /,\s+with\s+[^,;\u2592]{0,80}$/;
/** ", with" and a capitalised name right before a participle: ", with The Guardian ", ", with Ms Lee ". */
const WITH_NAME = rule('u')`,\s+with\s+(?:the\s+|The\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}\s+$`;
/** "with" and a noun phrase right before a participle: "with analysts ", "with senior official Li Yuecheng ". */
const WITH_THEN_SOURCE = /(?:^|[\s,])with\s+[^,;\u2592]{1,80}$/;
/** After "if …", a main clause with a modal: "if it rained they would stay home". */
const CONDITIONAL_MAIN = /^(?:if|unless)\s[^;]*?(?:,\s*|\s)(?:he|she|they|we|I|it|you|the\s+\w+|\p{Lu}\w*)\s+(?:would|will|could|might|should|can)\s/u;
/** Cues in the base or -s form that are nouns as often: "a Facebook post", "his tweet", "the claim". */
const NOUN_LIKE_CUE = new Set('post posts tweet tweets claim claims comment comments note notes report reports call calls plea pledge promise vow warning'.split(' '));
/** What follows a noun-like cue when it is the noun: a participle of its making, a verb of being, "for". */
const NOUN_AFTER = /^\s+(?:issued|given|sent|raised|lifted|extended|upgraded|made|has been|have been|had been|was|were|is|are|remains|remain|for)\b/;
/** A determiner and up to two words, or an owner, right before a word: "a lengthy Instagram ", "the senator's ". */
const DETERMINED_BEFORE = /(?:\b(?:a|an|the|his|her|their|its|this|that)\s+(?:[\w’'-]+\s+){0,2}|['’]s\s+)$/i;

/** Whether the word after `before` is a noun: a determiner or an owner before it, and no source named right there. */
function nounBefore(before: string): boolean {
  if (!DETERMINED_BEFORE.test(before)) return false;
  const word = lastNonSpaceRun(before.trimEnd());
  return /['’]s$/.test(word) || /^(?:a|an|the|his|her|their|its|this|that)$/i.test(word) || (!/s$/.test(word) && !isSourceNoun(word.toLowerCase()));
}

/** A subject that is no one: "Neither company", "No official", "None of the ministers", "Nobody". */
const NO_ONE = /^(?:neither|no|none|nobody|no one)\b/i;
/** The end of "neither X nor" before a subject, none of it a clause of its own. */
/** The word opening a clause of concession, when a subject found starts with it: "whatever critics". */
const FREE_RELATIVE = /^(?:whatever|whoever)\s+/i;
const NEITHER_NOR = /\bneither\s[^.;:,\u2592]*\bnor\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?$/i;
/** A relative pronoun right before a source: "that they think …", "what he said …". */
const RELATIVE_BEFORE = /\b(?:that|which|what|whom)\s+$/i;
/** The first half of a subject of two noun phrases: "his focus groups and ", "the polls and ". */
const COORDINATED_SUBJECT = /^\s*(?:his|her|their|its|our|the|these|those)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|do|does|did)\s)[a-z-]+(?<!ed)\s+){0,2}[a-z-]+s\s+and\s+$/;
/** A noun phrase of a determiner and a noun, then a plural group: "a move analysts", "the plan experts". */
const NOUN_THEN_GROUP = /^((?:a|an|the|this|that)\s+[a-z]+)\s+([a-z]+s)$/i;
/** A dash right after a cue, closing an aside. */
const ASIDE_CLOSES = /^\s*(?:-{1,2}|[—–])\s/;
/** A dash, then a quotation: an aside that opens with what was said. */
const ASIDE_OPENS = /\s(?:-{1,2}|[—–])\s*["“‘']*\u2592/;
/** A dash opening an aside, at the end of the text: " — ", " - ", " -- ". */
const DASH_BEFORE = /\s(?:-{1,2}|[—–])\s*["“‘']*$/;
/** What follows an inverted or final source's cue up to a comma: a name, or a time ("said Lee on Monday, "). */
const SOURCE_THEN_COMMA = /^[^,;:\u2592"“”]{0,60},\s*$/u;
/** A person's capitalised run, maybe with a title, then "and", right before another source: "Secretary Ann Lee and ". */
const TITLED_PERSON_AND = rule('u')`(?:^|[^\p{L}’'.-])((?:\p{Lu}[\p{L}’'.-]*\s+(?:of\s+)?){1,5}\p{Lu}[\p{L}’'-]+)(?:\s+\([DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\))?\s+and\s*$`;
/** After a source set off by commas, a clause of reason or concession that goes on with what was said. */
const REASON_AFTER_SOURCE = /^\s*,\s*((?:because|since|although|though)\s)/;
/** A cue whose subject is a relative pronoun after a comma: "…,” said Ann Lee, who supports the deal." */
const WHO_JUST_BEFORE = /,\s*(?:who|which)\s+(?:(?:also|still|now|\p{Ll}+ly)\s+)?$/u;
/** What follows a cue that is only the subject's next predicate: "but has said …", "and then told …". */
const PREDICATE_NEXT = /^\s*(?:but|and|yet)\s+(?:(?:also|then|later|has|have|had)\s+)*[a-z]+(?:ed|s)?\s/;
/** A clause of time or reason opening right before a source: "… after ", "… because ". */
const ADJUNCT_BEFORE = /\s(?:after|because|since|before|until)\s*$/i;
const BOUNDARY_BEFORE = rule('iu')`(?:;|[,—–]\s*(?:while|but|and|whereas|although|though|as|even as|where|when|which|who|because|since|if)?|\b(?:and|but|while|when))(?:\s+(?:\p{Ll}+ly|also|then|later|most|more|even|still|now|has|have|had))*\s*$|\s(?:-{1,2}|[—–])\s*["“‘']*\u2592+["”’']+\s*$`;

/** "As the mayor noted, …", "Of course, as Joel Pollak observed, …": an as-clause holding the source and cue. */
const AS_SOURCE = /(?:^|[,;—–]\s*)[\s"“]*(?:as|like)\s+[^,;:\u2592]*$/iu;

/**
 * "Why do we feel this way?", "How will the voters regard the parties?": the writer asks; nobody claims.
 * "Why does Israel refuse to recognize …?" presupposes the stance, so it still counts; only questions about
 * we and you, or about what will or would happen, are the writer's own.
 */
const WRITERS_QUESTION = rule('iu')`^[\s"“]*(?:and\s+|but\s+|so\s+)?(?:(?:why|how|what|when|where|which)\s+)?(?:(?:do|does|did|are|were)\s+(?:we|you)\b|(?:will|would|can|could|should|might)\b)[^\u2592]*\?\s*$`;

/** What a participle cue after the claim before it is joined by: a comma, a closing quote, "before", "while"… */
const CONTINUES_AFTER = rule('u')`(?:,|,?\u2592["”'’]*|\s(?:before|after|while|by)(?:\s+\p{Ll}+ly)?)\s*(?:(?:not|even|also|only|\p{Ll}+ly)\s+)*$`;
/** ", saying …" still open before the cue. */
const PARTICIPLE_CLAUSE_BEFORE = rule('u')`,\s+\p{Ll}+ing\s[^,]*$`;
/** "before", "while", "by" (and an adverb) right before a participle cue. */
const AFTER_PREPOSITION = rule('u')`(?:^|\s)(?:before|after|while|by|in|when|without)\s+(?:(?:first|then|later|again|\p{Ll}+ly)\s+)?$`;
/** A short noun phrase ("The Times", "the newspaper"). */
const SHORT_NOUN_PHRASE = rule('iu')`^(?:(?:the|a|an)\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,3}$`;
/**
 * A condition or a reason ("if", "unless", "until", "because", "once") opening what follows a cue, or words
 * that say nothing was said ("said nothing", "said little about it"; not "saying nothing had changed"): no content.
 */
const CONDITION = /^(?:if|unless|until|because|once|(?:nothing|little)(?=\s*(?:$|[.,;:!?]|about|of|on|to|more|else|new|further|at all)))\b/i;
/** What follows "declined" or "asked" when a source is not named: "to be named", "not to be identified". */
const ANONYMITY = /^(?:not\s+)?to\s+(?:be\s+(?:named|identified|quoted)|(?:give|share|reveal|disclose|use|publish)\s+(?:his|her|their|my)\s+(?:full\s+|last\s+|real\s+|second\s+)?(?:surname|name|identity))\b/i;
const NAME_WITHHELD = /^(?:his|her|their|my)\s+(?:full\s+|last\s+)?(?:surname|name|identity)\s+(?:not\s+be|be\s+withheld|be\s+kept|remain)/i;
/** What follows a participle in a passive aside: "by" someone, before the comma that closes it. */
// (Not the agent of another participle after it: "dismissed the overtures in a statement carried by state
// media, calling …" is a finite verb and its object.)
const PASSIVE_ASIDE = /^(?:(?!\s[a-z]+ed\s)[^,;:\u2592]){0,60}?\bby\b[^,;:\u2592]*,/u;
/** "Lee was quoted by Reuters as", "officials were quoted in the report as": what stands before "saying". */
const QUOTED_AS_PASSIVE = /^(.*?)\s+(?:was|were|is|are|has been|have been|had been)\s+quoted\s+(?:by\s+(.+?)\s+|in\s+(.+?)\s+)?as\s+$/;
/** A quotation and its comma right before the cue: "“We won’t stop,” vowed …". */
const QUOTE_THEN_CUE = /\u2592(?:["”'’]|'')*\s*,?\s*$|\u2592,(?:["”'’]|'')+\s*$/u;
/**
 * A source's appositive after an inverted cue, an age maybe before it; the period of an initial ("the S.
 * Rajaratnam School") or of a courtesy title ("a strategist on Mrs. Clinton's campaign") does not end it.
 */
const APPOSITIVE_AFTER_SOURCE = /^,\s*(?:\d{1,3},\s*)?((?:[^,.;]|(?<=(?:^|[\s(.])(?:[A-Z]|Mrs|Mr|Ms|Dr|Sen|Rep|Gov|Gen|Prof|St))\.(?=\s*[A-Z]))+)/;
/** The listener of "told" and nothing else to the sentence's end: a short noun phrase, a time or place after it. */
// ("…, sources told Reuters, a major concession to carmakers.": a noun phrase set off after it sums up the claim.)
const LISTENER_ONLY = /^\s*(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’.-]+\s+){0,4}[\w'’.-]+(?:\s+(?:on|in|at|last|this)\s+[\w'’-]+)?(?:,\s+(?:a|an)\s+[^,;:\u2592]+)?\s*[.!?]?\s*$/;
/** Cues whose object is a clause ("showing growth had stalled"), not a noun phrase a main verb follows. */
const CLAUSE_TAKING = /^(?:say|says|said|saying|show|shows|showed|showing|suggest|suggests|suggested|suggesting|find|finds|found|finding|indicate|indicates|indicated|indicating|reveal|reveals|revealed|revealing|conclude|concludes|concluded|concluding|predict|predicts|predicted|predicting|estimate|estimates|estimated|estimating|argue|argues|argued|arguing|claim|claims|claimed|claiming|believe|believes|believed|believing)$/i;
/** Cues that are adjectives of a stance ("critical of", "confident that"). */
const STANCE = /^(?:critical|skeptical|sceptical|supportive|dismissive|confident|convinced|hopeful|optimistic|adamant|concerned)\s/;
/** What follows "back" as a particle ("bring them back to", "came back home"), not the verb of support. */
const PARTICLE_BACK = /^\s+(?:to|into|in|from|on|up|down|home|away|off|out|and|[.,;:!?]|$)/;
/** "was heard ", "was caught on camera ", "kept ": a participle after these is what the subject was perceived doing or went on doing, no relative clause. */
const PERCEIVED_BEFORE = new RegExp(String.raw`\b(?:(?:is|are|was|were|been)\s+(?:\w+ly\s+)?(?:${PERCEIVED})(?:\s+on\s+(?:${CAUGHT_ON}))?|${GOING_ON})\s+$`);
/** A form of "be" (and adverbs) right before a cue: "are now positing". */
const BE_BEFORE = /\b(?:am|is|are|was|were|been|be)\s+(?:[a-z]+ly\s+|now\s+|still\s+|also\s+|not\s+)*$/;
/** A modal or a negation right before a cue: "he could remember", "did not agree". */
const MODAL_AT_END = /\b(?:could|can|would|might|may|not|never|n['’]t)\s+(?:[a-z]+ly\s+)?$/;
/** A noun phrase after a cue, then more of a list of verbs ("…, writes a weekly column and, since 2013, leads …"): no source. */
const LIST_GOES_ON = /\s(?:and|or)\s*(?:,|$)/;

/** LIST_GOES_ON in masked[from, to), where a match at the end must be a whole word ("who organises" is no "or"). */
function listGoesOn(masked: string, from: number, to: number): boolean {
  const m = LIST_GOES_ON.exec(masked.slice(from, to));
  return m !== null && !(from + m.index + m[0].length === to && LETTER_AT.test(masked[to] ?? ''));
}
const LETTER_AT = /\p{L}/u;
/** A time, maybe a comma, then a quote: what follows "said" in "said Wednesday, “…”". */
const TIME_THEN_QUOTE = /^\s*(?:on\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|later|earlier|afterwards?|again|then)\s*,?\s*(?=["“‘\u2592]|'(?!s\b))/iu;
/** Verbs besides those of saying that "it" (an institution, a letter) can be the source of. */
const IT_CUES = /^(?:accuse[sd]?|accusing|argue[sd]?|arguing|allege[sd]?|alleging|contend(?:s|ed|ing)?|demand(?:s|ed|ing)?|urge[sd]?|urging|den(?:y|ies|ied|ying)|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing))$/;
/**
 * Verbs of forecasting, that "it" (a bank, a firm) is the source of when it opens a clause: "…, and it now predicts
 * growth of 0.1%"; not "a fight it expects to last", a relative clause on a thing.
 */
const IT_FORECAST_CUES = /^(?:predict(?:s|ed)?|forecasts?|expect(?:s|ed)?|project(?:s|ed)?)$/;
/** "it" opening a clause right before a cue: after the start, a comma or a conjunction, maybe with an adverb. */
const IT_OPENS_CLAUSE = /(?:^|[,;:]|\b(?:and|but|so|that|while|because))\s*it\s+(?:(?:now|also|still|\w+ly)\s+)?$/i;
/** Verbs of what a report or an inquiry concludes, that "it" is the source of before a that-clause. */
const IT_THAT_CUES = /^(?:recommend(?:s|ed)?|conclude[sd]?|confirm(?:s|ed)?|found|finds|estimate[sd]?)$/;
/** The noun a that-clause completes, after the cue ("at the implication that", "the idea that"). */
const NOUN_COMPLEMENT = /\s((?:the|a|an|this|his|her|their|its|[A-Z][\w.&-]*['’]s)\s+(?:[a-z-]+\s+)?(?:implication|idea|notion|suggestion|claims?|fact|possibility|prospect|argument|view|belief|charges?|accusations?|assertion|allegations?|perception|impression|theory|hope|fear|concern)\s+that)\s+$/i;
/** A comma right before a participle cue, maybe with an adverb: ", also calling on …". */
const COMMA_BEFORE = /,\s*(?:(?:also|even|then|again|[a-z]+ly)\s+)?$/;
/** An answer as the whole of what follows a cue: "said no", "said yes", "said so". */
const SHORT_ANSWER = /^\s*(?:no|yes|so)\s*[.!]?\s*$/i;
/** After an inverted source: maybe a phrase describing it, then a comma and a quotation mark. */
const QUOTE_RESUMES_AFTER_SOURCE = /^(?:,[^,;\u2592"“”]{1,120})?,\s*(?=(?:["“'‘]|'')*\u2592)/u;
/** A time after a preposition, then words with no comma between: "In 2016 Trump won …", "On Monday the index fell …". */
const TIME_THEN_CLAUSE = /^[\s"“]*(?:in|on|at|by|since|during|until)\s+(?:\d{4}|(?:early|late|mid-?)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)|(?:the\s+)?(?:morning|afternoon|evening|weekend))\s+(?:the\s+|a\s+|an\s+)?[A-Za-z][^,]*\s[a-z]+/i;
/** An auxiliary and its verb outside a relative clause: "the number has doubled", "12 people have died". */
const OWN_VERB = /(?<!\b(?:that|which|who|whom)\s+)\b(?:is|are|was|were|has|have|had|will|would)\s+(?:[a-z]+ly\s+)?[a-z]+/;
/** The first word of ASKED_OPENING, tried first: the pattern is then compiled only for an article that has one. */
const ASKED_FIRST = /^[\s"“]*(?:Asked|Pressed|Questioned)\s/;
/** The first letter of TIME_THEN_SUBJECT's and TIME_THEN_INFINITIVE's words ("early", "late" too), tried first, for the same reason. */
const TIME_FIRST = /[oMTWFSytle]/;
/** An opening "Asked whether …," or "Pressed about …," up to its comma. */
const ASKED_OPENING = /^[\s"“]*(?:Asked|Pressed|Questioned)\s+(?:(?:by|on|in)\s+[^,]{1,60}?\s+)?(?:whether|if|about|why|how|what|when|to)\b[^,;\u2592]*,/;
/**
 * The same with no comma, up to the answer's source and verb: "Asked why he thought the warnings were missing
 * Lord Butler said: …" (the last such source: the question may hold a name of its own).
 */
const ASKED_OPENING_NO_COMMA = rule('u')`^[\s"“]*(?:Asked|Pressed|Questioned)\s+(?:(?:by|on|in)\s+[^,]{1,60}?\s+)?(?:whether|if|about|why|how|what|when|to)\b[^,;:\u2592]*(?=\s+(?:(?:he|she|they|we|I)\s+|(?:\p{Lu}[\p{L}’'.-]*\s+){1,4})(?:said|says|replied|replies|answered|answers|responded|responds|told|tells|added|adds|insisted|insists|explained|explains)\b)`;

/** "Sanders himself acknowledged": the source's intensifier, blanked (offsets hold) so the name ends the subject. */
function withoutIntensifier(left: string): string {
  return left.replace(/\s(?:himself|herself|themselves)\s*$/, (m) => ' '.repeat(m.length));
}

/** The length of a sentence's opening "Asked whether …,", or 0. */
export function askedOpeningEnd(sentence: string): number {
  if (!ASKED_FIRST.test(sentence)) return 0;
  return (ASKED_OPENING.exec(sentence) ?? ASKED_OPENING_NO_COMMA.exec(sentence))?.[0].length ?? 0;
}
/** The words before a cue that is the purpose of anonymity: "requested anonymity to", "not authorized to". */
const ANONYMITY_PURPOSE = /\b(?:anonymity|anonymously|not\s+authori[sz]ed|permission)\s+(?:in\s+order\s+)?to\s+(?:publicly\s+)?$/i;
const ASKED_CUE = /^(?:asked|pressed|questioned)$/;
/** What follows "asked" in an aside between commas: "asked about the plan,", "asked by reporters whether …,". */
const ASKED_ASIDE = /^\s+(?:(?:by|on|in)\s+[^,;\u2592]{1,60}?(?=\s+(?:whether|if|about|why|how|what|when|to)\b|,)|)\s*(?:(?:whether|if|about|why|how|what|when)\b[^,;\u2592]*)?,/;
/** A verb of urging and the person urged, then "to": "pressuring Mr. Sanders to", "urged Lee to". */
const URGED = rule('u')`\b(?:pressur|urg|ask|push|forc|encourag|persuad|convinc|tell|told|call(?:ing|ed|s)? on)\p{Ll}*\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+to\s`;
/** A passive with its agent, then "but" or "and", right before a second participle ("was praised by X but "). */
const SECOND_PASSIVE = rule('u')`\s(?:is|are|was|were|been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s+by\s+[^,;:\u2592]{1,60}?\s(?:but|and)\s+(?:\p{Ll}+ly\s+)?$`;
/** A clause with no "that": a subject of a few words, then a finite verb ("the deal was signed"). */
// ("found the body, was shaken": a comma ends the noun phrase; what follows it is another clause's verb.)
const ZERO_THAT_CLAUSE = rule('u')`^(?:the|a|an|his|her|their|its|this|these|\p{Lu}[^\s,]*)\s+(?:(?!that\b|which\b|who\b)[^\s,]+\s+){0,3}?(?:was|were|is|are|had|has|have|will|would|could|can|may|might|should|must)\s`;
/** "is expected to", "are due to", "was set to" right before a cue: a plan someone else reports. */
const EXPECTED_TO = /\b(?:is|are|was|were|be|been)\s+(?:\p{Ll}+ly\s+)?(?:expected|due|set|scheduled|poised|slated|likely|unlikely|tipped)\s+to\s+$/u;
/** A comma, then "and" or "but" (and an adverb or two) right before a cue. */
const COMMA_AND_BEFORE = /,\s*(?:and|but)\s+(?:\S+\s+){0,2}$/;
/** A relative clause with a verb of its own: "a union that has broken away", "who had hoped". */
const RELATIVE_SINCE = /\b(?:that|who|which)\s+(?:has|have|had|is|was|are|were|[a-z]+ed)\b/;
/** Still inside a phrase that opens the sentence with a preposition (no comma yet): "In a string of ads …". */
const OPENING_PREPOSITION_PHRASE = /^[\s"“]*(?:In|On|At|With|From|During|After|Before|Under|Amid|Among|Despite)\s+(?:a|an|the|its|his|her|their)\s[^,;:\u2592]*$/;
/** A subject pronoun right before a cue, maybe with an adverb: " she ", " they also ". */
const PRONOUN_SUBJECT_BEFORE = rule('u')`\s(?:he|she|they|we|I)\s+(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?$`;
/** What follows "shared" when a view was shared: a that-clause (maybe after whom with), or a colon. */
const SHARED_VIEW = /^\s*(?::|that\s|with\s[^,;:\u2592]{1,60}?\sthat\s)/;
/** Who hears evidence: "the court", "jurors", "the inquest", "the tribunal", "MPs on the committee". */
const HEARING_BODY = /\b(?:court|courts|jury|juries|jurors?|inquest|inquiry|tribunal|hearing|committee|panel|magistrates|judge)$/i;
/** Up to a participle's comma: a subordinate clause with its subject (captured) and a verb of its own. */
const SUBORDINATE_CLAUSE = rule('u')`\b(?:after|when|as|since|because|while|before|once|until)\s+((?:the|a|an|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})\s+(?:\p{Ll}+ed|was|were|is|are|had|has|made|took|won|lost|gave|went|came|began|ran|met|left|said|told|cut|put|set|hit|sent|kept|held|led|sold|bought|spent|paid|brought|fell|rose|struck|chose|broke|shut|quit|built|sought|drew|threw|wrote|spoke|got|became|saw|found|heard|felt|stood|beat)\b[^,;\u2592]*,\s*$`;

/** "LONDON, June 3 (Reuters) - Britain’s economy grew …": where what was said starts, after a dateline opening the sentence. */
function afterDateline(text: string, masked: string, s: Sentence, start: number, end: number): number {
  if (start !== trimRange(text, s.start, s.end)[0] || !/[(—–-]/.test(masked.slice(start, start + 60))) return start;
  const dateline = DATELINE.exec(masked.slice(start, end));
  return dateline === null ? start : start + dateline[0].length;
}

/** "opposed" describing a source ("residents opposed to the plan"), before "to" and what they oppose. */
const OPPOSED_TO = /^(?:opposed|allied|aligned)$/;
/** "to the deal said", "to the plan say": a short object, then a verb of saying with no comma before it. */
const SPEECH_AFTER_OPPOSED = /^\s+(?:to|with)\s+[^,;:\u2592]{1,60}?\s(?:say|says|said|argue|argues|argued|warn|warns|warned|claim|claims|claimed|insist|insists|insisted|told|tell|tells|believe|believes|believed|fear|fears|feared)\b/;

const CONTINUE = /^continu(?:e|es|ed|ing)$/;
/** Right before "champion": a word that makes it the noun ("Former champion", "world champion", "the champion"). */
const CHAMPION_NOUN = /(?:^|\b(?:former|reigning|defending|world|olympic|european|national|title|[a-z]+-time|the|a|an|his|her|their|its))\s*$/i;
/** Right before "continued": a word that makes it an adjective ("faces continued", "amid continued", "the continued"). */
const CONTINUED_AS_ADJECTIVE = /\b(?:faces|face|faced|facing|amid|despite|of|over|after|with|under|the|a|an|its|his|her|their|our|see|sees|saw|seeing|expects?|expected|warned of|fears?)\s+$/i;
/** "a pattern", "its recent slide", "the trend": something that goes on of itself. */
const TREND_AFTER = /^\s+(?:a|an|the|its|their|this|that)\s+(?:[\w’'-]+\s+){0,2}?(?:pattern|trend|streak|run|tradition|decline|rise|fall|slide|rally|recovery|series|cycle|surge|slump|climb|drop|growth|slowdown|downturn|upturn)\b/;

/** Whether a sentence's subject can hold a view: a person, a pronoun, or a group of people or an institution. */
function speaksAsSource(m: Mention | null): boolean {
  if (m === null) return false;
  if (m.type !== 'group') return true;
  const head = m.name.split(/\s+/).pop()!.toLowerCase();
  if (isSourceNoun(head)) return true;
  // ("Shares fell …, after the company cut …": one plural word, capitalised only as the sentence's first.)
  if (/^[A-Z][a-z]+[^s’']s$/.test(m.name)) return false;
  return /^\p{Lu}/u.test(m.name.split(/\s+/).find((w) => !/^(?:the|a|an)$/i.test(w)) ?? '');
}

/** The subject of the subordinate clause that ends right before a participle's comma, when it is a source. */
function subordinateSubject(left: string): Mention | null {
  const clause = SUBORDINATE_CLAUSE.exec(left);
  if (clause === null) return null;
  const found = subjectBefore(`${clause[1]!} `, true);
  return found !== null && speaksAsSource(found.mention) ? found.mention : null;
}

/** A colon and a quotation right after a cue (and where it was said): "Another posted: “…”", "wrote on X: “…”". Speech. */
const COLON_AFTER = /^(?:\s+(?:on|in|to)\s[^:;,.\u2592]{1,40})?\s*:\s*["“‘'\u2592]/u;
/** A modal right before a cue: "could reject", "might oppose". */
const MODAL_BEFORE = /\b(?:could|might|may|would|can)\s+(?:not\s+|also\s+|still\s+)?$/;
/** A pronoun and nothing else. */
const ONLY_PRONOUN = /^\s*(?:it|them|this|that|him|her)\s*[.,;]?\s*$/i;
/** A modal (and "have") right before a cue: "should have insisted", "would say". */
const MODAL_HAVE = /\b(?:should|would|could|might|must|may)\s+(?:not\s+)?(?:have\s+)?$/;
/** A subject's manner of saying before an infinitive cue: " was quick to ", " were keen to ", " was at pains to ". */
const EAGER_TO = /\s(?:was|were|is|are|has\s+been|had\s+been|seemed|appeared)\s+(?:(?:very|quite|so|always|also|careful|equally)\s+)?(?:quick|keen|careful|eager|anxious|swift|happy|glad|pleased|at\s+pains|the\s+first)\s+to\s+$/;
/** A sentence opening with a noun phrase and a restrictive relative pronoun: "Lawmakers who ", "Groups that have ". */
const RELATIVE_OPENING = rule('u')`^[\s"“]*(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Tt]hose|[Oo]ther|[Aa]ll)\s+)?(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+\s+(?:who|that)\s+(?:(?:have|has|had|also)\s+)?$`;
/** The object of a relative clause's verb, then the main verb: a short phrase, with no clause mark of its own. */
const ONE_OBJECT = rule('u')`^\s+(?:[\p{L}\p{N}’'.-]+\s+){1,5}$`;
/** Right after a cue, the person who carried the words: " through a spokesman", " via her lawyer". */
const THROUGH_INTERMEDIARY = /^\s+(?:through|via)\s+((?:a|an|his|her|their|its|the)\s+(?:\S+\s+)?(?:spokes(?:man|woman|person)|lawyers?|attorneys?|representatives?|publicist|agent|aide|solicitors?|spokespeople|press\s+secretary))(?=[\s,.;:!?]|$)/i;
/** An aside of "as" with its source, opening the sentence: "As ", "Of course, as the mayor ". */
const AS_ASIDE_BEFORE = /^[\s"“]*(?:[A-Z][^,;:]{0,30},\s*)?(?:[Aa]s|[Jj]ust as)\s+[^,;:]{1,80}$/;
/** A comma after the cue, then a clause of four words or more. */
const MAIN_CLAUSE_AFTER = /^\s*,\s*(?:\S+\s+){3,}/;
/** A title of two or more people before the first name: "Sens. ", "Reps. ", "Senators ". */
const PLURAL_TITLE_FIRST = /^(?:Sens\.|Reps\.|Govs\.|Senators|Representatives|Governors)\s+/;
/** Nothing after an infinitive cue: a comma, a stop or the end, and no quotation after the comma. */
const INFINITIVE_ENDS = /^\s*(?:[.;!?)]|,(?!\s*["“‘']*\u2592)|$)/u;
/** An infinitive with a verb of its own after the cue: "wants to build", not "wants to the Senate". */
const INFINITIVE_AFTER = rule('u')`^\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|\p{Lu})\p{Ll}`;

/**
 * The text before a source without the source's role where the role ends it ("…, and campaign chairman "), or
 * without the article of a name ("…, and the Iowa Farm Bureau").
 */
function beforeRoleOrArticle(before: string, mention: Mention): string {
  const role = mention.type === 'person' ? mention.role : null;
  const trimmed = before.trimEnd();
  if (role !== null && role !== '' && trimmed.endsWith(role)) return trimmed.slice(0, trimmed.length - role.length);
  return /\s(?:the|The)$/.test(trimmed) ? trimmed.slice(0, -4) : before;
}

export function claimsInSentence(text: string, masked: string, s: Sentence): Claim[] {
  if (WRITERS_QUESTION.test(masked.slice(s.start, s.end))) return [];
  // "CLINTON: I just believe …": a transcript label opening the paragraph is the speaker of all of it.
  if (masked.slice(0, s.start).trim() === '') {
    const labelled = labelledSpeech(text, masked, s) ?? quotationThenSpeaker(text, masked, s) ?? quotationThenReply(text, masked, s);
    if (labelled !== null && labelled.contentEnd >= trimRange(text, s.start, s.end)[1] - 1) return [labelled];
    if (labelled !== null) return claimsAfter(text, masked, s, [labelled]);
  }
  const opener = openingParticipleClaim(text, masked, s);
  return claimsAfter(text, masked, s, opener === null ? [] : [opener]);
}

/** The claims of a sentence after those found already at its start (`claims`, which it adds to). */
function claimsAfter(text: string, masked: string, s: Sentence, claims: Claim[]): Claim[] {
  const claimsExtra = new Map<[number, number], [number, number]>();
  const sentence = masked.slice(s.start, s.end);
  // Each cue looks back over its sentence, so a "sentence" of thousands of cues (a list with no full stop,
  // hostile input) would cost their square; prose has a handful, so the first few dozen are read.
  // "Asked whether he would support the nominee, Manchin said …": the question put is no one's statement.
  const askedEnd = askedOpeningEnd(sentence);
  const askedBare = askedEnd > 0 && sentence[askedEnd - 1] !== ',' ? askedEnd : 0;
  for (const m of findCues(sentence).slice(0, MAX_CUES_PER_SENTENCE)) {
    if (m.index > 0 && m.index < askedEnd) continue;
    const cs = s.start + m.index;
    const ce = cs + m.text.length;
    const cue = m.text;
    // ("who requested anonymity to reveal private conversations", "not authorized to discuss the talks": why a
    // source is unnamed, not something they said.)
    if (ANONYMITY_PURPOSE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    // ("Critics opposed to the deal said …": who the source is, not what they said; the verb of saying after it is the cue.)
    if (OPPOSED_TO.test(cue) && SPEECH_AFTER_OPPOSED.test(sentence.slice(m.index + cue.length))) continue;
    // ("…, continuing a pattern of very high turnout": what goes on is a trend, not something said.)
    if (CONTINUE.test(cue) && TREND_AFTER.test(sentence.slice(m.index + cue.length))) continue;
    // ("…have voted for strike action, raising the prospect of a summer of disruption": what the event raises,
    // in the writer's words; "she raised the possibility of a run" stays hers.)
    if (/^raising\s+the\s+(?:prospect|possibility)/.test(cue) && /,\s*$/.test(sentence.slice(Math.max(0, m.index - 3), m.index))) continue;
    // ("Former champion John McEnroe said", "the reigning champion": a titleholder, not the verb "champion".)
    if (/^champions?$/.test(cue) && CHAMPION_NOUN.test(sentence.slice(Math.max(0, m.index - 20), m.index))) continue;
    // ("Trump faces continued backlash", "amid continued tensions": "continued" as an adjective.)
    if (cue === 'continued' && CONTINUED_AS_ADJECTIVE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    // ("Cook, asked about artificial intelligence, said …": the question put, between commas, is the aside.)
    if (ASKED_CUE.test(cue) && /,\s*$/.test(sentence.slice(Math.max(0, m.index - 3), m.index)) && ASKED_ASIDE.test(sentence.slice(m.index + cue.length))) continue;
    const prev = claims[claims.length - 1];
    const nested = prev !== undefined && cs < prev.contentEnd && cs > prev.contentStart - 1;
    if (prev !== undefined && cs < prev.cueStart + 1) continue;
    // "said that …, he was confident that …": a stance inside what was said is part of it, not a claim of its own.
    if (nested && STANCE.test(cue)) continue;
    // "reported, citing sources, that …": a cue between another cue and its content is that claim's aside.
    if (prev !== undefined && cs > prev.cueStart && cs < prev.contentStart && prev.contentStart > prev.cueStart) continue;
    if (prev !== undefined && prev.contentEnd <= prev.cueStart && cs < prev.cueStart + 1) continue;
    // "According to Dan Cole, the mayor knew": what follows the source is all the content, its verbs included.
    if (prev !== undefined && isAccordingTo(prev.cue ?? '') && prev.contentStart > prev.cueStart && cs >= prev.contentStart && cs < prev.contentEnd) continue;

    // "the worst testimony he could remember.", "because some governments did not agree.": what someone could
    // recall, or did not say, at the end, is no statement.
    if (/^\s*[.!?"”’']*\s*$/.test(sentence.slice(m.index + cue.length)) && MODAL_AT_END.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "In a string of new radio ads announced Wednesday, Trump …": a participle inside an opening phrase.
    // ("In her victory speech she promised …": not after a subject pronoun, with no comma: a finite verb; nor
    // after a claim of the sentence, which the opening phrase ended before.)
    if (/ed$/.test(cue) && prev === undefined && OPENING_PREPOSITION_PHRASE.test(sentence.slice(0, m.index)) && !PRONOUN_SUBJECT_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "In a lengthy Instagram post, the singer …", "the senator's claim": a cue that is also a noun, after a
    // determiner and a word that names no source, is the noun. ("The company reports …" stays a verb.)
    if (NOUN_LIKE_CUE.has(cue) && nounBefore(sentence.slice(Math.max(0, m.index - 60), m.index))) continue;
    // ("Red warning issued as …", "A rare red weather warning for wind has been issued": a noun, by what follows it.)
    if (NOUN_LIKE_CUE.has(cue) && NOUN_AFTER.test(sentence.slice(m.index + cue.length)) && !/^calls?$|^comments?$/.test(cue)) continue;
    // "bring voters back to the GOP": a particle of another verb, not support.
    if (/^back$/i.test(cue) && PARTICLE_BACK.test(sentence.slice(m.index + cue.length))) continue;
    // "did not respond to a request for comment": a statement that nothing was said.
    if (NO_COMMENT_CUE.test(cue) && /\b(?:not|n['’]t|never)\s+(?:immediately\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "three casualties are said to be critical", "Lee was praised for her courage", "the family is remembered
    // fondly": a passive, not a cue; its subject is what was spoken of.
    const window = sentence.slice(Math.max(0, m.index - 40), m.index);
    const passive = PASSIVE_BEFORE.exec(window);
    // ("Clinton is seeking to …", "was hoping to win": a verb in progress, not a passive.)
    if (passive !== null && ((/^\s+to\s/.test(sentence.slice(m.index + cue.length)) && !cue.endsWith('ing')) || PAST_PARTICIPLE.test(cue))) {
      // ("The plan was criticised by the mayor": unless its agent follows.)
      // (Not a weak cue's: "civilians were held by terrorists" is no statement of theirs.)
      const agent = PAST_PARTICIPLE.test(cue) && !isWeakCue(cue) ? passiveAgentClaim(text, masked, s, cue, cs, cs - window.length + passive.index) : null;
      if (agent !== null) claims.push(agent);
      continue;
    }
    // "The decision was praised by environmental groups but criticized by industry leaders": a second passive
    // sharing the first's auxiliary, with an agent of its own.
    const second = PAST_PARTICIPLE.test(cue) && !isWeakCue(cue) ? SECOND_PASSIVE.exec(sentence.slice(Math.max(0, m.index - 120), m.index)) : null;
    if (second !== null) {
      const agent = passiveAgentClaim(text, masked, s, cue, cs, cs - Math.min(m.index, 120) + second.index + (second[0].length - second[0].trimStart().length));
      if (agent !== null) claims.push(agent);
      continue;
    }

    // "The report, published Tuesday by the institute, concludes …": a passive participle set off by commas
    // describes the noun before it; it is no cue.
    if (/ed$/.test(cue) && /,\s*$/.test(sentence.slice(0, m.index)) && PASSIVE_ASIDE.test(sentence.slice(m.index + cue.length))) continue;

    if (isAccordingTo(cue)) {
      const claim = accordingTo(masked, s, cs, ce, cue);
      // ("Revenue rose 4%, the company said in a statement, short of the $3.3bn analysts expected, according to
      // LSEG": what came before an earlier source and its cue is theirs; this source's starts after them.)
      const after = claim !== null && prev !== undefined && prev.contentEnd <= prev.cueStart && prev.cueStart < cs && claim.contentStart <= prev.contentStart ? masked.indexOf(', ', prev.cueStart) : -1;
      if (claim !== null && after >= 0 && after < claim.contentEnd) {
        const [a, b] = trimRange(text, after + 1, claim.contentEnd);
        if (wordCount(text.slice(a, b)) > 0) [claim.contentStart, claim.contentEnd] = [a, b];
      }
      if (claim !== null) claim.contentStart = afterDateline(text, masked, s, claim.contentStart, claim.contentEnd);
      // ("“I understand,” Mr. Obama said, according to a Democrat who was in the room": right after a source and
      // its cue, the other source is how their words came out, their intermediary, and no speaker of its own.)
      const written = masked.slice(ce, s.end).replace(/[\s.!?;:]+$/, '').trim();
      if (
        (claim === null || (claim.mention.type !== 'pronoun' && claim.contentEnd <= cs)) &&
        prev !== undefined && prev.contentEnd <= prev.cueStart && prev.mention.via === null &&
        SOURCE_THEN_COMMA.test(masked.slice(prev.cueStart + (prev.cue?.length ?? 0), cs)) &&
        written !== '' && !written.includes(MASK) && hasAtMostWords(written, 10)
      ) {
        prev.mention = { ...prev.mention, via: text.slice(ce, masked.indexOf(written, ce) + written.length).trim() };
        continue;
      }
      if (claim !== null && !nested) claims.push(claim);
      continue;
    }

    // A subject, its titles, appositives and adverbs fit well within this many characters before the cue;
    // looking further would make a long run-on sentence cost the square of its length.
    // (After an opening "Asked …" with no comma, the subject starts where the question ends.)
    // ("Lawmakers who backed the bill pointed to research …": a cue after the object of a restrictive relative
    // clause that opened the sentence is the main verb; its source is the whole phrase, the clause with it.)
    const hostOfRelative = nested && !isParticiple(cue) && RELATIVE_OPENING.test(masked.slice(s.start, prev!.cueStart)) && ONE_OBJECT.test(masked.slice(prev!.cueStart + prev!.cue!.length, cs));
    const leftFrom = Math.max(nested && !hostOfRelative ? prev!.cueStart + prev!.cue!.length : s.start + askedBare, cs - MAX_LOOKBACK);
    // ("“We won,” he was quick to say.": the infinitive after an adjective of manner is the cue of the subject
    // before it, as "he said" is; the words between are blanked, offsets kept.)
    const written = masked.slice(leftFrom, cs);
    const eager = written.endsWith(' to ') ? EAGER_TO.exec(written) : null;
    const left = eager === null ? written : written.slice(0, eager.index) + ' '.repeat(eager[0].length);
    let mention: Mention | null = null;
    let subjectStart = cs;
    let inverted = false;
    let invertedEnd = ce;
    // ("and most recently defended …": an adverb or two.)
    const coordinated = /(?:^|\s)(?:and|but)\s+(?:(?:also|then|later|afterwards?|again|soon|most|more|[a-z]+ly)\s+){0,2}(?:(?:has|have|had)\s+(?:also\s+)?)?(?:(?:go|goes|went) on to\s+)?$/.test(left);
    // "told Annette Guessford, who answered her door and said …": a verb joined to one in a relative clause begun
    // since the last claim is the relative clause's antecedent's.
    // (Not after a comma: "said the offer was an insult to staff who had worked …, and called on ministers to …"
    // goes on from the sentence's source.)
    const relative = coordinated && prev !== undefined && !COMMA_AND_BEFORE.test(left) ? RELATIVE_SINCE.exec(masked.slice(prev.cueStart, cs)) : null;
    const relativeSubject = relative === null ? null : subjectBefore(masked.slice(leftFrom, prev!.cueStart + relative.index + relative[0].indexOf(' ')), isSpeechCue(cue));
    // "prosecutors charged the officer and Emanuel fired his police chief, acknowledging …": a new subject and
    // its verb between the last claim and the participle; the participle is that subject's.
    const newSubject = isParticiple(cue) && prev !== undefined && /,\s*$/.test(left) ? NEW_CLAUSE_SUBJECT.exec(masked.slice(prev.contentEnd, cs)) : null;
    const newPerson = newSubject === null ? null : personFromRun(newSubject[1]!.split(/\s+/));
    const continues =
      (isParticiple(cue) && prev !== undefined && newPerson === null && CONTINUES_AFTER.test(left)) ||
      // "… and said that" goes on; "in countering the West and maintaining influence" is a gerund inside the content.
      // "saying … and calling him …": a participle joined to a participle claim goes on too.
      // (Not inside a relative clause begun since: "…, said DeMoro, of a union that has broken away … and endorsed …".)
      (coordinated && prev !== undefined && (!isParticiple(cue) || isParticiple(prev.cue ?? '') || PARTICIPLE_CLAUSE_BEFORE.test(left)) && relative === null) ||
      // "cast doubt on the rate, suggested that …": a list of verbs, the next right where the last content ended.
      (prev !== undefined && /ed$/.test(cue) && /,\s*$/.test(left) && prev.contentEnd >= cs - 3 && prev.contentEnd <= cs && THAT.test(masked.slice(ce, s.end)));
    // "…, says US official": after a comma, a source that ends the sentence is the speaker, and what stands
    // before is the content, however much it looks like a subject.
    // (Not after "told": what follows it is the listener, "“…,” Dyche, 53, told BBC Sport.")
    const trailing = isSpeechCue(cue) && !TELL.test(cue) && /,\s*$/.test(left) ? mentionAtStart(masked.slice(ce, s.end)) : null;
    const trailingWords = trailing === null ? [] : masked.slice(ce, ce + trailing.length).trim().split(/\s+/);
    const sourceLast =
      trailing !== null &&
      trailing.mention.type !== 'pronoun' &&
      trailingWords.length <= 4 &&
      // ("…, said an official, requesting anonymity", "The plan failed, said the company.": one person or body
      // described, after its article.)
      // ("…, said the nominee was unqualified": after "the", only nouns of a source, names and owners, no verb.)
      (!NOT_NAMES.has(trailingWords[0]!.toLowerCase()) ||
        (/^(?:a|an|one|another)$/i.test(trailingWords[0]!) && trailing.mention.type === 'group') ||
        (/^the$/i.test(trailingWords[0]!) && trailing.mention.type === 'group' && trailingWords.slice(1).every((w) => /^\p{Lu}|['’]s$/u.test(w) || isSourceNoun(w.toLowerCase().replace(/[.,;!?]+$/, ''))))) &&
      !listGoesOn(masked, ce, ce + trailing.length + 8) &&
      /^\s*(?:[,.;!?]|$)/.test(masked.slice(ce + trailing.length, s.end));
    // ", predicting he would win": a participle after a comma speaks for the sentence's subject, not for the
    // noun phrase the comma ends ("he gave a defiant speech, predicting").
    const afterComma = isParticiple(cue) && prev === undefined && COMMA_BEFORE.test(left);
    const subj =
      continues || newPerson !== null || sourceLast || afterComma || (isParticiple(cue) && ISSUED_STATEMENT.test(left)) ? null : subjectBefore(withoutIntensifier(left), hostOfRelative || isSpeechCue(cue) || COLON_AFTER.test(masked.slice(ce, ce + 50)), isParticiple(cue));
    // "they should respond by suggesting that …": a gerund inside an earlier claim's content is part of it.
    if (nested && isParticiple(cue) && AFTER_PREPOSITION.test(left)) continue;
    const afterPreposition =
      isParticiple(cue) &&
      (AFTER_PREPOSITION.test(left) ||
        (prev === undefined && COMMA_BEFORE.test(left)) ||
        ISSUED_STATEMENT.test(left));
    // "Tom Emanuel stood at a Bush event to say he was leaning …": the purpose of the sentence's subject.
    // ("… in order to show there was no conflict": a purpose with a verb not of saying is no statement.)
    // ("Swift is expected to announce new tour dates", "The minister is due to unveil the plan": what someone will
    // do, by the writer's or another's account, is no statement of theirs yet.)
    if (EXPECTED_TO.test(left)) continue;
    if (/\s(?:in order|so as) to\s+$/.test(left) && !isSpeechCue(cue) && !/^(?:say|tell|argue|explain|stress|emphasi[sz]e|warn)$/.test(cue)) continue;
    const purpose = /(?:^|\s)(?:to|in order to)\s+$/.test(left) && !/(?:ed|s|ing)$/.test(cue.split(' ')[0]!);
    // ("It took her 12 years to write, she says, and …": an infinitive with nothing after it, not even a
    // quotation, says nothing; the source after the comma is the next cue's.)
    if (purpose && !cue.includes(' ') && INFINITIVE_ENDS.test(masked.slice(ce, s.end))) continue;
    // "pressuring Mr. Sanders to run on issues rather than continuing to attack …": the one urged to act is the
    // subject of what follows, not the sentence's.
    const urged = subj === null && !continues && (purpose || afterPreposition) ? URGED.exec(left) : null;
    const urgedPerson = urged === null ? null : personFromRun(urged[1]!.trim().split(/\s+/));
    const main =
      urgedPerson !== null && urgedPerson.type === 'person'
        ? urgedPerson
        : subj === null && !continues && ((coordinated && !isParticiple(cue)) || afterPreposition || purpose)
          ? sentenceSubject(sentence)
          : null;
    // "The fracas erupted two months after the real estate tycoon entered the race …, calling them rapists": a
    // participle after a comma speaks for the sentence's subject; when that is no one (a thing, an event), for
    // the subject of the subordinate clause the comma ends.
    const opening = afterComma && !speaksAsSource(main) ? (subordinateSubject(left) ?? main) : main;
    // "The newspaper quoted Reid as saying …": Reid speaks, through the newspaper.
    const quotedAs = isParticiple(cue) ? QUOTED_AS.exec(left) : null;
    const quotedPerson = quotedAs === null ? null : personFromRun(quotedAs[2]!.trim().split(/\s+/));
    // "Lee was quoted by Reuters as saying …": the same, in the passive.
    const quotedPassive = isParticiple(cue) && quotedAs === null ? QUOTED_AS_PASSIVE.exec(left) : null;
    const passiveSubject = quotedPassive === null ? null : subjectBefore(`${quotedPassive[1]!} `, true);
    if (passiveSubject !== null) {
      const through = (quotedPassive![2] ?? quotedPassive![3] ?? '').trim();
      mention = { ...passiveSubject.mention, via: through !== '' && SHORT_NOUN_PHRASE.test(through) ? through : null };
      subjectStart = leftFrom + passiveSubject.start;
    } else if (quotedPerson !== null && quotedPerson.type === 'person') {
      // The quoting source as written, when it is a short noun phrase ("The Times", "the newspaper").
      const through = quotedAs![1]!.trim().replace(/^(?:but|and|so|yet)\s+/i, '');
      const via = SHORT_NOUN_PHRASE.test(through) && !/^(?:he|she|it|they|we)$/i.test(through) ? through : null;
      mention = { ...quotedPerson, via };
    } else if (newPerson !== null) {
      mention = newPerson;
    } else if (relativeSubject !== null) {
      mention = relativeSubject.mention;
    } else if (continues) {
      // ", emphasising that …", ", adding that …", "… and said that …": the same source goes on.
      // ("lashed out at Republicans who have criticized his performance, calling them …": past a relative
      // clause's claim, the participle goes on from the claim the clause hangs on.)
      const outer = claims.length >= 2 && isParticiple(cue) && RESTRICTIVE_WHO.test(masked.slice(Math.max(s.start, prev!.cueStart - 30), prev!.cueStart)) ? claims[claims.length - 2]! : undefined;
      mention = outer !== undefined && outer.mention !== prev!.mention ? outer.mention : prev!.mention;
    } else if (opening !== null) {
      // "Mr. Trump was forced into damage control and said that …": the sentence's subject is the source.
      mention = opening;
    } else if (subj !== null) {
      mention = subj.mention;
      subjectStart = leftFrom + subj.start;
      // ("Secretary of State Antony Blinken and Mexican Foreign Minister Marcelo Ebrard said": two people, each
      // with a title, joined by "and", are one source.)
      const first = mention.type === 'person' ? TITLED_PERSON_AND.exec(beforeRoleOrArticle(left.slice(0, subj.start), mention)) : null;
      // ("Sens. Elizabeth Warren (D-Mass.) and Bernie Sanders": a plural title is both people's, no part of a name.)
      const firstPerson = first === null ? null : personFromRun(first[1]!.replace(PLURAL_TITLE_FIRST, '').split(/\s+/));
      // (A title or a given name makes the first a person: "Popular Christian and corporate speaker X" is one.)
      const aPerson = firstPerson !== null && firstPerson.type === 'person' && (firstPerson.title !== null || isGivenName(firstPerson.name.split(' ')[0]!));
      if (aPerson && firstPerson.type === 'person' && mention.type === 'person' && firstPerson.name !== mention.name) {
        mention = { type: 'group', name: `${firstPerson.name} and ${mention.name}`, role: null, via: mention.via };
        subjectStart = leftFrom + first!.index + first![0].indexOf(first![1]!);
      }
    } else if ((isSpeechCue(cue) && /[,"”'’\u2592]\s*$/u.test(masked.slice(s.start, cs))) || (!isParticiple(cue) && QUOTE_THEN_CUE.test(masked.slice(s.start, cs)))) {
      // "“…,” said X" with any verb of saying; after the quote itself, with any cue: "“…,” vowed X".
      // ("He hosts a talk show, writes a weekly column and …": what was written is no source.)
      const after = writesADocument(cue, masked.slice(ce, s.end)) ? null : mentionAtStart(masked.slice(ce, s.end));
      if (after !== null && !listGoesOn(masked, ce, ce + after.length + 8)) {
        mention = after.mention;
        inverted = true;
        invertedEnd = ce + after.length;
        // ("said Maria Garcia, 45, a nurse": the role after an age.)
        const appositive = APPOSITIVE_AFTER_SOURCE.exec(masked.slice(invertedEnd, s.end));
        // ("…, a pollster who supported Cruz": the relative clause is no part of the role.)
        const role = appositive === null ? '' : appositive[1]!.replace(RELATIVE_CLAUSE_TO_END, '');
        // ("says Mary Jones, 74, who …": an age is no role.)
        if (appositive && mention.type === 'person' && mention.role === null && isAppositiveText(role) && !/^\s*\d+\s*$/.test(role)) mention = { ...mention, role: cleanRole(role) };
      }
    }
    if (mention === null) continue;
    // "Neither company disclosed the terms", "No official has said": a subject that denies itself says nothing.
    if (mention.type === 'group' && NO_ONE.test(mention.name)) continue;
    // "Neither the White House nor the Pentagon responded": the subject found is the last of those denied.
    if (NEITHER_NOR.test(masked.slice(Math.max(s.start, subjectStart - 80), subjectStart))) continue;
    // "When asked whether he thought the country was well governed, he replied: …": a source inside a question
    // asked of them says nothing there.
    if (/\b(?:whether|if)\s+$/i.test(masked.slice(Math.max(s.start, subjectStart - 10), subjectStart))) continue;
    // ("… he will stay, whatever his children think": a source in a clause of concession holds no view here.)
    if (/\b(?:whatever|whoever|no matter what|regardless of what)\s+$/i.test(masked.slice(Math.max(s.start, subjectStart - 25), subjectStart + (FREE_RELATIVE.exec(masked.slice(subjectStart))?.[0].length ?? 0)))) continue;
    // "It said in a statement": "it" is a source only with a verb of saying ("it seems", "it appears" are not).
    // "It is said that …" is no one's.
    // ("It also accused another reporter of …": a verb of accusing or arguing is an institution's too.)
    // ("It recommended that the matter be referred to police": a report's finding, with a that-clause.)
    if (mention.type === 'pronoun' && mention.pronoun.toLowerCase() === 'it' && ((!isSpeechCue(cue) && !IT_CUES.test(cue) && !(IT_FORECAST_CUES.test(cue) && IT_OPENS_CLAUSE.test(left)) && !(IT_THAT_CUES.test(cue) && /^\s+that\s/.test(masked.slice(ce, s.end)))) || /\b(?:is|was|are|were|be|been)\s+(?:\p{Ll}+ly\s+)?$/iu.test(left))) continue;
    // "Wallnau wrote:" ending the paragraph introduces what follows (engine.ts), not what came before.
    // ("his campaign hopes to win women back:" has its own content, an infinitive or a that-clause: it stays.)
    // ("As Joel Pollak observed, the biggest victor was the stage itself:": a cue in an aside before the main
    // clause has that clause, which the colon goes on from.)
    if (/:\s*$/.test(sentence) && !sentence.includes(MASK) && masked.slice(s.end).trim() === '' && !/^\s+(?:to|that)\s/.test(masked.slice(ce, s.end)) && !(AS_ASIDE_BEFORE.test(masked.slice(s.start, cs)) && MAIN_CLAUSE_AFTER.test(masked.slice(ce, s.end)))) continue;
    // "Gray ran through the rules: ''…,'' he said.": a pronoun after the quote is the person the sentence opened with.
    if (mention.type === 'pronoun' && /^(?:he|she)$/i.test(mention.pronoun) && !continues && /\u2592["”'’]*\s*,?\s*$/u.test(masked.slice(s.start, subjectStart))) {
      const opener = sentenceSubject(sentence);
      const gender = opener !== null && opener.type === 'person' ? genderOfName(opener.name) : null;
      if (opener !== null && opener.type === 'person' && gender !== (/^he$/i.test(mention.pronoun) ? 'f' : 'm')) mention = { ...opener, via: mention.via };
    }
    // "The plan failed, former senator Ann Lee said": between the comma and the name, a role of a few words.
    const roleAfterComma = subj !== null ? ROLE_AFTER_COMMA.exec(masked.slice(s.start, subjectStart)) : null;
    // (Not a thing the source's clause is about: "…, a move critics called reckless".)
    const roleBeforeName = roleAfterComma !== null && !roleAfterComma[2]!.trim().split(/\s+/).some((w) => NOT_A_ROLE_WORD.test(w) || isCueWord(w)) && !THING_APPOSITIVE_END.test(masked.slice(Math.max(s.start, subjectStart - 40), subjectStart));
    // "They want to “…,” X said." A source at the very end, after a comma, takes the whole sentence before it.
    // ("— “it works,” he said — and argued …": or a dash after it closes the aside its quotation opened.)
    const asideCloses = ASIDE_CLOSES.test(masked.slice(ce, s.end)) && ASIDE_OPENS.test(masked.slice(s.start, subjectStart));
    const finalSource =
      !inverted && !continues && ((!masked.slice(ce, s.end).includes(MASK) && hasAtMostWords(masked.slice(ce, s.end), 2)) || asideCloses) &&
      (/(?:,|,?\u2592["”'’]+)\s*$/u.test(masked.slice(s.start, subjectStart)) || roleBeforeName);
    // Nested in an earlier claim's content, a new source needs a clause boundary inside that content before it
    // ("X said A, while Y believes B"); "According to Dan Cole, a former aide, the mayor knew": none.
    // ("supports the plan, with party official Li Yuecheng saying …": a participle's own subject after "with".)
    // ("… praised the film, with The Guardian calling it “a masterpiece”": any cue's participle after a name; not
    // "with 13 percent supporting another candidate", a share of a poll.)
    const withSource = nested && isParticiple(cue) && (isSpeechCue(cue) || WITH_NAME.test(masked.slice(Math.max(s.start, cs - 60), cs))) ? WITH_SOURCE.exec(masked.slice(Math.max(leftFrom, prev!.contentStart), subjectStart)) : null;
    // ("praised Sanders, and campaign chairman John Podesta said": the boundary may come before the source's role.)
    const beforeSource = nested ? beforeRoleOrArticle(masked.slice(Math.max(leftFrom, prev!.contentStart), subjectStart), mention) : '';
    // ("agreed to a deal that pledges $300 billion, a figure developing nations called “a joke”": a thing set off
    // by a comma, then the subject of a relative clause on it: the earlier content ends at the comma.)
    const thingAt = nested ? THING_APPOSITIVE_END.exec(beforeSource) : null;
    const roleStart = hostOfRelative ? cs : thingAt !== null ? Math.max(leftFrom, prev!.contentStart) + thingAt.index : nested ? Math.max(leftFrom, prev!.contentStart) + beforeSource.length : subjectStart;
    // ("blasted the administration on Thursday after officials admitted that …": after a cue with an object, a
    // clause of time or reason is the writer's, and its source's claim is one of its own; after a verb of saying
    // it is part of what was said: "said Obama chose Garland because Republicans had praised him".)
    const objectBefore = nested && !isSpeechCue(prev!.cue ?? '') && !CLAUSE_TAKING.test(prev!.cue ?? '') && !/\bthat\s*$/.test(masked.slice(prev!.cueStart, prev!.contentStart));
    if (nested && !hostOfRelative && thingAt === null && !finalSource && mention !== prev!.mention && !roleBeforeName && withSource === null && !BOUNDARY_BEFORE.test(beforeSource) && !(objectBefore && ADJUNCT_BEFORE.test(beforeSource))) continue;
    // ("said his focus groups and other research show that …": an "and" inside a plural subject, before a
    // verb in its plural form, joins no clause.)
    // (Not a verb joined straight after "and", with no subject of its own: "praised his volunteers and said he …".)
    if (nested && !finalSource && subjectStart < cs && /^[a-z]+[^s]$/.test(cue) && COORDINATED_SUBJECT.test(masked.slice(Math.max(leftFrom, prev!.contentStart), subjectStart))) continue;

    let range: [number, number];
    let strong = true;
    /** Whether a that-clause or a colon opened the content: then a preposition there belongs to it. */
    let opened = false;
    if (inverted) {
      range = trimRange(text, s.start, cs);
      // "“We disagree,” said Lee, a lobbyist, “but we respect the process.”": the quotation resumes after the
      // source (and what describes it), to the end of the sentence.
      // (Not after a cue of its own: "…, said Lee, adding, “…”" is the adding's.)
      const resumes = QUOTE_RESUMES_AFTER_SOURCE.exec(masked.slice(invertedEnd, s.end));
      const own = resumes !== null && isCueWord(/^,\s*([\p{L}'’-]+)/u.exec(resumes[0])?.[1] ?? '');
      const from = resumes === null || own ? -1 : invertedEnd + resumes[0].length;
      if (from >= 0 && isFloatingQuote(masked, from, s.end, false)) claimsExtra.set(range, trimRange(text, from, s.end));
    } else {
      const after = masked.slice(ce, s.end);
      const ownThat = ownThatClause(after, cue);
      const that = (ownThat !== null && /^\s*(?:\S+\s+)*?(?:if|whether)\s+$/i.test(ownThat[0]) && !QUESTION_CUE.test(cue) ? null : ownThat) ?? colonIntro(after) ?? (after.includes(', that ') ? ASIDE_THEN_THAT.exec(after) : null);
      // "said Wednesday, “…”": a time between the cue and the quote it introduces.
      const timeThenQuote = TIME_THEN_QUOTE.exec(after);
      const colon = /^\s*[:,]?\s*["“'‘\u2592]/u.test(after) || /^\s*:/.test(after) || timeThenQuote !== null;
      const before = masked.slice(s.start, subjectStart);
      const beforeWords = wordCount(text.slice(s.start, subjectStart), 5); // compared with 5 at most
      // "“…,” X said of Y, …" and "…, X said in a statement": the content is what stands before the source.
      const endsClause = /(?:,|,?\u2592["”'’]+)\s*$/u.test(before) || roleBeforeName;
      const titleOpener = TITLE_IN_OPENER.test(before);
      const quoteBefore = /\u2592["”'’]+\s*$/u.test(before) && !titleOpener;
      const afterIntroduces = that !== null || colon;
      // Only a word or two after the cue ("…, she said on Tuesday."), or for "told" its listener ("…, Ms Hewitt
      // told GMTV's Sunday programme."): the content is what stands before.
      // ("…, the party said no.": an answer after the cue is what was said.)
      // (A dash closing the aside the quotation opened ends the clause.)
      const tail = asideCloses || (!after.includes(MASK) && !SHORT_ANSWER.test(after) && (hasAtMostWords(after, 2) || (TELL.test(cue) && that === null && !colon && LISTENER_ONLY.test(after))));
      // "In the days after the attacks, Trump sought to …": an opening phrase with no clause of its own is no content.
      // ('Speaking on NBC\'s "Meet the Press," Trump said …': a quotation inside the opening phrase is a title.)
      // ("At least 12 people have died, officials said.", "Since 2010 the number has doubled, …", "On Monday the
      // index fell 2%, …": a quantity, or a clause with a verb of its own or after a time with no comma, is what
      // was said, not an opening phrase.)
      const opener = (OPENER.test(before) && !/,./.test(before.replace(/,\s*$/, '').replace(QUOTATION_MASKED, '')) && (!before.includes(MASK) || titleOpener) && !QUANTITY_FIRST.test(before.replace(/^[\s"“]+/, '')) && !OWN_VERB.test(before) && !TIME_THEN_CLAUSE.test(before)) || onlyOpeningPhrases(before) || (SUBORDINATE_ONLY.test(before) && !isSpeechCue(cue) && !hasAtMostWords(after, 0));
      const infinitive = !isSpeechCue(cue) && INFINITIVE_AFTER.test(after);
      // "And if Clinton is the nominee, he said, he would consider …": a subordinate clause before the source,
      // its main clause after; what was said runs on both sides.
      const mainAfter = /^\s*,\s*\S/.test(after) && SUBORDINATE_FIRST.test(before) && wordCount(after, 3) >= 3 && !after.includes(MASK);
      const adverbial = ADVERBIAL.test(after) && beforeWords >= 3 && !opener && !infinitive && !mainAfter;
      // "…, journalist Martha Raddatz said in posing the question": a verb of saying after a comma, with only an
      // adverbial after it, gives its source the whole clause before, cues inside it included.
      // ("…, he should have insisted on …" is what someone should have done, not a source of what came before.)
      const sourceAfter = finalSource || (nested && endsClause && isSpeechCue(cue) && adverbial && !afterIntroduces && !MODAL_HAVE.test(left));
      const resumed = quoteBefore && !that && !continues ? QUOTE_RESUMES.exec(after) : null;
      if (resumed !== null) {
        // "“First,” she told Hewitt, “I would never …”": the quote resumes after a short object.
        range = trimRange(text, ce + resumed[0].length, contentEnd(masked, ce + resumed[0].length, s.end));
        claimsExtra.set(range, trimRange(text, s.start, subjectStart));
      } else if (!continues && opening === null && !infinitive && !(prev !== undefined && prev.cue === ':') && !WHO_JUST_BEFORE.test(left) && (beforeWords >= 2 || (quoteBefore && beforeWords === 1)) && !(isParticiple(cue) && !quoteBefore) && !RESTRICTIVE_WHO.test(left) && !SPLIT_PREDICATE.test(after) && (((tail || (adverbial && !afterIntroduces && ROLE_AFTER_QUOTE.test(before))) && !opener && (endsClause || ROLE_AFTER_QUOTE.test(before) || /,\s*(?:as|like)\s*$/i.test(before)) && (!nested || finalSource)) || (endsClause && (!nested || sourceAfter) && ((quoteBefore && !colon) || (adverbial && !afterIntroduces))))) {
        // "The plan failed, as Ann Lee predicted.": the "as" belongs to the source's clause.
        const asBefore = /,?\s*\b(?:as|like)\s*$/i.exec(masked.slice(s.start, subjectStart));
        const roleAfterQuote = ROLE_AFTER_QUOTE.exec(before);
        const beforeEnd =
          asBefore !== null
            ? s.start + asBefore.index
            : roleAfterQuote !== null
              ? s.start + roleAfterQuote.index + roleAfterQuote[1]!.length
              : roleBeforeName
                ? s.start + roleAfterComma!.index
                : subjectStart;
        range = trimRange(text, quoteBefore ? introducedQuoteStart(masked, s.start, beforeEnd) : s.start, beforeEnd);
        // ("She plans to vote for Clinton, she says, because “…”": a clause of reason after the source goes on
        // with what was said.)
        const reason = !that && !colon && /,\s*$/.test(before) ? REASON_AFTER_SOURCE.exec(after) : null;
        if (reason !== null) {
          const goesOn = trimRange(text, ce + reason[0].length - reason[1]!.length, contentEnd(masked, ce + reason[0].length, s.end));
          if (wordCount(text.slice(goesOn[0], goesOn[1])) >= 3) claimsExtra.set(range, goesOn);
        }
        // ("…, a major trial has found.", "…, she noted.": a verb of finding or noting at the very end, after its
        // source, has no other object.)
        strong = quoteBefore || ((!isWeakCue(cue) || (FINAL_WEAK.test(cue) && tail && endsClause)) && (endsClause || beforeWords >= 4));
        if (endsClause && claims.length > 0 && (sourceAfter || !nested)) {
          // The earlier cues were inside the content this source is given for ("They want …," X said).
          // ("Bush praised the plan — “it works,” he said — and left": a quotation in an aside between dashes
          // is all this source's; the claim before the dash keeps what stands before it.)
          const aside = range[0] > s.start ? DASH_BEFORE.exec(masked.slice(s.start, range[0])) : null;
          const dash = aside === null ? -1 : s.start + aside.index;
          const kept = dash < 0 ? [] : claims.filter((c) => c.cueStart < dash);
          for (const c of kept) c.contentEnd = Math.min(c.contentEnd, trimRange(text, c.contentStart, dash)[1]);
          claims.length = 0;
          claims.push(...kept.filter((c) => c.contentEnd > c.contentStart));
        }
      } else {
        // "As the mayor noted last week, the bridge is old": what was noted is the main clause after the comma.
        const asClause = that === null && AS_SOURCE.test(masked.slice(s.start, cs)) ? /^[^,;\u2592]{0,40},\s*/u.exec(masked.slice(ce, s.end)) : null;
        // "told MPs the deal was fair", "told him she would leave": the listener, then what was said.
        const listener = that === null && asClause === null && TELL.test(cue) ? LISTENER.exec(masked.slice(ce, s.end)) : null;
        // "bristled at the implication that …": a noun the clause completes is part of what was said.
        const nounFirst = that !== null && !isSpeechCue(cue) ? NOUN_COMPLEMENT.exec(that[0]) : null;
        // ("did not say how the targets were identified": a question's word stays in what was said; "that" does not.)
        const wh = that !== null ? /(?:whether|how|why)\s+$/i.exec(that[0]) : null;
        const from = nounFirst !== null ? ce + nounFirst.index + nounFirst[0].indexOf(nounFirst[1]!) : that ? ce + that[0].length - (wh?.[0].length ?? 0) : asClause !== null ? ce + asClause[0].length : listener !== null ? ce + listener[0].length : timeThenQuote !== null ? ce + timeThenQuote[0].length : ce;
        opened = that !== null || asClause !== null;
        const end = asClause !== null ? null : (subordinateEnd(masked, s, cs, from) ?? relativeEnd(left, masked, from, s.end));
        range = trimRange(text, from, end ?? contentEnd(masked, from, s.end));
        if (that === null && asClause === null && !isSpeechCue(cue) && !CLAUSE_TAKING.test(cue)) range = objectRange(text, masked, from, range, cue);
        // "will continue if the council agrees", "said nothing about it": no content after the cue.
        // ("He said if it rained they would stay home": a verb of saying with a condition and its main clause
        // reports both.)
        if (that === null && !QUESTION_CUE.test(cue) && CONDITION.test(masked.slice(range[0], range[1])) && !(isSpeechCue(cue) && CONDITIONAL_MAIN.test(masked.slice(range[0], range[1])))) continue;
        // "a system that they think has failed them", "what he said was a lie": a source and cue inside a relative
        // clause, whose verb follows with no subject of its own; nothing is said.
        if (that === null && RELATIVE_BEFORE.test(masked.slice(Math.max(s.start, subjectStart - 12), subjectStart)) && VERB_FIRST.test(masked.slice(range[0], range[1]))) continue;
        // ("a move analysts said would tighten supply": a noun, then a group and its cue with no "that" between,
        // then a verb with no subject: the group speaks of the noun before it, which is no part of its name.)
        if (that === null && mention.type === 'group' && VERB_FIRST.test(masked.slice(range[0], range[1]))) {
          const zero = NOUN_THEN_GROUP.exec(mention.name);
          if (zero !== null && isPluralSourceNoun(zero[2]!.toLowerCase())) {
            mention = { ...mention, name: zero[2]! };
            claimsExtra.set(range, trimRange(text, subjectStart, subjectStart + zero[1]!.length));
          }
        }
        // (The same when the thing was told apart from the group before: "…, a move analysts said would …".)
        const near = Math.max(s.start, subjectStart - 40);
        const thing = that === null && VERB_FIRST.test(masked.slice(range[0], range[1])) ? THING_APPOSITIVE_END.exec(masked.slice(near, subjectStart)) : null;
        if (thing !== null) claimsExtra.set(range, trimRange(text, near + thing.index + thing[0].search(/[^,\s]/), near + thing.index + thing[0].trimEnd().length));
        // "who declined to be named", "asked not to be identified": a source's anonymity, not what they said.
        if (that === null && ANONYMITY.test(masked.slice(range[0], range[1]))) continue;
        // ("who asked that her surname not be used": the same, with that.)
        if (that !== null && NAME_WITHHELD.test(masked.slice(range[0], range[1]))) continue;
        // (A verb that takes a clause keeps its own: "figures showing growth had stalled".)
        // ("are now positing that …" is a verb in progress with its clause, not a participle describing a noun.)
        // ("Shares fell, with analysts warning that …": after "with", the participle is the clause's verb.)
        if ((RESTRICTIVE_WHO.test(left) || (isParticiple(cue) && subj !== null && !/(?:,|\bas)\s*$/.test(left) && !((that !== null || cue.endsWith(' that')) && BE_BEFORE.test(left)) && !WITH_THEN_SOURCE.test(left))) && !CLAUSE_TAKING.test(cue)) {
          // "respondents who support Sanders are in college", "Democrats supporting Clinton have pointed to …":
          // the main clause's verb ends the relative clause.
          // ("Republicans who have praised his candidacy warned on Tuesday that …": or a verb of saying.)
          const main = MAIN_VERB_AFTER_RELATIVE.exec(masked.slice(range[0], range[1]));
          if (main !== null && main.index > 0 && !PERCEIVED_BEFORE.test(left)) range = trimRange(text, range[0], range[0] + main.index);
        }
        // "“I am leaving,” she said, “and not coming back.”": one statement in two quotes.
        // "What got under her skin, she said, was a question": the content runs on both sides of the source.
        // ("Patients, he said, would …": one word, a plural noun; not "Yes, he said, …", "Perhaps, …".)
        const split = !that && !colon && /,\s*$/.test(before) && /^\s*,/.test(after) && (wordCount(before) >= 2 || ONE_WORD_SUBJECT.test(before));
        if (split) {
          const head = trimRange(text, s.start, subjectStart);
          claimsExtra.set(range, head);
        }
        // An as-clause makes a phrase cue count ("As Lee put it, …"); a word that is often a noun ("As Soviet
        // states and neighbors, …") still needs more.
        // ("The economy, he added, was in good shape.": a clause on both sides is a clause for a weak cue too.)
        strong = that !== null || split || (asClause !== null && /\s/.test(cue)) || colon || masked.slice(range[0], range[1]).includes(MASK) || (isWeakCue(cue) && ZERO_THAT_CLAUSE.test(masked.slice(range[0], range[1])));
      }
    }
    // ("One can say that …", "One might argue …": the impersonal "one", which a modal gives away, says nothing.)
    if (mention.type === 'group' && mention.name === 'One' && /\b(?:can|could|might|may|must|should|would|will)\s+(?:\S+\s+)?$/.test(masked.slice(Math.max(s.start, cs - 20), cs))) continue;
    // Intentions count as attribution ("Obama decided to trade", "they want to lose") when a person holds them.
    const intention = INTENTION.test(cue) && /^\s+to\s/.test(masked.slice(ce, s.end)) && mention.type !== 'group';
    // ("The survey of 2,000 voters found most people …": a document of something, headed before its "of".)
    // ("UNCLOS allows countries to exclude …": "allow" attributes only as "concede", with its that-clause.)
    if (cue.startsWith('allow') && ownThatClause(masked.slice(ce, s.end), cue) === null) continue;
    if (isWeakCue(cue) && !strong && !intention && !(mention.type === 'group' && DOCUMENT.test(mention.name.split(DOCUMENT_OF)[0]!))) continue;
    // "reads a statement from the ministry", "The sign reads: …": only something written reads.
    if ((cue === 'read' || cue === 'reads') && !(mention.type === 'group' && WRITTEN_THING.test(mention.name))) continue;
    // "The court heard Hale had lied", "Jurors were told": what a court or an inquiry heard was said before it
    // (UK court reporting); anyone else who heard something said nothing.
    if (/^hear/i.test(cue) && !(mention.type === 'group' && HEARING_BODY.test(mention.name))) continue;
    // "shared that …", "shared: “…”"; "shared their memories" or "shared the cost" is no statement.
    if (/^shar/i.test(cue) && !SHARED_VIEW.test(masked.slice(ce, ce + 80))) continue;
    // "argued over", "backed away": a verb of saying used with a preposition attributes nothing.
    // ("said at least 12 people died", "said over 100 homes were hit": a quantity, not a preposition's phrase.)
    if (!inverted && !opened && !/\s/.test(cue) && range[0] >= ce && PREPOSITION_AFTER.test(' ' + masked.slice(range[0], range[1])) && !QUANTITY_FIRST.test(masked.slice(range[0], range[1]))) {
      // "called over her shoulder, ''His comments …''": a phrase, then the quote.
      const quote = /,\s*(?=(?:["“'‘]|'')*\u2592)/u.exec(masked.slice(range[0], range[1]));
      // "said on Thursday he …", "vowed on Wednesday to …": a time or place phrase, then the content.
      const lead = quote === null ? (LEADING_ADVERBIAL.exec(masked.slice(range[0], range[1])) ?? TIME_THEN_SUBJECT.exec(masked.slice(range[0], range[1])) ?? TIME_THEN_INFINITIVE.exec(masked.slice(range[0], range[1]))) : null;
      if (quote !== null) range = trimRange(text, range[0] + quote.index + quote[0].length, range[1]);
      else if (lead !== null) range = [range[0] + lead[0].length, range[1]];
      else continue;
    }
    // "said Monday the UK would …": the time is no part of what was said.
    // ("threatened last week to strike": nor, before an infinitive, after any cue.)
    if (!inverted && !opened && range[0] >= ce) {
      const time = TIME_FIRST.test(masked.slice(range[0], range[0] + 1)) ? (isSpeechCue(cue) ? TIME_THEN_SUBJECT : TIME_THEN_INFINITIVE).exec(masked.slice(range[0], range[1])) : null;
      if (time !== null) range = [range[0] + time[0].length, range[1]];
    }
    // "backing Bush, the former Florida governor": what was backed is the name; the rest describes it.
    // ("argued that Judge Curiel, who was born in Indiana, cannot be impartial": a clause's subject is no object.)
    if (range[0] >= ce && !opened) {
      const named = NAME_THEN_APPOSITIVE.exec(masked.slice(range[0], range[1])) ?? NAME_THEN_WHO.exec(masked.slice(range[0], range[1]));
      if (named !== null) range = [range[0], range[0] + named[1]!.length];
    }
    if (range[1] - range[0] < 2 || wordCount(text.slice(range[0], range[1])) === 0) continue;
    // ("has apologized but has said he will not step down": a cue with nothing after it but the next
    // predicate, joined by "but" or "and", said nothing; the next cue is the statement.)
    if (range[0] >= ce && PREDICATE_NEXT.test(masked.slice(range[0], range[1]))) continue;
    if (saysNothing(cue, range[0] >= ce ? masked.slice(range[0], range[1]) : null, masked.slice(ce, s.end), opened)) continue;
    // ("a federal judge, who could reject it": what someone might do to a thing named before, not a statement.)
    if (range[0] >= ce && MODAL_BEFORE.test(masked.slice(Math.max(s.start, cs - 12), cs)) && ONLY_PRONOUN.test(masked.slice(range[0], range[1]))) continue;
    if (nested && claims.length > 0) {
      // The new claim starts a clause of its own: the earlier content ends before it.
      const [, end] = trimRange(text, prev!.contentStart, withSource !== null ? Math.max(leftFrom, prev!.contentStart) + withSource.index : Math.min(roleStart, cs));
      prev!.contentEnd = Math.max(prev!.contentStart, end);
      BOUNDARY_BEFORE.lastIndex = 0;
      const cut = BOUNDARY_BEFORE.exec(masked.slice(prev!.contentStart, prev!.contentEnd)) ?? ADJUNCT_BEFORE.exec(masked.slice(prev!.contentStart, prev!.contentEnd));
      if (cut) prev!.contentEnd = trimRange(text, prev!.contentStart, prev!.contentStart + cut.index)[1];
      // Cut down to nothing, the earlier claim said nothing of its own.
      if (wordCount(text.slice(prev!.contentStart, prev!.contentEnd)) === 0 && prev!.extra === undefined) claims.pop();
    }
    // ("said through a spokesman that …", "“…,” she said through her lawyer": who carried the words is an
    // intermediary, as a newspaper that quotes them is.)
    const through = mention.via === null ? THROUGH_INTERMEDIARY.exec(masked.slice(ce, s.end)) : null;
    if (through !== null) mention = { ...mention, via: text.slice(ce + through.index + through[0].length - through[1]!.length, ce + through[0].length) };
    const extra = claimsExtra.get(range);
    range = [afterDateline(text, masked, s, range[0], range[1]), range[1]];
    claims.push({ mention, cue, cueStart: cs, contentStart: range[0], contentEnd: range[1], ...(extra ? { extra } : {}) });
  }
  if (claims.length === 0) {
    const labelled = labelledSpeech(text, masked, s);
    if (labelled !== null) claims.push(labelled);
  }
  if (claims.length === 0) {
    const message = messageBefore(text, masked, s);
    if (message !== null) claims.push(message);
  }
  if (claims.length === 0) claims.push(...nominalClaims(text, masked, s));
  if (claims.length === 0) {
    const view = viewClaim(text, masked, s);
    if (view !== null) claims.push(view);
  }
  if (claims.length === 0) {
    const polled = pollClaim(text, masked, s);
    if (polled !== null) claims.push(polled);
  }
  // ("“We were lied to.” That is how Maria Chen describes her years at the firm.": what was said is the quotation
  // just before, which "that" points back to.)
  // (Not "That is how the plan works, Lee said": a source after what it said.)
  const pointsBack = claims.length === 1 && claims[0]!.contentStart > claims[0]!.cueStart ? quotationPointedBack(text, masked, s.start, claims[0]!.cueStart) : null;
  if (pointsBack !== null) {
    claims[0]!.contentStart = pointsBack[0];
    claims[0]!.contentEnd = pointsBack[1];
  }
  return claims;
}
