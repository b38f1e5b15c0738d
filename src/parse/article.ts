// Text → Article. Pure: no I/O, never throws on any string.

import type { Article, Caption, Paragraph, Section } from '../model/article.js';
import { splitBlocks, type Block } from './blocks.js';
import { isBoilerplateLine } from './boilerplate.js';
import { splitCaption } from './caption.js';
import { parseHeader } from './header.js';
import { isHeading } from './heading.js';
import { countWords } from './words.js';

/** A caption stands alone or under a paragraph; longer than this it is a paragraph that mentions a photo. */
const MAX_CAPTION_WORDS = 70;
/** Lines of a hard-wrapped paragraph are at most this long; longer lines are paragraphs of their own. */
const MAX_WRAPPED_LINE = 100;
/** Repeats shorter than this ("Yes.", "Advertisement") are left alone: only long repeats are artefacts. */
const MIN_DUPLICATE_CHARS = 40;

type Piece = { kind: 'paragraph'; text: string } | { kind: 'caption'; text: string; credit: string | null };

/** One block's lines → paragraphs and captions, in order. */
function blockPieces(lines: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  let prose: string[] = [];
  const flush = (): void => {
    if (prose.length === 0) return;
    const wrapped = prose.slice(0, -1).every((l) => l.length <= MAX_WRAPPED_LINE);
    if (wrapped) pieces.push({ kind: 'paragraph', text: prose.join(' ') });
    else for (const l of prose) pieces.push({ kind: 'paragraph', text: l });
    prose = [];
  };
  for (const line of lines) {
    const caption = countWords(line) <= MAX_CAPTION_WORDS ? splitCaption(line) : null;
    if (caption) {
      flush();
      pieces.push({ kind: 'caption', ...caption });
    } else prose.push(line);
  }
  flush();
  return pieces;
}

function contentLines(block: Block): string[] {
  return block.lines.filter((l) => !isBoilerplateLine(l));
}

export function parseArticle(text: string): Article {
  const blocks = splitBlocks(text);
  const header = parseHeader(blocks);
  const sections: { title: string | null; paragraphs: Paragraph[] }[] = [{ title: null, paragraphs: [] }];
  const captions: Caption[] = [];
  const seen = new Set<string>();
  let duplicatesDropped = 0;
  let count = 0;
  let words = 0;

  for (const block of blocks.slice(header.blocks)) {
    const lines = contentLines(block);
    const only = lines.length === 1 ? lines[0] : undefined;
    if (only !== undefined && isHeading(only)) {
      sections.push({ title: only, paragraphs: [] });
      continue;
    }
    for (const piece of blockPieces(lines)) {
      if (piece.kind === 'caption') {
        captions.push({ text: piece.text, credit: piece.credit, afterParagraph: count });
        continue;
      }
      const key = piece.text.replace(/\s+/g, ' ');
      if (key.length >= MIN_DUPLICATE_CHARS && seen.has(key)) {
        duplicatesDropped++;
        continue;
      }
      seen.add(key);
      count++;
      words += countWords(piece.text);
      const current = sections[sections.length - 1]!;
      current.paragraphs.push({ number: count, section: 0, text: piece.text });
    }
  }

  // The untitled lead exists only when something stands before the first heading.
  const kept = sections.filter((s, i) => i > 0 || s.paragraphs.length > 0);
  const numbered: Section[] = kept.map((s, i) => ({
    number: i + 1,
    title: s.title,
    paragraphs: s.paragraphs.map((p) => ({ ...p, section: i + 1 })),
  }));

  return {
    site: header.site,
    tagline: header.tagline,
    title: header.title,
    readingTime: header.readingTime,
    words,
    duplicatesDropped,
    sections: numbered,
    captions,
  };
}
