// Parse events → the blocks `show` prints, as the events arrive: what renderArticle makes from the whole
// model, in the same order, for an article too large to hold. Only the header differs: the word count is
// not known until the end, so it is left out (HeaderFacts.words = null).

import type { Caption } from '../model/article.js';
import type { ParseEvent } from '../parse/article.js';
import { renderCaption, renderHeader, renderHeading, renderParagraph } from './article.js';
import type { RenderContext } from './context.js';

export interface StreamRenderer {
  /** The blocks this event completes (possibly none: a heading waits for what follows it). */
  push(event: ParseEvent): string[];
  /** The blocks still held back at the end. */
  end(): string[];
}

export function createArticleRenderer(ctx: RenderContext, numbers = false): StreamRenderer {
  // A caption belongs after the paragraph before it, which the whole model places ahead of any heading that
  // came between them in the text; so a heading is held until the next paragraph.
  let headings: string[] = [];
  // Captions before the first paragraph show under the first section's heading, if that section has one.
  let leadCaptions: Caption[] = [];
  let sawParagraph = false;
  let sawSection = false;
  return {
    push(event) {
      switch (event.kind) {
        case 'header':
          return [renderHeader({ ...event.header, words: null }, ctx)];
        case 'heading':
          sawSection = true;
          headings.push(renderHeading(event.title, ctx));
          return [];
        case 'caption':
          if (event.caption.afterParagraph === 0) {
            leadCaptions.push(event.caption);
            return [];
          }
          return [renderCaption(event.caption, ctx)];
        case 'paragraph': {
          sawSection = true;
          const blocks = headings;
          headings = [];
          if (!sawParagraph) {
            sawParagraph = true;
            if (event.paragraph.section === 1) for (const c of leadCaptions) blocks.push(renderCaption(c, ctx));
            leadCaptions = [];
          }
          blocks.push(renderParagraph(event.paragraph, ctx, numbers));
          return blocks;
        }
      }
    },
    end() {
      const blocks = headings;
      headings = [];
      // An article with no sections at all still shows its captions.
      if (!sawSection) for (const c of leadCaptions) blocks.push(renderCaption(c, ctx));
      return blocks;
    },
  };
}
