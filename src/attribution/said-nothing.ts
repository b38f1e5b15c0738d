// Cues whose object says nothing: what a verb of saying is also used for when nothing is said (a phone call, a
// job, a document made, what someone goes on doing) and where rather than what. claimsInSentence (clauses.ts)
// drops such a claim; its source and cue were found as for any other.

import { rule } from './plain-twins.js';

/** "call" as a verb of naming or phoning. */
const CALL = /^(?:call|calls|called|calling)$/;
/** A name or a personal pronoun and nothing else. */
const ONLY_A_PERSON = rule('u')`^\s*(?:him|her|them|me|us|(?:Mr\.|Mrs\.|Ms\.|Dr\.)?\s*\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s*[.,;]?\s*$`;
/** "called" or "named" as a participle that names what stands before it. */
const CALL_NAMING = /^(?:called|named)$/;
/** A capitalised name, then a verb of saying: the content of a participle that only names. */
const NAME_THEN_SAYING = rule('u')`^\s*(?:\p{Lu}[\p{L}’'.&-]*\s+(?:(?:of|for|and|the)\s+)?){1,6}(?:said|says|told|tells|added|adds|warned|warns|argued|argues|claimed|claims|stated|states|wrote|writes|announced|announces)\b`;
const ATTACK = new Set(['attack', 'attacks', 'attacked', 'attacking']);
/** Someone unnamed, as the object of an attack: "a nurse", "two officers", "an elderly woman". */
const PERSON_ATTACKED = /^\s*(?:a|an|two|three|four|several)\s+(?:[a-z-]+\s+)?(?:man|men|woman|women|boy|boys|girl|girls|nurse|nurses|officer|officers|doctor|doctors|teenager|teenagers|pensioner|pensioners|child|children|student|students|driver|passenger|worker|workers|guard|guards|member of staff|person|people)\b/;
/** A service one phones: "call police on 101", "called 999", "call the helpline". */
const SERVICE = /^\s*(?:the\s+)?(?:police|emergency services|an ambulance|fire (?:brigade|department)|crimestoppers|hotline|helpline|\d{3})(?:\s+(?:on|at|to|for|and|after|before|when|immediately|again|twice)\b[^\u2592]*)?\s*[.,;]?$/i;
/** A medium or an occasion and nothing else: "on Twitter", "in a statement", "at a rally in Ohio". */
const MEDIUM_ONLY = rule('u')`^(?:on|in|at|via|through|during)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:Twitter|X|Facebook|Instagram|TikTok|Telegram|YouTube|social media|television|TV|radio|statement|interview|post|tweet|video|speech|rally|news conference|press conference|briefing)(?:\s+(?:in|on|at)\s+[^,;:\u2592]{1,40})?\s*[.,;]?$`;
/** A time and nothing else: "fired back within hours", "responded on Monday", "hit back quickly". */
const TIME_ONLY = /^\s*(?:(?:almost|nearly)\s+)?(?:immediately|quickly|swiftly|soon|later|shortly|again|at once|(?:within|in|after)\s+(?:(?:a|an|the|a\s+few|few|several|two|three|\d+)\s+)?(?:minutes?|hours?|days?|weeks?|moments?|seconds?)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)|(?:last|this|later\s+that)\s+(?:night|week|day|morning|evening|afternoon|month|year))\s*[.,;]?$/i;
const TELL = /^(?:tell|tells|told|telling)$/i;
/** A story as what is told: "The film tells the story of a boy in Lagos" (a plot, not something said of the world). */
const STORY_TOLD = /^\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:story|stories|tale|tales)\b/i;
const CHARGE = /^(?:charge|charges|charged|charging)$/i;
/**
 * What follows a headline's passive "charged" ("Man charged after teenager stabbed", "… charged over fraud"):
 * the occasion, not words. ("Prosecutors charged the officer with murder" is their accusation: PolNeAR counts it.)
 */
const CRIME_CHARGED = /^\s*(?:after|over|following|in connection with)\b/i;
const RELEASED = /^(?:published|released|issued|conducted|commissioned)$/;
/** What follows a participle of publishing in a reduced relative clause: a time, or "by". */
const RELEASED_WHEN = rule('u')`^\s+(?:(?:on|last|this|early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|^\s+by\s`;
const CONTINUE = /^(?:continue|continues|continued|continuing)$/;
const ADVISE = /^(?:advise|advises|advised|advising)$/;
/** What advice says: someone to do something, against or that something, or quoted words. */
const ADVICE = rule('u')`(?:^|\s)to\s+\p{Ll}|^\s*(?:against|that)\b|\u2592`;
const WRITE_OR_POST = /^(?:write|writes|wrote|writing|written|post|posts|posted|posting)$/;
/** A document as the object of writing or posting, and no words of it: "a detailed, six-page letter to …". */
const DOCUMENT_MADE = rule('u')`^(?:a|an|the|his|her|their|its|this|that)\s+(?:[\p{L}\p{N}’'-]+,?\s+){0,3}?(?:letter|column|book|article|memo|op-ed|e-?mail|note|post|tweet|essay|piece|video|photo|picture|message|blog|story|editorial|review|report|statement|song|poem|speech|bill)s?\b[^\u2592:]*$`;

const PLEAD = /^(?:plead|pleads|pleaded|pleading|pled)$/;
/** A plea entered in court: "pleaded guilty", "pleaded not guilty to …", "pleaded no contest". */
const PLEA = /^\s*(?:(?:not|innocent)\s+)?(?:guilty|innocent|no\s+contest|the\s+fifth)\b/i;
const POINT = /^(?:point|points|pointed|pointing)\s+(?:to|at)$/;
/** A place or a part of the body pointed at, then nothing or another clause: "the spot", "the sky and smiled". */
const PLACE_POINTED_AT = /^\s*(?:the\s+(?:penalty\s+)?(?:spot|sky|heavens|door|exit|window|ceiling|floor|screen|scoreboard|stands|crowd|bench|camera|badge|clock|map)|(?:his|her|their|my)\s+(?:head|chest|heart|eyes?|badge|wrist|ears?|temple|finger|shirt|watch|name|arm))(?:\s*[.!]?\s*$|\s+(?:and|as|where|while|before|after|to)\s)/;
const ADD = /^(?:add|adds|added|adding)$/;
const SHOW = /^(?:show|shows|showed|showing|shown)$/;
/** What a person shows of their feelings: "showed no emotion", "showing little remorse", "shows no sign of stopping". */
const FEELING_SHOWN = /^\s*(?:(?:no|little|any|some|visible|obvious)\s+(?:sign\s+of\s+)?(?:emotion|remorse|reaction|regret|fear|surprise|interest|mercy)\b|(?:no|little|few)\s+signs?\s+of\s+[a-z]+ing\b)/i;

const CLAIM = /^(?:claim|claims|claimed|claiming)$/;
/** Land, sea or rule as the object of a claim: "large parts of the sea", "sovereignty over the islands". */
const TERRITORY = /^\s*(?:(?:almost|nearly|virtually)\s+)?(?:(?:all|most|much|part|parts|large\s+parts|swathes|some|the\s+whole)\s+of\s+|(?:sovereignty|ownership|control|jurisdiction)\s+(?:over|of)\s+)?(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}?(?:sea|seas|waters|territory|territories|island|islands|region|land|lands|border|area|reefs?|shoals?|peninsula|province|strait)\b(?![^\u2592]*\s(?:is|are|was|were|will|would|has|have|had|could|can|should|must|may|might)\s)/iu;

/**
 * Whether a claim with this cue says nothing. `content` is what it took after the cue (masked), or null when
 * its content stands before the cue; `after` is all the sentence has after the cue; `opened` says a
 * that-clause or a colon opened the content.
 */
/** "writes a weekly column", "posted a video": a verb of writing and the thing it made, no source after it. */
export function writesADocument(cue: string, after: string): boolean {
  return WRITE_OR_POST.test(cue) && DOCUMENT_MADE.test(after.trim());
}

export function saysNothing(cue: string, content: string | null, after: string, opened: boolean): boolean {
  // "Obama weighed in on Twitter, writing …": where something was said is not what was said.
  if (content !== null && MEDIUM_ONLY.test(content)) return true;
  // ("The film tells the story of a young boy": a plot told, not words.)
  if (TELL.test(cue) && !opened && STORY_TOLD.test(after)) return true;
  // ("Man charged after teenager stabbed": a headline's passive, someone charged, not someone charging.)
  if (content !== null && CHARGE.test(cue) && !opened && CRIME_CHARGED.test(content)) return true;
  // ("Trump's campaign fired back within hours.": when something was said is not what was said.)
  if (content !== null && TIME_ONLY.test(content)) return true;
  // "A man who attacked a nurse": an attack on someone unnamed is a blow, not words (a politician attacks a
  // rival by name, or a plan).
  if (content !== null && ATTACK.has(cue) && PERSON_ATTACKED.test(content)) return true;
  // "Mr. Obama called Naghmeh Abedini.": calling a person, with nothing said of them, is a phone call.
  if (content !== null && CALL.test(cue) && (ONLY_A_PERSON.test(content) || SERVICE.test(content))) return true;
  // "The group called Mothers Against Drunk Driving said …": "called" names the source of the verb after the name.
  if (content !== null && CALL_NAMING.test(cue) && !opened && NAME_THEN_SAYING.test(content)) return true;
  // "The study published last week shows …", "a poll released by CNN found …": a reduced relative clause on a
  // document, not its publisher's statement (a passive's agent is found before: passive-agent.ts).
  if (RELEASED.test(cue) && RELEASED_WHEN.test(after)) return true;
  // "She will continue to face criticism": what someone goes on doing (a verb of saying after it is its own cue).
  if (CONTINUE.test(cue) && /^\s+to\s/.test(after)) return true;
  // "Garin advises the super PAC": advice is given to someone to do something, or against it; advising a
  // campaign is a job.
  if (content !== null && ADVISE.test(cue) && !opened && !ADVICE.test(content)) return true;
  // "Reed pleaded guilty in March": a plea entered in court, not something said of the world. (With the
  // content taken from before the cue, "… that one of the developers, Peter Lang, has pleaded guilty": the
  // plea is what follows.)
  if (PLEAD.test(cue) && !opened && PLEA.test(content ?? after)) return true;
  // ("The referee pointed to the spot", "she pointed to the sky": a gesture, not an argument.)
  if (content !== null && POINT.test(cue) && !opened && PLACE_POINTED_AT.test(content)) return true;
  // ("The figures will add to pressure on the government": adding to something makes it more, says nothing.)
  if (content !== null && ADD.test(cue) && !opened && /^\s*to\s/.test(content)) return true;
  // "He showed no emotion as the verdict was read": a face, not words.
  if (content !== null && SHOW.test(cue) && !opened && FEELING_SHOWN.test(content)) return true;
  // "China claims large parts of the sea", "claimed sovereignty over the islands": a claim to land, not words.
  if (content !== null && CLAIM.test(cue) && !opened && TERRITORY.test(content)) return true;
  // "The company wrote a detailed letter to the president", "posted a video": a document made, not its words.
  return content !== null && WRITE_OR_POST.test(cue) && !opened && DOCUMENT_MADE.test(content);
}
