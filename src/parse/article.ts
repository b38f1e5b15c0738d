// Text → Article. Pure: no I/O, never throws on any string.
//
// The parser is incremental: it takes blocks one at a time and says what each one became (a heading, a
// paragraph, a caption), so a consumer can render or search a huge article without holding all of it.
// parseArticle() is the whole-text form that collects those events into the model.

import type { Article, Caption, Paragraph, Section } from '../model/article.js';
import { eachBlock, type Block } from './blocks.js';
import { isBoilerplateLine, isLinkListHead } from './boilerplate.js';
import { splitCaption } from './caption.js';
import { HEADER_LOOKAHEAD, parseHeader, type Header } from './header.js';
import { fingerprint, FingerprintSet } from './fingerprint.js';
import { isHeading } from './heading.js';
import { countWords } from './words.js';
import { isListItem } from '../text/list-item.js';

/** A caption stands alone or under a paragraph; longer than this it is a paragraph that mentions a photo. */
const MAX_CAPTION_WORDS = 70;
/** Lines of a hard-wrapped paragraph are at most this long; longer lines are paragraphs of their own. */
const MAX_WRAPPED_LINE = 100;
/** Repeats shorter than this ("Yes.", "Advertisement") are left alone: only long repeats are artefacts. */
const MIN_DUPLICATE_CHARS = 40;

export type ParseEvent =
  | { readonly kind: 'header'; readonly header: Header }
  | { readonly kind: 'heading'; readonly section: number; readonly title: string }
  | { readonly kind: 'paragraph'; readonly paragraph: Paragraph; readonly words: number }
  | { readonly kind: 'caption'; readonly caption: Caption };

/** A web page's labelled image lines: "Image source, Getty Images", "Image caption, …". */
const LABELLED_IMAGE = /^Image (source|caption),\s*(\S.*)$/;

type Piece = { kind: 'paragraph'; text: string } | { kind: 'caption'; text: string; credit: string | null };

/** One block's lines → paragraphs and captions, in order. */
function blockPieces(lines: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  let prose: string[] = [];
  // ("Key points:\n• Spending rises\n• Reserves fall": a list's items are paragraphs of their own, not one
  // hard-wrapped paragraph. Two items at least: a wrapped line that happens to open with a dash is no list.)
  let items = 0;
  for (const line of lines) if (isListItem(line) && ++items === 2) break;
  const flush = (): void => {
    if (prose.length === 0) return;
    const wrapped = prose.slice(0, -1).every((l) => l.length <= MAX_WRAPPED_LINE);
    if (wrapped) pieces.push({ kind: 'paragraph', text: prose.join(' ') });
    else for (const l of prose) pieces.push({ kind: 'paragraph', text: l });
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // "Image source, Getty Images" then "Image caption, Waves crash over …": a caption copied from a web page
    // with its labels, each on a line of its own.
    const labelled = line.startsWith('Image ') ? LABELLED_IMAGE.exec(line) : null;
    if (labelled !== null) {
      flush();
      const next = labelled[1] === 'source' ? LABELLED_IMAGE.exec(lines[i + 1] ?? '') : null;
      if (next !== null && next[1] === 'caption') {
        pieces.push({ kind: 'caption', text: next[2]!, credit: labelled[2]! });
        i++;
      } else pieces.push({ kind: 'caption', text: labelled[1] === 'caption' ? labelled[2]! : '', credit: labelled[1] === 'source' ? labelled[2]! : null });
      continue;
    }
    const caption = splitCaption(line);
    if (caption !== null && countWords(line) <= MAX_CAPTION_WORDS) {
      flush();
      pieces.push({ kind: 'caption', ...caption });
    } else {
      // (An item's own wrapped lines, without a bullet, go on with it.)
      if (items === 2 && isListItem(line)) flush();
      prose.push(line);
    }
  }
  flush();
  return pieces;
}

export interface ArticleParser {
  /** Feed the next block; returns what it became (nothing while the title block is still being read). */
  push(block: Block): ParseEvent[];
  /** No more blocks: returns what was still held back. */
  end(): ParseEvent[];
  /** Counters so far (words, duplicates dropped), for consumers that keep no model. */
  readonly stats: { readonly words: number; readonly duplicatesDropped: number; readonly paragraphs: number };
}

/**
 * `countWords`: false for a reader that shows no word count (streamed show, search, attribution): counting is a
 * tenth of a large article's parse. Its paragraph events then say 0 words, and so does `stats`.
 */
export function createArticleParser({ countWords: counting = true }: { countWords?: boolean } = {}): ArticleParser {
  const pending: Block[] = []; // the first blocks, until the header is known
  let header: Header | null = null;
  let section = 0; // 0 until the lead or a heading opens one
  const seen = new FingerprintSet();
  const stats = { words: 0, duplicatesDropped: 0, paragraphs: 0 };

  const body = (block: Block): ParseEvent[] => {
    if (isLinkListHead(block.lines[0]!)) return [];
    const lines = block.lines.filter((l) => !isBoilerplateLine(l));
    const only = lines.length === 1 ? lines[0] : undefined;
    // ("Residents fill sandbags in Carlisle. Photo: Owen Humphreys/PA" alone: a caption, though it ends as a
    // heading does, without a full stop.)
    if (only !== undefined && isHeading(only) && splitCaption(only) === null) {
      section++;
      return [{ kind: 'heading', section, title: only }];
    }
    const events: ParseEvent[] = [];
    for (const piece of blockPieces(lines)) {
      if (piece.kind === 'caption') {
        events.push({ kind: 'caption', caption: { text: piece.text, credit: piece.credit, afterParagraph: stats.paragraphs } });
        continue;
      }
      if (piece.text.length >= MIN_DUPLICATE_CHARS) {
        if (!seen.add(fingerprint(piece.text))) {
          stats.duplicatesDropped++;
          continue;
        }
      }
      if (section === 0) section = 1; // the untitled lead opens with its first paragraph
      stats.paragraphs++;
      const words = counting ? countWords(piece.text) : 0;
      stats.words += words;
      events.push({ kind: 'paragraph', paragraph: { number: stats.paragraphs, section, text: piece.text }, words });
    }
    return events;
  };

  const release = (final: boolean): ParseEvent[] => {
    header = parseHeader(pending, final);
    const events: ParseEvent[] = [{ kind: 'header', header }];
    for (const block of pending.slice(header.blocks)) for (const event of body(block)) events.push(event);
    pending.length = 0;
    return events;
  };

  return {
    stats,
    push(block) {
      if (header !== null) return body(block);
      pending.push(block);
      return pending.length > HEADER_LOOKAHEAD ? release(false) : [];
    },
    end() {
      return header === null ? release(true) : [];
    },
  };
}

export interface ArticleCollector {
  add(event: ParseEvent): void;
  /** The model, with the counters of the parser that made the events. */
  finish(stats: ArticleParser['stats']): Article;
}

/** Folds parse events into the readonly model as they come: only the model itself is held. */
export function createArticleCollector(): ArticleCollector {
  let header: Header | null = null;
  const sections: { title: string | null; paragraphs: Paragraph[] }[] = [];
  const captions: Caption[] = [];
  return {
    add(event) {
      if (event.kind === 'header') header = event.header;
      else if (event.kind === 'heading') sections.push({ title: event.title, paragraphs: [] });
      else if (event.kind === 'caption') captions.push(event.caption);
      else {
        if (sections.length < event.paragraph.section) sections.push({ title: null, paragraphs: [] });
        sections[sections.length - 1]!.paragraphs.push(event.paragraph);
      }
    },
    finish(stats) {
      const found = header as Header | null;
      return {
        site: found?.site ?? null,
        tagline: found?.tagline ?? null,
        title: found?.title ?? null,
        standfirst: found?.standfirst ?? null,
        readingTime: found?.readingTime ?? null,
        byline: found?.byline ?? null,
        published: found?.published ?? null,
        words: stats.words,
        duplicatesDropped: stats.duplicatesDropped,
        sections: sections.map((s, i): Section => ({ number: i + 1, title: s.title, paragraphs: s.paragraphs })),
        captions,
      };
    },
  };
}

/** A whole text → the model. */
export function parseArticle(text: string): Article {
  const parser = createArticleParser();
  const collector = createArticleCollector();
  for (const block of eachBlock(text)) for (const event of parser.push(block)) collector.add(event);
  for (const event of parser.end()) collector.add(event);
  return collector.finish(parser.stats);
}
