// Search hits → text. Piped (plain theme): one hit per line, grep -n style. Styled: grouped by section, each
// hit as its sentence with the match highlighted and its paragraph number, wrapped to the width.
//
// Plain line prefixes: `<paragraph>:` for a paragraph, `title:`, `heading:` and `caption:` for the others.
// With -C, context sentences use `-` instead of `:` (each with its own paragraph number), and runs of lines
// that do not follow on from each other are divided by `--`, as grep does.

import type { Hit, HitSink, Line } from '../query/search-context.js';
import type { Match, Place } from '../query/search-hits.js';
import type { RenderContext } from './context.js';
import { toJson } from './json.js';
import { sanitize } from './sanitize.js';
import type { Style, Theme } from './theme.js';
import { displayWidth, wrap } from './wrap.js';

/** The text with its matches styled; each piece cleaned of control characters before styling. */
export function highlightMatches(text: string, matches: readonly Match[], style: Style): string {
  let out = '';
  let at = 0;
  for (const m of matches) {
    if (m.start < at) continue;
    out += sanitize(text.slice(at, m.start)) + style(sanitize(text.slice(m.start, m.end)));
    at = m.end;
  }
  return out + sanitize(text.slice(at));
}

function plainLabel(place: Place): string {
  return place.kind === 'paragraph' ? String(place.paragraph) : place.kind;
}

function oneLine(text: string): string {
  return sanitize(text).replace(/[\r\n]+/g, ' ');
}

/**
 * Receives hits and windows as the search completes them and renders them at once. `take` hands over the
 * text made so far (to be written out while the search goes on); `finish` the rest, closing the output.
 * All that is taken and then finished, joined, is the whole output.
 */
export interface SearchWriter extends HitSink {
  take(): string;
  finish(count: number, places: number): string;
}

/** Text made and not yet handed over: each writer adds to it, `take` empties it. */
function pending(): { add(text: string): void; take(): string } {
  let text = '';
  return {
    add(more) {
      text += more;
    },
    take() {
      const made = text;
      text = '';
      return made;
    },
  };
}

/** One line per hit; with context, grep's `-` lines and `--` separators. */
export function plainWriter(context: number): SearchWriter {
  const out = pending();
  let windows = 0;
  return {
    hit(h) {
      if (context === 0) out.add(`${plainLabel(h.place)}:${oneLine(h.sentence)}\n`);
    },
    window(w) {
      if (context === 0) return;
      if (windows++ > 0) out.add('--\n');
      for (const l of w) out.add(`${plainLabel(l.place)}${l.hit ? ':' : '-'}${oneLine(l.text)}\n`);
    },
    take: out.take,
    finish: out.take,
  };
}

/** Wraps `body` to the width after `label`, later lines indented under the body. */
function hanging(label: string, body: string, width: number): string {
  const indent = ' '.repeat(displayWidth(label));
  // Too narrow to hang the text beside its label: the label stands on a line of its own.
  if (width - indent.length < 10) return `${wrap(label.trimEnd(), width)}\n${wrap(body, width)}`;
  const lines = wrap(body, width - indent.length).split('\n');
  return lines.map((l, i) => (i === 0 ? label : indent) + l).join('\n');
}

function styledLabel(place: Place, theme: Theme): string {
  return place.kind === 'caption' ? `${theme.caption('[caption]')} ` : `${theme.number(`[${place.paragraph}]`)} `;
}

function sectionName(place: Place, theme: Theme): string {
  const { section, sectionTitle } = place;
  return theme.heading(sectionTitle === null ? (section === 1 ? '(lead)' : `(section ${section})`) : sanitize(sectionTitle));
}

/** A window's lines, one block per paragraph: context as it is, hits with their matches highlighted. */
function renderWindow(window: readonly Line[], theme: Theme, width: number): string[] {
  const blocks: string[] = [];
  let i = 0;
  while (i < window.length) {
    const place = window[i]!.place;
    const parts: string[] = [];
    for (; i < window.length && window[i]!.place === place; i++) {
      const line = window[i]!;
      parts.push(line.hit ? highlightMatches(line.text, line.matches, theme.match) : theme.meta(sanitize(line.text)));
    }
    blocks.push(hanging(styledLabel(place, theme), parts.join(' '), width));
  }
  return blocks;
}

/**
 * Grouped by section (the title first): the heading, then each paragraph's hits in context. Groups are
 * divided by a blank line, lines within a group by a newline; the count closes the output as a group.
 */
export function styledWriter(ctx: RenderContext): SearchWriter {
  const { theme, width } = ctx;
  const out = pending();
  let groups = 0;
  let inGroup = false;
  let section: number | null | undefined;
  const line = (text: string): void => {
    out.add(inGroup ? '\n' : groups++ > 0 ? '\n\n' : '');
    out.add(text);
    inGroup = true;
  };
  return {
    hit() {},
    window(window) {
      const first = window[0]!;
      const { place } = first;
      if (place.kind === 'title' || place.kind === 'standfirst' || place.kind === 'heading') {
        inGroup = false;
        const style = place.kind === 'title' ? theme.title : place.kind === 'standfirst' ? theme.standfirst : theme.heading;
        line(wrap(style(highlightMatches(first.text, first.matches, theme.match)), width));
        section = place.section;
        return;
      }
      if (place.section !== section) {
        inGroup = false;
        section = place.section;
        line(wrap(sectionName(place, theme), width));
      }
      for (const block of renderWindow(window, theme, width)) line(block);
    },
    take: out.take,
    finish(count, places) {
      const summary = `${count} ${count === 1 ? 'match' : 'matches'} in ${places} ${places === 1 ? 'place' : 'places'}`;
      inGroup = false;
      line(wrap(theme.meta(summary), width));
      return `${out.take()}\n`;
    },
  };
}

/** The JSON contract: one object per hit. Keys may be added, never renamed. */
export function hitJson({ place, sentence, matches, before, after }: Hit, context: number): unknown {
  return {
    kind: place.kind,
    paragraph: place.paragraph,
    section: place.section,
    ...(place.kind === 'caption' ? { afterParagraph: place.afterParagraph } : {}),
    ...(place.speaker === undefined ? {} : { speaker: place.speaker }),
    sentence,
    matches: matches.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    ...(context > 0 ? { before, after } : {}),
  };
}

/** A JSON list written one hit at a time, laid out exactly as toJson lays out the whole list. */
export function jsonWriter(context: number): SearchWriter {
  const out = pending();
  let items = 0;
  return {
    hit(h) {
      out.add(items++ === 0 ? '[\n' : ',\n');
      out.add(toJson(hitJson(h, context)).trimEnd().replace(/^/gm, '  '));
    },
    window() {},
    take: out.take,
    finish: () => (items === 0 ? '[]\n' : `${out.take()}\n]\n`),
  };
}
