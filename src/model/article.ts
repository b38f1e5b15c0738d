// The article model: what the parser finds in a plain-text article. Readonly data, no logic.

export interface Paragraph {
  /** 1-based, in reading order across the whole article; the number `show` prints. */
  readonly number: number;
  /** 1-based number of the section that holds it. */
  readonly section: number;
  readonly text: string;
}

export interface Section {
  readonly number: number;
  /** null for the untitled lead before the first heading. */
  readonly title: string | null;
  readonly paragraphs: readonly Paragraph[];
}

export interface Caption {
  readonly text: string;
  /** The photo credit split off the caption ("Photo: …", "(Name/Agency)", "… via Wikimedia Commons"). */
  readonly credit: string | null;
  /** Number of the paragraph the caption follows; 0 when it stands before the first paragraph. */
  readonly afterParagraph: number;
}

export interface Article {
  readonly site: string | null;
  readonly tagline: string | null;
  readonly title: string | null;
  /** The line under the title that sums the story up, before the byline ("standfirst" or "deck"). */
  readonly standfirst: string | null;
  /** The reading time as the article states it ("3 min read"), not computed. */
  readonly readingTime: string | null;
  /** The byline under the title, as written ("By Jane Smith, BBC News"; a second line kept after a line break). */
  readonly byline: string | null;
  /** The date line under the title, as written ("Published 7 December 2024"). */
  readonly published: string | null;
  /** Words counted in the body paragraphs. */
  readonly words: number;
  /** How many repeated paragraphs (scraping artefacts) were left out. */
  readonly duplicatesDropped: number;
  readonly sections: readonly Section[];
  readonly captions: readonly Caption[];
}

/** What `sections` reports of a section: counts, not text, so it can be had from a stream of any size. */
export interface SectionSummary {
  readonly number: number;
  readonly title: string | null;
  readonly paragraphs: number;
  readonly words: number;
}
