// The cue lexicon: verbs and phrases that attribute words or beliefs to a source. Each entry gives the
// forms a news text uses (base, -s, past, -ing), British and American spellings, and multiword cues. Verb
// forms are a set looked up word by word; multiword cues are small patterns, one per first word.
import { rule, ruleFrom } from './plain-twins.js';

/** [base, third person, past, participle -ing, (past participle)] for irregular or spelling-changing verbs. */
const IRREGULAR: readonly (readonly string[])[] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'writing', 'written'],
  ['find', 'finds', 'found', 'finding'],
  ['think', 'thinks', 'thought', 'thinking'],
  ['show', 'shows', 'showed', 'showing', 'shown'],
  ['feel', 'feels', 'felt', 'feeling'],
  ['know', 'knows', 'knew', 'knowing', 'known'],
  ['hold', 'holds', 'held', 'holding'],
  ['foresee', 'foresees', 'foresaw', 'foreseeing'],
  ['see', 'sees', 'saw', 'seeing'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['seek', 'seeks', 'sought', 'seeking'],
  ['understand', 'understands', 'understood', 'understanding'],
  // Only with a quote or a clause (NEEDS_CLAUSE): "“Let me be clear,” the president began."
  ['begin', 'begins', 'began', 'beginning', 'begun'],
  // Only for something written (clauses.ts): "“…,” reads a statement from the ministry."
  ['read', 'reads', 'read', 'reading'],
  // Only for a court, a jury or an inquiry, and with a clause (clauses.ts): "The court heard Hale had lied."
  ['hear', 'hears', 'heard', 'hearing'],
];

/** Regular verbs: base form; inflections are generated (note → notes, noted, noting). */
const REGULAR = `
  add note warn allege argue believe suggest highlight describe dismiss emphasise emphasize stress claim insist
  explain ask accuse announce acknowledge admit agree assert conclude confirm contend declare deny estimate
  indicate maintain observe promise pledge vow reply respond report reveal state tweet urge criticise criticize
  complain concede caution comment recall reiterate echo charge blast slam praise question fear hope want
  expect mention propose recommend demand threaten testify counter quip joke boast lament tout signal hint
  forecast suspect worry fret reckon advise defend applaud welcome condemn denounce decry disavow reject posit
  imply inform disclose speculate theorise theorize recognise recognize realise realize calculate assume remark
  muse post call blame attack mock scold rebuke chide vow assure affirm cite insist predict project
  characterise characterize portray label brand dub term deem regard view doubt rule accept stress
  underline underscore point recount relate describe announce opine surmise guess wonder decide plan
  intend demand favor favour support oppose endorse back tout decline refuse dispute
  bark grouse gripe snap retort exclaim proclaim chime mutter whisper herald lash rail fume vent
  remind reason repeat continue pitch chant exhort elaborate
  thank congratulate apologise apologize rebut downplay brag reminisce allude refer discuss talk attribute frame
  invoke deflect hail laud champion promote reaffirm clarify confess refute contradict challenge liken nickname
  reference trumpet share
  plead lobby voice concur lambast berate ridicule dismiss consider prefer learn foretell seem appear try publish
  remember resent pretend persuade convince reassure allow
`;

/**
 * Verbs of the manner of speaking ("“Ridiculous,” Lee scoffed"): cues only with a quote, a colon or a
 * that-clause, since alone they are what a person did ("she laughed"). Inflected as REGULAR is.
 */
const MANNER = `scoff sneer laugh sigh groan gasp mumble stammer scream roar thunder hiss growl snarl chuckle grumble gush rave cry shout yell`;
/**
 * Gestures that news writing uses as cues after a quote ("“We'll see,” Smith shrugged."): only the finite
 * forms, as the base is a noun ("with a shrug: …") and the -ing form an adjective ("the smiling feel").
 */
const GESTURES = `shrugged shrugs smiled smiles grinned grins nodded nods beamed beams winced winces`;

/** Multiword cues, matched as written (with inflections of their verb). */
const PHRASES = [
  'according to',
  'in the words of',
  'pointed to', 'points to', 'point to', 'pointing to',
  'pointed out', 'points out', 'point out', 'pointing out',
  'made clear', 'makes clear', 'making clear', 'made it clear', 'makes it clear', 'making it clear', 'make it clear', 'made the case', 'makes the case',
  'went on to say', 'goes on to say', 'went on', 'goes on',
  // "raised concerns about the plan": the preposition belongs to the cue, the plan is what concerned them.
  ...['raised', 'raises', 'raising', 'voiced', 'voices', 'voicing'].map((v) => `${v} (?:concerns?|doubts?)(?: (?:over|about|with|regarding))?`),
  'voiced support', 'voices support', 'voicing support', 'voiced opposition', 'voices opposition', 'voicing opposition',
  'called for', 'calls for', 'call for', 'calling for', 'called on', 'calls on', 'call on', 'calling on',
  'called upon', 'calls upon', 'calling upon',
  'appealed for', 'appeals for', 'appealing for', 'appeal for',
  'shot back', 'shoots back', 'fired back', 'fires back', 'firing back', 'hit back', 'hits back', 'hitting back',
  'pushed back', 'pushes back', 'pushing back', 'weighed in', 'weighs in', 'weighing in',
  'doubled down on', 'doubles down on', 'doubling down on', 'double down on',
  'hit out at', 'hits out at', 'hitting out at',
  'referring to', 'referred to', 'refers to', 'refer to', 'alluding to', 'alluded to', 'alludes to',
  'talked about', 'talks about', 'talk about', 'talking about', 'spoke of', 'speaks of', 'speaking of', 'spoke about', 'speaks about',
  'speaking about', 'wrote about', 'writes about', 'writing about', 'wrote of', 'writes of', 'writing of', 'written of', 'written about', 'warned about', 'warned of', 'warns of', 'warning of',
  'warned against', 'warns against', 'warning against', 'warn against',
  'cautioned against', 'cautions against', 'cautioning against', 'caution against',
  'boasted of', 'boasts of', 'boasting of', 'boast of', 'boasted about', 'boasts about', 'boasting about',
  'bragged about', 'brags about', 'bragging about',
  'complained about', 'complains about', 'worried about', 'worries about', 'cast doubt on', 'casts doubt on', 'casting doubt on',
  'bristled at', 'bristles at', 'balked at', 'balks at', 'scoffed at', 'scoffs at', 'lashed out at', 'lashes out at', 'lashing out at',
  'railed against', 'rails against', 'railing against', 'spoke out against', 'speaks out against', 'speaking out against',
  'came out against', 'comes out against', 'came out for', 'comes out for', 'came out in favor of', 'came out in favour of',
  'put it', 'puts it', 'putting it',
  // ("“No!” the crowd cried out": a manner of speaking, so only with a quote, as MANNER.)
  'cried out', 'cries out', 'crying out', 'cry out',
  // Adjectives of a stance, after a form of "be": "was especially critical of", "is confident that".
  'critical of', 'skeptical of', 'sceptical of', 'supportive of', 'dismissive of',
  // "Democrats are betting that voters will punish the GOP": a wager is a belief.
  'bet that', 'bets that', 'betting that', 'wagered that', 'wagering that',
  'confident that', 'convinced that', 'hopeful that', 'optimistic that', 'adamant that', 'concerned about', 'concerned that',
  // "The family paid tribute to a “loving son”": a tribute is said.
  'paid tribute to', 'pays tribute to', 'paying tribute to', 'pay tribute to',
  'took aim at', 'takes aim at', 'taking aim at', 'took issue with', 'takes issue with', 'sided with', 'sides with', 'siding with',
  // "played down the deal" (as "downplayed"), "talked up the economy".
  'played down', 'plays down', 'playing down', 'play down', 'talked up', 'talks up', 'talking up', 'talk up',
];

/** Nouns that an `express` cue takes ("expressed concern that"). */
const EXPRESS_OBJECTS =
  'concerns?|skepticism|scepticism|doubts?|hopes?|confidence|frustration|support|opposition|alarm|worry|worries|optimism|pessimism|regret|surprise|disappointment|dismay|fears?|reservations?|interest|unease|sympathy|outrage|anger';

/** Verbs that double their last consonant though longer than one short syllable: admit → admitted, quip → quipped. */
const STRESSED_LAST = new Set(['admit', 'quip', 'refer', 'rebut', 'regret', 'commit', 'omit', 'permit', 'submit', 'prefer', 'confer', 'defer', 'infer', 'compel', 'allot', 'deter', 'equip']);

function inflect(base: string): string[] {
  const forms = [base];
  const y = /[^aeiou]y$/.test(base);
  forms.push(y ? base.slice(0, -1) + 'ies' : /(s|sh|ch|x|z|o)$/.test(base) ? base + 'es' : base + 's');
  if (base.endsWith('e')) forms.push(base + 'd', base.slice(0, -1) + 'ing');
  else if (y) forms.push(base.slice(0, -1) + 'ied', base + 'ing');
  else if (STRESSED_LAST.has(base) || (/^(?:[^aeiou]*[aeiou])[^aeiouwxy]$/.test(base) && base.length <= 4)) {
    // one-syllable consonant-vowel-consonant: vow → vowed is regular, but slam → slammed, plan → planned
    const doubled = /w$/.test(base) ? base : base + base.slice(-1);
    forms.push(doubled + 'ed', doubled + 'ing');
  } else forms.push(base + 'ed', base + 'ing');
  // British spelling doubles a final l after one vowel: signal → signalled, signalling; label → labelled.
  if (/[^aeiou][aeiou]l$/.test(base) && base.length > 4) forms.push(base + 'led', base + 'ling');
  return forms;
}

function allForms(): string[] {
  const forms = new Set<string>();
  for (const row of IRREGULAR) for (const f of row) forms.add(f);
  for (const base of `${REGULAR} ${MANNER}`.split(/\s+/).filter(Boolean)) for (const f of inflect(base)) forms.add(f);
  for (const f of GESTURES.split(/\s+/)) forms.add(f);
  return [...forms];
}

const VERB_FORMS = allForms().sort((a, b) => b.length - a.length);
const EXPRESS_FORMS = ['express', 'expresses', 'expressed', 'expressing'];
// ("expressed reservations about the cost": the preposition belongs to the cue, the cost is what concerned them.)
const EXPRESS = `(?:${EXPRESS_FORMS.join('|')})\\s+(?:(?:grave|deep|serious|growing|some|strong|cautious|his|her|their|its)\\s+)?(?:${EXPRESS_OBJECTS})(?:\\s+(?:about|over|regarding|at))?`;

/** "made similar charges that", "floated the idea that", "raised the possibility of": a verb, then a noun of saying. */
const SAYING_NOUN_VERBS = `made make makes making raised raises raising floated floats floating voiced voices voicing offered offers
  offering renewed renews renewing repeated repeats repeating reiterated shared shares sharing leveled levelled levels`.split(/\s+/);
const SAYING_NOUN = `(?:${SAYING_NOUN_VERBS.join('|')})\\s+(?:(?:the|a|an|his|her|their|its|this|that|these|those|similar|similarly|same|new|old|\\p{Ll}+ly|\\p{Ll}+ed)\\s+){0,3}(?:claims?|charges?|arguments?|case|points?|idea|possibility|hopes?|beliefs?|views?|desire|warnings?|promises?|pledges?|suggestions?|accusations?|allegations?|assertions?|predictions?|notion|prospect)(?=\\s+(?:that|to|of)\\s)`;

/** The multiword cues, in the order they are tried, each with the words it can begin with. */
const PHRASE_ALTERNATIVES: readonly (readonly [readonly string[], string])[] = [
  [['According', 'according'], '[Aa]ccording to'],
  ...PHRASES.slice(1).map((p) => [[p.split(' ')[0]!], p] as const),
  [EXPRESS_FORMS, EXPRESS],
  [SAYING_NOUN_VERBS, SAYING_NOUN],
];
const PHRASE_SOURCE = `(?:${PHRASE_ALTERNATIVES.map(([, source]) => source).join('|')})`;
/** A whole text that is one multiword cue (each has a space in it: a single word never is one). */
const PHRASE_WHOLE = ruleFrom(`^${PHRASE_SOURCE}$`, 'u');
const VERB_SET: ReadonlySet<string> = new Set(VERB_FORMS);
/**
 * The multiword cues a word can begin, as a pattern for a cue starting exactly at lastIndex: only the
 * alternatives that open with that word (each opens with a word and a space, so no other can match there),
 * in their order. Made on first need: one pattern of all of them took ~0.3 ms to compile, more than most
 * short articles spend finding cues, and was tried at every word.
 */
const phraseAt = new Map<string, RegExp>();
const PHRASE_FIRST: ReadonlySet<string> = new Set(PHRASE_ALTERNATIVES.flatMap(([words]) => words));
function phraseStartingWith(word: string): RegExp {
  let re = phraseAt.get(word);
  if (re === undefined) {
    const alternatives = PHRASE_ALTERNATIVES.filter(([words]) => words.includes(word)).map(([, source]) => source);
    re = ruleFrom(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`, 'uy');
    phraseAt.set(word, re);
  }
  return re;
}
/** A word: letters and digits, with apostrophes and hyphens inside ("don't", "so-called" are one word). */
const WORD = rule('gu')`[\p{L}\p{N}][\p{L}\p{N}'’-]*`;

export interface CueMatch {
  readonly index: number;
  readonly text: string;
}

/**
 * The cues in `text`, left to right: a multiword phrase, an `express <feeling>` cue, or a verb form. Verb forms
 * match as written (lower case), so a capitalised name that spells a verb ("Will", "Hope") is not a cue; only
 * "According to" may be capitalised. One pass over the words with a set lookup and an anchored phrase test.
 */
/** A day, and maybe its part, then "for": what follows "called on" in "called on Thursday for …". */
const DAY_THEN_FOR = /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\s+for(?=\s)/;

export function findCues(text: string): CueMatch[] {
  const out: CueMatch[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const i = m.index;
    const before = text[i - 1];
    if (before === "'" || before === '’' || before === '-') continue;
    if (PHRASE_FIRST.has(m[0])) {
      const phraseAtWord = phraseStartingWith(m[0]);
      phraseAtWord.lastIndex = i;
      const phrase = phraseAtWord.exec(text);
      if (phrase !== null) {
        // ("called on Thursday for an immediate ceasefire": a day between the verb and its "for", not "call on".)
        const dayThenFor = phrase[0].endsWith(' on') ? DAY_THEN_FOR.exec(text.slice(i + phrase[0].length, i + phrase[0].length + 40)) : null;
        const cue = dayThenFor === null ? phrase[0] : `${phrase[0]}${dayThenFor[0]}`;
        out.push({ index: i, text: cue });
        WORD.lastIndex = i + cue.length;
        continue;
      }
    }
    const last = m[0].charCodeAt(m[0].length - 1);
    const word = last === 0x27 || last === 0x2019 ? m[0].replace(/['’]+$/, '') : m[0];
    // ("think tank", "think-tank": a noun compound, no verb.)
    if (VERB_SET.has(word) && !(word === 'think' && /^[ -]tanks?\b/.test(text.slice(i + 5, i + 12)))) out.push({ index: i, text: word });
  }
  return out;
}

/** Cues after which the attributed content comes before the source: "…, according to X". */
export function isAccordingTo(cue: string): boolean {
  return /^(?:according to|in the words of)$/i.test(cue);
}

/** Present participles that continue a statement: ", adding that …", ", emphasising that …". */
export function isParticiple(cue: string): boolean {
  return /^\S+ing(?:\s|$)/.test(cue);
}

/**
 * Cue forms that are more often nouns or verbs in another sense ("the United States", "found the keys") than
 * cues, or whose object is the listener rather than what was said ("informed Japan of") or what was answered
 * ("responded to the criticism", "determined to respond to every inquiry"): they attribute only
 * with a that-clause, a quote or a colon. Every other cue, even a
 * loose one ("wanted to", "backed the bill", "called for"), counts with a plain object: news attribution is
 * broad (beliefs, intentions and stances count), and on our evaluation corpus letting them through found more
 * true statements than false ones.
 */
const NEEDS_CLAUSE = new Set(
  `state states post posts report reports question questions rule rules view views plan plans find finds found finding
   hold holds held holding seem seems seemed seeming appear appears appeared appearing try tries tried trying
   note notes remark remarks reason reasons pitch pitches comment comments point points promise promises
   begin begins began beginning begun hear hears heard hearing share shares shared sharing inform informs informed informing known maintain maintains maintained maintaining learn learns learned learning understand understands understood understanding talk talks challenge challenges voice voices frame frames champion champions promote promotes allow allows allowed allowing calculate calculates calculated calculating accept accepts accepted accepting
   respond responds responded responding reply replies replied replying add adds added adding`
    .split(/\s+/)
    .filter(Boolean)
    .concat(MANNER.split(/\s+/).flatMap(inflect), GESTURES.split(/\s+/), ['put it', 'puts it', 'putting it', 'cried out', 'cries out', 'crying out', 'cry out']),
);

export function isWeakCue(cue: string): boolean {
  const c = cue.toLowerCase();
  return NEEDS_CLAUSE.has(c) || c === 'went on' || c === 'goes on';
}

/** Whether a single word (or phrase) is a cue form ("told", "said", "according to"). */
export function isCueWord(word: string): boolean {
  return VERB_SET.has(word) || (/\s/.test(word) && PHRASE_WHOLE.test(word));
}

// Only forms that are rarely nouns: "note", "notes", "state", "claims", "reply" are left out.
const SPEECH = new Set(
  `say says said saying tell tells told telling added adds adding wrote writes writing explained explains
   explaining stated noted noting argued argues arguing claimed insisted insists insisting warned warns warning
   asked asks replied responded acknowledged predicted declared announced continued barked groused retorted shouted
   exclaimed quipped boasted admitted conceded recalled chanted exhorted elaborated`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs of saying, before which any noun phrase can be the source. */
export function isSpeechCue(cue: string): boolean {
  return SPEECH.has(cue.toLowerCase());
}
