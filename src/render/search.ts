// Search hits → text. Piped (plain theme): one hit per line, grep -n style. Styled: grouped by section, each
// hit as its sentence with the match highlighted, wrapped to the width. JSON: see searchJson.
//
// Plain line prefixes: `<paragraph>:` for a paragraph, `title:`, `heading:` and `caption:` for the others;
// with -C, context sentences use `-` instead of `:` and groups that do not touch are separated by `--`,
// as grep does.

import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import type { Hit, Match, Place, PlaceHits, WindowPart } from '../query/search-hits.js';
import type { RenderContext } from './context.js';
import { sanitize } from './sanitize.js';
import type { Style, Theme } from './theme.js';

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

/** One line per hit; with context, grep's `-` lines and `--` separators. */
export function renderSearchPlain(found: readonly PlaceHits[], context: number): string {
  const lines: string[] = [];
  for (const { place, hits, windows } of found) {
    const label = plainLabel(place);
    if (context === 0) {
      for (const h of hits) lines.push(`${label}:${oneLine(h.sentence)}`);
      continue;
    }
    for (const w of windows) {
      if (lines.length > 0) lines.push('--');
      for (const part of w) lines.push(`${label}${part.hit ? ':' : '-'}${oneLine(part.text)}`);
    }
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

function oneLine(text: string): string {
  return sanitize(text).replace(/[\r\n]+/g, ' ');
}

/** Wraps `body` to the width after `label`, later lines indented under the body. */
function hanging(label: string, body: string, width: number): string {
  const indent = ' '.repeat(stringWidth(label));
  const inner = Math.max(10, width - indent.length);
  const lines = wrapAnsi(body, inner, { hard: true, trim: true, wordWrap: true }).split('\n');
  return lines.map((l, i) => (i === 0 ? label : indent) + l).join('\n');
}

function windowText(parts: readonly WindowPart[], theme: Theme): string {
  return parts.map((p) => highlightMatches(p.text, p.matches, theme.match)).join(' ');
}

function styledLabel(place: Place, theme: Theme): string {
  if (place.kind === 'caption') return `${theme.caption('[caption]')} `;
  return `${theme.number(`[${place.paragraph}]`)} `;
}

function sectionHeading(section: number, title: string | null, hit: Hit | undefined, theme: Theme, width: number): string {
  if (hit !== undefined) return wrapAnsi(theme.heading(highlightMatches(hit.sentence, hit.matches, theme.match)), width, { hard: true });
  const name = title === null ? (section === 1 ? '(lead)' : `Section ${section}`) : sanitize(title);
  return wrapAnsi(theme.heading(name), width, { hard: true });
}

/** Grouped by section (the title first): the heading, then each paragraph's hits in context. */
export function renderSearchStyled(found: readonly PlaceHits[], count: number, ctx: RenderContext): string {
  const { theme, width } = ctx;
  const blocks: string[] = [];
  let lines: string[] = [];
  let section: number | null | undefined;
  const close = (): void => {
    if (lines.length > 0) blocks.push(lines.join('\n'));
    lines = [];
  };
  for (const { place, hits, windows } of found) {
    if (place.kind === 'title') {
      close();
      const hit = hits[0]!;
      blocks.push(wrapAnsi(theme.title(highlightMatches(hit.sentence, hit.matches, theme.match)), width, { hard: true }));
      section = null;
      continue;
    }
    if (place.section !== section || place.kind === 'heading') {
      close();
      section = place.section;
      const headingHit = place.kind === 'heading' ? hits[0] : undefined;
      lines.push(sectionHeading(place.section ?? 0, place.sectionTitle, headingHit, theme, width));
      if (place.kind === 'heading') continue;
    }
    for (const w of windows) lines.push(hanging(styledLabel(place, theme), windowText(w, theme), width));
  }
  close();
  const places = found.length;
  blocks.push(theme.meta(`${count} ${count === 1 ? 'match' : 'matches'} in ${places} ${places === 1 ? 'place' : 'places'}`));
  return blocks.join('\n\n') + '\n';
}

/** The JSON contract: one object per hit. Keys may be added, never renamed. */
export function searchJson(found: readonly PlaceHits[], context: number): unknown[] {
  const out: unknown[] = [];
  for (const { place, hits } of found) {
    for (const h of hits) {
      out.push({
        kind: place.kind,
        paragraph: place.paragraph,
        section: place.section,
        ...(place.kind === 'caption' ? { afterParagraph: place.afterParagraph } : {}),
        sentence: h.sentence,
        matches: h.matches.map((m) => ({ start: m.start, end: m.end, text: m.text })),
        ...(context > 0 ? { before: h.before, after: h.after } : {}),
      });
    }
  }
  return out;
}
