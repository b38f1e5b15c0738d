// Picking a section by what the user typed: its number, or a case-insensitive prefix of its title.

import type { Article, Section } from '../model/article.js';
import { notFound } from '../errors.js';

const LEAD_NAMES = new Set(['lead', '(lead)']);

export function findSection(article: Article, spec: string): Section {
  const wanted = spec.trim();
  const sections = article.sections;
  if (/^\d+$/.test(wanted)) {
    const found = sections[Number(wanted) - 1];
    if (found) return found;
  } else if (wanted !== '') {
    const lower = wanted.toLocaleLowerCase();
    const byTitle =
      sections.find((s) => s.title !== null && s.title.toLocaleLowerCase() === lower) ??
      sections.find((s) => s.title !== null && s.title.toLocaleLowerCase().startsWith(lower)) ??
      (LEAD_NAMES.has(lower) ? sections.find((s) => s.title === null) : undefined);
    if (byTitle) return byTitle;
  }
  const range = sections.length === 0 ? 'no sections' : `sections 1-${sections.length}`;
  throw notFound(`no section '${spec}': this article has ${range} (list them with 'article-reader sections')`);
}
