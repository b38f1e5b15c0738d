// Article → statements and speakers. Paragraph by paragraph, sentence by sentence: claims around cues, then
// floating quotes joined to the speaker before them, pronouns and aliases resolved, duplicates dropped.

import type { Article, Paragraph } from '../model/article.js';
import { flatCopy } from '../parse/blocks.js';
import type { Span } from '../parse/quote-spans.js';
import type { Speaker, Statement } from '../model/statement.js';
import { trimRange, wordCount, type Claim } from './claim.js';
import { askedOpeningEnd, claimsInSentence } from './clauses.js';
import { colonStatement, interjection, introducedSource, sentenceSubject } from './sentence-subject.js';
import { describedPerson, Registry, type Resolved } from './coref.js';
import { namedAfterLead } from './lead.js';
import { isFloatingQuote, kindOf, quotedIn } from './direct.js';
import type { Mention } from './mention.js';
import { peopleNamed } from './names-in-passing.js';
import { GROUP_NOUNS, INSTITUTIONS, isPluralSourceNoun, PLACES } from './lexicon.js';
import { onesPeople } from './loose-source.js';
import { personFromRun, tokens } from './names.js';
import { rule, usePlainTwins } from './plain-twins.js';
import { attributionQuotes, attributionSentences, blankTitles, MASK, maskQuotes, TITLE_MARK } from './sentences.js';
import { fitHeadlineClaim, headlineCase, headlineParagraph, isTitleCase } from './headline.js';
import { isPlainText } from '../text/scan.js';
import { isListItem } from '../text/list-item.js';

export interface Attribution {
  readonly statements: readonly Statement[];
  readonly speakers: readonly Speaker[];
}

interface Draft {
  who: Resolved;
  via: string | null;
  cue: string | null;
  paragraph: number;
  section: number;
  text: string;
  masked: string;
  start: number;
  end: number;
  /** Extra floating quotes joined to this statement, as [start, end) ranges in the same paragraph. */
  extra: [number, number][];
  /** The source as this draft's sentence names it (see Statement.mention). */
  mention: string | null;
}

/**
 * A statement as it is settled when its paragraph is done: all of it but the speaker, whose canonical name is
 * known only at the end (finish() fills it in). The statement the command gets is this very object.
 */
type Settled = { -readonly [K in keyof Statement]-?: Statement[K] };

const NO_QUOTES: readonly string[] = Object.freeze([]);
/** A paragraph that opens as an item of a list: a dash or a bullet. */
/** A question about someone, alone in its paragraph: "Does she still get starstruck?", "Why did he leave?". */
const QUESTION_ABOUT = /^\s*(?:(?:Does|Did|Is|Was|Has|Had|Will|Would|Can|Could|Should|Do)|(?:What|Why|How|When|Where|Who|Which)\s+(?:\w+\s+)?(?:does|did|is|was|has|had|will|would|can|could|should|do))\s+(he|she)\b[^?]*\?["”’']?\s*$/;

interface NamedAt {
  readonly name: string;
  readonly title: string | null;
  readonly role?: string;
  /** Where in the paragraph the sentence names them (their last word). */
  readonly at: number;
}
const NO_NAMED: readonly NamedAt[] = Object.freeze([]);
/** A letter or a digit: what any statement's words have. */
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;
/** An interview's question and answer, labelled: "Q: …", "A: …" (or "Question:", "Answer:"). */
const QA_QUESTION = /^\s*(?:Q|Question)\s*[:.]\s+\S/;
const QA_ANSWER = /^\s*(?:A|Answer)\s*[:.]\s+(?=\S)/;
/** An embedded post's signature: a link to its picture, a dash, the name, the handle and the date. */
const POST_SIGNATURE = /(?:\s+pic\.twitter\.com\/\S+)?\s+([—–]|-{1,2})\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+\(@\w{1,30}\)\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})/u;
/** "One" or "Another" as a source: one of the people named before. */
const ONE_OF_THEM = /^(?:One|one|Another|another)$/;
/** How far back the people "One" is one of are looked for: a few sentences, so a hostile paragraph costs no square. */
const ONES_LOOKBACK = 600;
/** Between one claim's content and the next claim's cue: a subordinate clause opens ("… last year when the owner "). */
const SUBORDINATE_BETWEEN = /^\s*,?\s*(?:when|after|because|since|while|before|until|although|though|as|if|once)\s+[^,;:.\u2592]{0,60}$/;

/**
 * The people a sentence names in passing, in the order it names them. They count for a pronoun only from
 * there: "he vowed …, declined to criticise David Duke" is not Duke's; each is registered before the first
 * claim whose cue comes after it.
 */
function namedInOrder(masked: string, s: { start: number; end: number }): readonly NamedAt[] {
  const sentence = masked.slice(s.start, s.end);
  const named = peopleNamed(sentence);
  if (named.length === 0) return NO_NAMED;
  // ("Asked whether he had spoken to Mr. Cruz, he said …": who the question was about counts for a pronoun only
  // after the answer, as if named at the sentence's end.)
  const asked = askedOpeningEnd(sentence);
  const at = (n: (typeof named)[number]) => Math.max(0, sentence.indexOf(n.name.slice(n.name.lastIndexOf(' ') + 1)));
  const out = named.map((n) => ({ ...n, at: s.start + (at(n) < asked ? sentence.length : at(n)) }));
  return out.length > 1 ? out.sort((a, b) => a.at - b.at) : out;
}

/** Where a pronoun or a description that is a claim's source stands in the sentence (its first such words before the cue); else the cue. */
function referringStart(mention: Mention, masked: string, from: number, cueStart: number): number {
  const words = mention.type === 'pronoun' ? mention.pronoun : mention.type === 'group' && describedPerson(mention.name) !== null ? mention.name : null;
  if (words === null) return cueStart;
  const before = masked.slice(from, cueStart);
  for (let at = before.indexOf(words); at >= 0; at = before.indexOf(words, at + 1)) {
    if (!LETTER.test(before[at - 1] ?? ' ') && !LETTER.test(before[at + words.length] ?? ' ')) return from + at;
  }
  return cueStart;
}
const LETTER = /\p{L}/u;

/** A group named by a plural noun for people, maybe after a determiner and a word or two: "Researchers at the University of Leeds", "Some economists". */
const PLURAL_HEAD_FIRST = /^(?:(?:the|some|many|most|other|several|both|all)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(\p{L}+s)(?=\s+(?:at|of|from|for|in|on|with)\s|$)/iu;

function isPeopleInPlural(name: string): boolean {
  // ("Nearly two-thirds of all firms": a share of a group, its noun last.)
  const head = PLURAL_HEAD_FIRST.exec(name)?.[1]?.toLowerCase() ?? (/\sof\s/.test(name) ? name.slice(name.lastIndexOf(' ') + 1).toLowerCase() : undefined);
  return head !== undefined && (isPluralSourceNoun(head) || GROUP_NOUNS.has(head));
}

/**
 * A draft's statement, once its paragraph is done. It holds copies of its words, not slices: a slice would
 * keep its whole paragraph alive, and with every statement's, most of the article.
 */
function settle(d: Draft, quotes: readonly Span[]): Settled {
  const ranges: [number, number][] = [[d.start, d.end] as [number, number], ...d.extra].sort((a, b) => a[0] - b[0]);
  // ("“… That is a crisis." left open to go on in the next paragraph: its last stop is inside the quotation.)
  const last = ranges[ranges.length - 1]!;
  if (d.text[last[1]] === '.' && d.text.slice(last[1] + 1).trim() === '' && quotes.some((q) => q.start < last[1] && q.end === d.text.length && !/["”’']$/.test(d.text.trimEnd()))) last[1]++;
  const quotedInRange = ranges.map(([a, b]) => quotedIn(d.text, quotes, a, b));
  const kinds = ranges.map(([a, b], i) => kindOf(d.masked, a, b, quotedInRange[i]!.length));
  const text = flatCopy(ranges.map(([a, b]) => d.text.slice(a, b)).join(' '));
  // (The quoted words are cut from the statement's own copy, which holds them: slices of it cost no more.)
  const quoted = quotedInRange.flat().map((q) => {
    const at = text.indexOf(q);
    return text.slice(at, at + q.length);
  });
  return {
    speaker: '',
    role: null,
    text,
    quoted: quoted.length === 0 ? NO_QUOTES : quoted,
    kind: kinds.every((k) => k === 'direct') ? 'direct' : kinds.every((k) => k === 'indirect') ? 'indirect' : 'mixed',
    cue: d.cue,
    paragraph: d.paragraph,
    section: d.section,
    via: d.via,
    group: false,
    mention: d.mention,
    spans: ranges.length === 1 ? [ranges[0]![0], ranges[0]![1]] : ranges.flat(),
  };
}

/** Sources read from the masked text, with what the mask hid put back, by the mention they were read as. */
const unmasked = new WeakMap<Mention, Mention>();

/**
 * A source read from the masked text, as the article writes it: an unclosed quote mark masks what follows it,
 * and a name read there ("according to the senator '0") would carry the mask's characters into the speaker.
 * The same object when nothing was masked, so that claims sharing a source still share it.
 */
function asWritten(m: Mention, text: string, masked: string): Mention {
  if (m.type === 'pronoun' || !(isMasked(m.name) || isMasked(m.role) || isMasked(m.via))) return m;
  let written = unmasked.get(m);
  if (written === undefined) {
    const back = (s: string | null): string | null => {
      if (s === null || !isMasked(s)) return s;
      const at = masked.indexOf(s);
      if (at < 0) return s.replaceAll(MASK, '').replaceAll(TITLE_MARK, '').replace(/\s{2,}/g, ' ');
      // (A title's closing marks, which white space trimmed off: "the author of ''Destiny and Power,''".)
      let end = at + s.length;
      if (s.includes(TITLE_MARK)) while (masked[end] === TITLE_MARK || (masked[end] === ',' && masked[end + 1] === TITLE_MARK)) end++;
      return text.slice(at, end);
    };
    written = { ...m, name: back(m.name)!, role: back(m.role), via: back(m.via) } as Mention;
    unmasked.set(m, written);
  }
  return written;
}

/** Whether a source's words have masked characters: quoted words, or a title's quote marks. */
function isMasked(s: string | null): boolean {
  return s !== null && (s.includes(MASK) || s.includes(TITLE_MARK));
}

/** A source as written, for Statement.mention: the pronoun, the group's words, or the name with its title. */
function mentionText(m: Mention): string {
  return m.type === 'pronoun' ? m.pronoun : m.type === 'group' || m.title === null ? m.name : `${m.title} ${m.name}`;
}

export { headlineParagraph };

export interface Attributor {
  /** The next paragraph, in reading order: the headline first (paragraph 0 of section 0), if any. */
  push(paragraph: Paragraph): void;
  /** No more paragraphs: the statements and speakers, with pronouns and aliases resolved. */
  finish(): Attribution;
}

/** A paragraph that opens with one capitalised word and a colon: an interview's "Harris: …". */
const SURNAME_LABEL = /^\s*([A-Z][a-z’'-]+(?:[A-Z][a-z’'-]+)?):\s+(?=\S)/;
/** Up to a pronoun subject: a relative clause opened on the sentence's source and not yet closed. */
const OPEN_RELATIVE = /,\s+who\s[^,;:\u2592]*$/;

/**
 * "Two former employees, who spoke anonymously because they feared retaliation, said …": a pronoun inside a
 * relative clause on the source of the sentence's main claim is that source (it has not been named before the
 * clause, so the registry would give the pronoun someone earlier). A person for he and she, a group for they.
 */
function relativeClauseHost(claim: Claim, claims: readonly Claim[], before: string): Claim | undefined {
  if (claim.mention.type !== 'pronoun' || !OPEN_RELATIVE.test(before)) return undefined;
  const main = claims.find((c) => c.cueStart >= claim.contentEnd && c.mention.type !== 'pronoun');
  if (main === undefined) return undefined;
  const plural = /^they$/i.test(claim.mention.pronoun);
  const singular = /^(?:he|she)$/i.test(claim.mention.pronoun);
  return (plural && main.mention.type === 'group') || (singular && main.mention.type === 'person') ? main : undefined;
}

/** "In a letter to Boris Johnson, he …": the person a preposition names before a pronoun subject is not it. */
const ADDRESSED_BEFORE = /\b(?:to|with|from|against|for|by|on|about)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)\s*,\s*(?:he|she|they|it)\s+(?:\S+\s+){0,2}$/;

export function attribute(article: Article): Attribution {
  const attributor = createAttributor();
  if (article.title !== null) attributor.push(headlineParagraph(article.title));
  for (const section of article.sections) for (const p of section.paragraphs) attributor.push(p);
  return attributor.finish();
}

/**
 * Attribution a paragraph at a time, so that a command need not hold the article: a statement keeps its own
 * words, not its paragraph. What is resolved only at the end (aliases, canonical names) is in the registry.
 */
export function createAttributor(): Attributor {
  const registry = new Registry();
  // The settled statements, in reading order, and who said each: a registry key, or a pronoun left unresolved
  // as written (those indices are in `unresolvedAt`). Kept as strings, not Resolved objects: a large article has
  // hundreds of thousands of statements.
  const settled: Settled[] = [];
  const saidBy: string[] = [];
  const unresolvedAt = new Set<number>();
  /** One string for each distinct cue ("said"), shared by the statements that have it. */
  const cues = new Map<string, string>();
  const mentions = new Map<string, string>();
  /** The one copy of a cue or a mention: cut from its paragraph, it would keep that paragraph alive. */
  const oneCopy = (of: Map<string, string>, s: string): string => {
    const copy = flatCopy(s);
    of.set(copy, copy);
    return copy;
  };
  let last: Draft | null = null;
  /**
   * The source a paragraph's last sentence introduces for the next: "Cruz continued:" (its quotation or its
   * block of text), or "Hale was more blunt." (`quoteOnly`: a quotation only).
   */
  let intro: { who: Resolved; cue: string | null; paragraph: number; quoteOnly?: boolean; listOnly?: boolean } | null = null;
  /** The people "One" stands for in the paragraph after this one ("Residents complained. / “…,” said one."). */
  let onesOfLast: { paragraph: number; people: string } | null = null;
  /** Whom an interview's answers ("A: …") are by: the person named before its first question; null when none was. */
  let interviewee: Resolved | null | undefined;
  /** Whether the paragraph before ended with a question (an interview's). */
  let asked = false;
  /**
   * Paragraphs of quotation left open ("“We started with nothing." with no closing mark), whose speaker the
   * paragraph that goes on with the quotation may name ("“Now we have 200 staff,” said Ann Wu."); each keeps the
   * speaker it would have had otherwise (the last one), for when none does.
   */
  let open: { drafts: Draft[]; quotes: readonly Span[] }[] = [];
  let first = true;
  return {
    push(p) {
      // On plain text (most English news), the rules' Unicode-property patterns run as their ASCII twins,
      // which build and compile many times faster: most of a short article's cold run. From the first
      // paragraph that is not plain, the rules themselves, to the end (each switch recompiles them all).
      if (!isPlainText(p.text)) usePlainTwins(false);
      else if (first) usePlainTwins(true);
      first = false;
      attributeParagraph(p);
    },
    finish() {
      closeOpen(null);
      return finish(settled, saidBy, unresolvedAt, registry);
    },
  };

  function settleDraft(d: Draft, quotes: readonly Span[]): void {
    // ("Aa said : “ —": a stray quote mark after the cue.) A statement says something: a letter or a digit.
    if (!SAYS_SOMETHING.test(d.text.slice(d.start, d.end)) && !d.extra.some(([a, b]) => SAYS_SOMETHING.test(d.text.slice(a, b)))) return;
    if (d.cue !== null) d.cue = cues.get(d.cue) ?? oneCopy(cues, d.cue);
    if (d.mention !== null) d.mention = mentions.get(d.mention) ?? oneCopy(mentions, d.mention);
    if (d.who.unresolved === true) unresolvedAt.add(settled.length);
    settled.push(settle(d, quotes));
    saidBy.push(d.who.key);
  }

  /** The open paragraphs settled: spoken by `who` when the quotation's next paragraph names them, else as they were. */
  function closeOpen(who: Resolved | null): void {
    for (const o of open)
      for (const d of o.drafts) if (d.who !== NOBODY || who !== null) settleDraft(who === null ? d : { ...d, who, via: null, cue: null, mention: null }, o.quotes);
    open = [];
  }

  function attributeParagraph(p: Paragraph): void {
    const text = p.text;
    const { quotes, titles } = attributionQuotes(text);
    const plainMasked = titles.length === 0 ? maskQuotes(text, quotes) : blankTitles(maskQuotes(text, quotes), text, titles);
    const masked = p.number === 0 ? headlineCase(plainMasked) : plainMasked;
    // ("Residents of Maple Street have complained …" / "“…,” said one.": the people the paragraph before opened a
    // sentence with, when this one names none before "one".)
    const onesBefore = onesOfLast !== null && onesOfLast.paragraph === p.number - 1 ? onesOfLast.people : null;
    const onesHere = onesPeople(masked);
    onesOfLast = onesHere === null ? null : { paragraph: p.number, people: onesHere };
    /** A source resolved as the article writes it (see asWritten), or kept as written when nothing resolves it. */
    const resolveAsWritten = (m: Mention, said = ''): Resolved | null => {
      const written = asWritten(m, text, masked);
      return registry.resolve(written, said) ?? unresolved(written);
    };
    const inParagraph: Draft[] = [];
    const floating: [number, number][] = [];
    /** Floating quotes given to the last speaker, or to no one, for want of a source in this paragraph. */
    const byDefault: Draft[] = [];
    // Sources that ended a sentence with nothing said ("… and her husband cut in."), for the quotes after them.
    const interjections: { at: number; who: Resolved; cue: string; draft: Draft | null }[] = [];
    const sentences = attributionSentences(text, quotes);
    let labelledUntil = -1;
    let listed = false;
    if (intro !== null && intro.quoteOnly !== true && intro.paragraph === p.number - 1 && !/^[\s"“‘']/.test(text) && sentences.length > 0 && wordCount(text) > 0 && (intro.listOnly !== true || isListItem(text.trimStart()))) {
      // "Wallnau wrote:" and then a paragraph that does not open with a quote mark: a block quotation, all of
      // it the source's. (One that opens with a quote mark is a floating quote, joined below.)
      // ("They give three reasons: / - cost, - risk, - their brand. The survey was …": a list, flattened into
      // the paragraph, ends with its first full stop; what follows is the writer's.)
      const blockEnd = isListItem(text.trimStart()) ? sentences[0]!.end : text.length;
      const [start, end] = trimRange(text, 0, blockEnd);
      const d: Draft = { who: intro.who, via: null, cue: intro.cue, paragraph: p.number, section: p.section, text, masked, start, end, extra: [], mention: null };
      inParagraph.push(d);
      labelledUntil = blockEnd;
      listed = isListItem(text.trimStart());
    }
    const carried = listed ? intro : null;
    // ("Harris: Of course we are worried. …": an interview's answer under the surname of someone named before,
    // after a question; "Cruz: Just hang on." after prose is a subheading.)
    const surnameLabel = labelledUntil < 0 && asked ? SURNAME_LABEL.exec(masked) : null;
    asked = /\?["”’']?\s*$/.test(text);
    if (surnameLabel !== null && registry.isPerson(surnameLabel[1]!)) {
      const mention: Mention = { type: 'person', name: surnameLabel[1]!, title: null, role: null, via: null };
      const who = registry.resolve(mention);
      const [start, end] = trimRange(text, surnameLabel[0].length, text.length);
      if (who !== null && end > start) {
        inParagraph.push({ who, via: null, cue: ':', paragraph: p.number, section: p.section, text, masked, start, end, extra: [], mention: mentionText(mention) });
        labelledUntil = text.length;
      }
    }
    // ("Q: Is inflation beaten?" / "A: I think the worst is behind us.": an interview set out as questions and
    // answers; the answers are the person the article named before its first question.)
    if (QA_QUESTION.test(text) && interviewee === undefined) interviewee = registry.lastPerson();
    const answer = labelledUntil < 0 && interviewee !== undefined && interviewee !== null ? QA_ANSWER.exec(text) : null;
    if (answer !== null) {
      const [start, end] = trimRange(text, answer[0].length, text.length);
      if (end > start) {
        inParagraph.push({ who: interviewee!, via: null, cue: ':', paragraph: p.number, section: p.section, text, masked, start, end, extra: [], mention: null });
        labelledUntil = text.length;
      }
    }
    // ("While I respect … No one should be above the law. pic.twitter.com/… — Paul Ryan (@SpeakerRyan) July 5,
    // 2016": an embedded post, signed; what stands before the signature is the signer's.)
    const signed = labelledUntil < 0 && text.includes('(@') ? POST_SIGNATURE.exec(masked) : null;
    const signer = signed === null ? null : personFromRun(tokens(signed[2]!));
    if (signed !== null && signer !== null && signer.type === 'person') {
      const who = registry.resolve(signer);
      const opening = /^\s*<[a-z][^<>]{0,200}>/i.exec(text)?.[0].length ?? 0;
      const [start, end] = trimRange(text, opening, signed.index);
      if (who !== null && wordCount(text.slice(start, end)) > 0) {
        inParagraph.push({ who, via: null, cue: signed[1]!, paragraph: p.number, section: p.section, text, masked, start, end, extra: [], mention: mentionText(signer) });
        labelledUntil = text.length;
      }
    }
    for (const s of sentences) {
      registry.nextSentence(masked, s.start, s.end);
      if (s.start < labelledUntil) continue; // inside what a transcript label ("BENENSON:") already took
      const named = p.number === 0 && isTitleCase(plainMasked) ? NO_NAMED : namedInOrder(masked, s);
      let registered = 0;
      const claims: Claim[] = isFloatingQuote(masked, s.start, s.end, false) ? [] : claimsInSentence(text, masked, s);
      if (claims.length === 0) {
        for (; registered < named.length; registered++) registry.mention(named[registered]!);
        // ("Clarke, 19, replaced the injured Dan Ward and changed the game. “…,” he said.": of the people a
        // sentence names, its subject, when someone known, is the one a pronoun next means.)
        const lastNamed = named[named.length - 1];
        const subject = sentenceSubject(masked.slice(s.start, s.end));
        // (Only someone known: "Oh, …" opens a sentence too.)
        // ("Asked about that, Yusuf does not argue. “…,” she says.": or the only one, named nowhere else in it.)
        if (subject !== null && subject.type === 'person' && registry.isPerson(subject.name) && (lastNamed === undefined || (lastNamed.name !== subject.name && !lastNamed.name.endsWith(` ${subject.name}`)))) {
          const who = registry.resolve(subject);
          if (who !== null && !who.group) registry.focus(who);
        }
        // ("Researchers at the University of Leeds followed 80,000 adults for a decade. They found …": people
        // named by a plural noun, the subject, are who "they" next means, though they said nothing yet.)
        // ("Italy signed the deal on Monday. It said …": so is a country, for "it" or "they".)
        // ("The inquiry took two years. It concluded …": and so is a body or a document named with "the", for "it".)
        else if (subject !== null && subject.type === 'group' && (isPeopleInPlural(subject.name) || PLACES.has(subject.name.toLowerCase()) || isBodyOrDocument(subject.name))) registry.resolve(subject);
      }
      let lastMention: Mention | undefined;
      let lastWho: Resolved | null = null;
      if (claims.length === 0 && isFloatingQuote(masked, s.start, s.end, true)) {
        const range = trimRange(text, s.start, s.end);
        // A quote mark with no words in it says nothing.
        if (wordCount(text.slice(range[0], range[1])) > 0) floating.push(range);
        registry.quotationGoesOn();
        continue;
      }
      const colon = claims.length === 0 ? colonStatement(masked, s) : null;
      const colonWho = colon === null ? null : resolveAsWritten(colon.mention);
      if (colon !== null && colonWho !== null) {
        const [start, end] = trimRange(text, colon.start, s.end);
        inParagraph.push({ who: colonWho, via: null, cue: colon.cue, paragraph: p.number, section: p.section, text, masked, start, end, extra: [], mention: mentionText(asWritten(colon.mention, text, masked)) });
      }
      // ("X says he was forced out when the owner decided to …": a source in a subordinate clause after the main
      // claim leaves the main source the one a "he" in the next sentence means.)
      let mainWho: Resolved | null = null;
      let subordinateAfterMain = false;
      for (const [k, claim] of claims.entries()) {
        if (k > 0 && SUBORDINATE_BETWEEN.test(masked.slice(claims[k - 1]!.contentEnd, claim.cueStart))) subordinateAfterMain = true;
        if (claim.cue === ':' && claim.contentEnd > s.end) labelledUntil = claim.contentEnd;
        if (p.number === 0 && !fitHeadlineClaim(claim, text, masked)) continue;
        // ("He kept his nerve after Callum Doyle was fouled, and admitted …": a pronoun or a description means
        // someone named before it, not someone the sentence names between it and the cue.)
        const upTo = Math.min(claim.cueStart, referringStart(claim.mention, masked, s.start, claim.cueStart));
        for (; registered < named.length && named[registered]!.at < upTo; registered++) registry.mention(named[registered]!);
        // A claim that goes on from the one before (", mocking …", "… and added") has its source, as resolved
        // then: "he continued his assault on Mr. Bush, mocking …" is not Bush's.
        // An unresolved pronoun stays as written: the statement is still attributed, to an unknown person.
        // ("In a letter to Boris Johnson, he said": nor someone the sentence names after a preposition before it.)
        const addressed = claim.mention.type === 'pronoun' ? ADDRESSED_BEFORE.exec(masked.slice(s.start, claim.cueStart)) : null;
        const said = claim.mention.type === 'pronoun' ? `${text.slice(claim.contentStart, claim.contentEnd)}${addressed === null ? '' : ` ${addressed[1]}`}` : '';
        const host = claim.mention.type === 'pronoun' ? relativeClauseHost(claim, claims, masked.slice(s.start, claim.cueStart)) : undefined;
        // ("Fans rushed to send their support. One wrote: …": one of the people the paragraph named before, "One fan".)
        const ones = claim.mention.type === 'group' && ONE_OF_THEM.test(claim.mention.name) ? (onesPeople(masked.slice(Math.max(0, s.start - ONES_LOOKBACK), s.start)) ?? onesBefore) : null;
        const source = ones === null || claim.mention.type !== 'group' ? claim.mention : { ...claim.mention, name: `${claim.mention.name} ${ones}` };
        const who: Resolved | null = claim.mention === lastMention ? lastWho : resolveAsWritten(host?.mention ?? source, said);
        // (The same source again, after someone named in between: "thanking Reince Priebus and congratulating …".)
        if (claim.mention === lastMention && who !== null) registry.focus(who);
        lastMention = claim.mention;
        lastWho = who;
        if (k === 0) mainWho = who;
        if (who === null) continue;
        const d: Draft = {
          who,
          via: claim.mention.via,
          cue: claim.cue,
          paragraph: p.number,
          section: p.section,
          text,
          masked,
          start: claim.contentStart,
          end: claim.contentEnd,
          extra: claim.extra === undefined ? [] : [claim.extra],
          mention: mentionText(asWritten(claim.mention, text, masked)),
        };
        inParagraph.push(d);
      }
      const namedAfter = registered < named.length;
      for (; registered < named.length; registered++) registry.mention(named[registered]!);
      if (namedAfter && lastWho !== null && !lastWho.group) registry.focus(lastWho);
      if (subordinateAfterMain && mainWho !== null && !mainWho.group) registry.focus(mainWho);
      const cut = interjection(masked, s);
      const cutWho = cut === null ? null : resolveAsWritten(cut.mention);
      if (cut !== null && cutWho !== null) interjections.push({ at: cut.at, who: cutWho, cue: cut.cue, draft: null });
    }
    /** A statement of its own for a floating quote, by a source introduced before it. */
    const quoteDraft = (who: Resolved, cue: string | null, f: [number, number]): Draft => ({ who, via: null, cue, paragraph: p.number, section: p.section, text, masked, start: f[0], end: f[1], extra: [], mention: null });
    for (const f of floating) {
      // (A quotation a statement already holds: "“…” That’s according to John Smith.")
      if (inParagraph.some((d) => d.start <= f[0] && d.end >= f[1])) continue;
      // Within a paragraph, a floating quote belongs to a quoting statement there; otherwise to the source
      // introduced at the end of the paragraph before ("Cruz continued:"), or to its last speaker (news
      // style: a new paragraph of quotation continues the speaker).
      const host = nearestQuoting(inParagraph, f[0]);
      // A source that cut in after the last statement before this quote speaks it.
      const cutIn = interjections.findLast((c) => c.at < f[0] && !inParagraph.some((d) => d !== c.draft && d.start > c.at && d.start < f[0]));
      if (cutIn !== undefined && (host === null || host.start < cutIn.at || host === cutIn.draft)) {
        if (cutIn.draft !== null) cutIn.draft.extra.push(f);
        else {
          cutIn.draft = quoteDraft(cutIn.who, cutIn.cue, f);
          inParagraph.push(cutIn.draft);
        }
      } else if (host !== null) host.extra.push(f);
      else if (precedingStatement(inParagraph, f[0]) !== null) {
        // "Ms Mitchell said she had spent £30,000. “I can’t do it again.”": a quotation after what someone
        // was reported to say, in the same paragraph, goes on in their own words.
        const before = precedingStatement(inParagraph, f[0])!;
        inParagraph.push({ ...quoteDraft(before.who, null, f), via: before.via });
      } else if (intro !== null && intro.paragraph === p.number - 1 && inParagraph.length === 0) {
        inParagraph.push(quoteDraft(intro.who, intro.cue, f));
      } else if (inParagraph.length === 0 && last !== null && last.paragraph >= p.number - 1 && !last.who.group) {
        const d: Draft = { ...last, cue: null, paragraph: p.number, section: p.section, text, masked, start: f[0], end: f[1], extra: [], mention: null };
        inParagraph.push(d);
        byDefault.push(d);
      } else if (inParagraph.length === 0) {
        byDefault.push({ who: NOBODY, via: null, cue: null, paragraph: p.number, section: p.section, text, masked, start: f[0], end: f[1], extra: [], mention: null });
      }
    }
    // A quotation that goes on from open paragraphs before: the source it names here speaks them too.
    if (open.length > 0 && OPENS_WITH_QUOTE.test(text)) {
      const named = inParagraph.find((d) => d.cue !== null && d.start <= QUOTE_OPENING_SLACK);
      if (named !== undefined) closeOpen(named.who);
    }
    const leftOpen = byDefault.length > 0 && byDefault.length === floating.length && inParagraph.every((d) => byDefault.includes(d)) && isLeftOpen(text);
    if (!leftOpen) closeOpen(null);
    else {
      open.push({ drafts: byDefault, quotes });
      inParagraph.length = 0;
      // The next paragraph of quotation goes on from this one, whoever it turns out to be.
      const assumed = byDefault.find((d) => d.who !== NOBODY);
      if (assumed !== undefined) last = assumed;
    }
    // Every draft here has this paragraph's text: its quote spans are the paragraph's.
    for (const d of inParagraph) settleDraft(d, quotes);
    // ("She listed her demands:" and then a list: each item a paragraph of its own, all of them hers.)
    intro = carried === null ? null : { ...carried, paragraph: p.number, listOnly: true };
    const lastSentence = sentences[sentences.length - 1];
    if (lastSentence !== undefined && !inParagraph.some((d) => d.end > lastSentence.start)) {
      const introduced = introducedSource(masked, lastSentence);
      const who = introduced === null ? null : registry.resolve(asWritten(introduced.mention, text, masked));
      if (introduced !== null && who !== null) intro = { who, cue: introduced.cue, paragraph: p.number };
      // ("Hale was more blunt." ending a paragraph: the quotation that opens the next is theirs.)
      const cut = intro === null ? interjections.findLast((c) => c.at >= lastSentence.start && c.draft === null) : undefined;
      if (cut !== undefined) intro = { who: cut.who, cue: cut.cue, paragraph: p.number, quoteOnly: true };
      // ("Does she still get starstruck?" alone in its paragraph: an interviewer's question about someone, whose
      // answer is the quotation that opens the next paragraph.)
      const about = intro === null && inParagraph.length === 0 && sentences.length === 1 ? QUESTION_ABOUT.exec(masked) : null;
      const asker = about === null ? null : registry.resolve({ type: 'pronoun', pronoun: about[1]!.toLowerCase(), via: null });
      if (asker !== null && !asker.group) intro = { who: asker, cue: null, paragraph: p.number, quoteOnly: true };
    }
    if (p.number === 0) return; // no quote after the headline continues its speaker
    const lastHere = inParagraph.reduce<Draft | null>((a, d) => (a === null || d.start >= a.start ? d : a), null);
    if (lastHere !== null) last = lastHere;
    else if (quotes.length === 0) last = last !== null && last.paragraph < p.number - 1 ? null : last;
  }
}

/** Who speaks a floating quote with no speaker at all, until a later paragraph names one (closeOpen). */
const NOBODY: Resolved = Object.freeze({ key: '', group: false });
const OPENS_WITH_QUOTE = /^\s*["“]/;
/** How far into a paragraph its opening quotation's statement may start (past the mark and spaces). */
const QUOTE_OPENING_SLACK = 3;

/**
 * A paragraph that opens a quotation and does not close it ("“We started with nothing." and no closing mark):
 * news style for a quotation that goes on in the next paragraph.
 */
function isLeftOpen(text: string): boolean {
  if (!OPENS_WITH_QUOTE.test(text)) return false;
  const curly = text.includes('“') || text.includes('”');
  if (curly) return text.lastIndexOf('“') > text.lastIndexOf('”');
  return (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

function unresolved(mention: Mention): Resolved | null {
  if (mention.type !== 'pronoun' || !/^(?:he|she|they)$/i.test(mention.pronoun)) return null;
  return { key: mention.pronoun.charAt(0).toUpperCase() + mention.pronoun.slice(1).toLowerCase(), group: false, unresolved: true };
}

/** The statement that ends last before `at`, if any. */
function precedingStatement(drafts: readonly Draft[], at: number): Draft | null {
  let best: Draft | null = null;
  for (const d of drafts) if (d.end <= at && (best === null || d.end > best.end)) best = d;
  return best;
}

function nearestQuoting(drafts: readonly Draft[], at: number): Draft | null {
  let best: Draft | null = null;
  for (const d of drafts) {
    const quoting = /\u2592/.test(d.masked.slice(d.start, d.end));
    if (!quoting) continue;
    if (best === null || Math.abs(d.start - at) < Math.abs(best.start - at)) best = d;
  }
  return best;
}

/** The settled statements with their speakers' canonical names, less repeats; and the speakers. */
function finish(settled: Settled[], saidBy: string[], unresolvedAt: ReadonlySet<number>, registry: Registry): Attribution {
  const names = registry.canonical();
  namedAfterLead(settled, saidBy, unresolvedAt, names);
  const statements: Statement[] = [];
  // The same words by the same speaker twice in a paragraph are one statement. Drafts come in paragraph
  // order, so the keys of one paragraph at a time are enough (all at once, they were a copy of every text).
  let seen = new Set<string>();
  let paragraph = -1;
  for (let i = 0; i < settled.length; i++) {
    const s = settled[i]!;
    const key = saidBy[i]!;
    const who = unresolvedAt.has(i) ? { name: key, role: null, group: false } : names.get(key);
    if (who === undefined) continue;
    if (s.paragraph !== paragraph) {
      seen = new Set();
      paragraph = s.paragraph;
    }
    const dedupe = `${who.name}\u0000${s.text}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    s.speaker = who.name;
    s.role = who.role;
    s.group = who.group;
    statements.push(s);
  }
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
  const byName = new Map<string, { name: string; role: string | null; aliases: string[]; group: boolean }>();
  for (const rec of names.values()) if (!byName.has(rec.name)) byName.set(rec.name, rec);
  const speakers: Speaker[] = [];
  const listed = new Set<string>();
  for (const s of statements) {
    if (listed.has(s.speaker)) continue;
    listed.add(s.speaker);
    const rec = byName.get(s.speaker) ?? { name: s.speaker, role: null, aliases: [], group: false };
    speakers.push({ name: rec.name, role: rec.role, aliases: rec.aliases, statements: counts.get(s.speaker)!, group: rec.group });
  }
  return { statements, speakers };
}

/** "The inquiry", "the company's annual report": one body or document, named with "the" and its head noun last. */
const THE_THING = rule('iu')`^(?:the|this)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}(\p{L}[\p{L}-]*)$`;
const DOCUMENTS = new Set(['report', 'study', 'audit', 'review', 'survey', 'poll', 'analysis', 'investigation', 'inquiry', 'paper', 'filing', 'lawsuit', 'letter', 'statement', 'ruling', 'judgment', 'verdict', 'assessment', 'evaluation', 'document', 'memo', 'complaint']);

function isBodyOrDocument(name: string): boolean {
  const head = THE_THING.exec(name)?.[1]?.toLowerCase();
  return head !== undefined && (INSTITUTIONS.has(head) || DOCUMENTS.has(head));
}
