import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.js';
import { isBoilerplateLine } from '../../src/parse/boilerplate.js';
import { splitCaption } from '../../src/parse/caption.js';
import { isHeading } from '../../src/parse/heading.js';

const body = (text: string) => parseArticle(text).sections.flatMap((s) => s.paragraphs.map((p) => p.text));
const LONG = 'The council voted on Tuesday to approve the new budget after a long and heated debate.';

describe('headings', () => {
  it.each([
    ['Strategic implications of the deal', true],
    ['GOING BROKE FOR RUBIO.', true],
    ['Wary of chaos', true],
    ['What has been announced?', true],
    ['How have markets reacted?', true],
    ['Why?', false],
    ['Is this the “end”?', false],
    ['But will it work?', false],
    ['Did that mean Garcia would vote for Trump?', false],
    ['This is a sentence.', false],
    ['“A pull quote”', false],
    ['lower case start', false],
    ['A line with far too many words to be any kind of heading in a news article at all', false],
  ])('when the line is %j, then heading is %s', (line, expected) => {
    expect(isHeading(line)).toBe(expected);
  });
});

describe('caption credits', () => {
  it.each([
    ['Fans cheer the team. (Jason Franson/Canadian Press)', 'Fans cheer the team.', '(Jason Franson/Canadian Press)'],
    ['The senator speaks. Photo: Jane Doe', 'The senator speaks.', 'Photo: Jane Doe'],
    ['Troops on parade. File photo by Kremlin.ruKremlin.ru via Wikimedia Commons', 'Troops on parade.', 'File photo by Kremlin.ru via Wikimedia Commons'],
    ['A bridge at dusk. John Smith via Wikimedia Commons', 'A bridge at dusk.', 'John Smith via Wikimedia Commons'],
    ['Protesters march. Photograph: Alex Roe/Reuters', 'Protesters march.', 'Photograph: Alex Roe/Reuters'],
    ['The president waves. (AP Photo/Evan Vucci)', 'The president waves.', '(AP Photo/Evan Vucci)'],
    ['Flood water in the square. Getty Images', 'Flood water in the square.', 'Getty Images'],
  ])('when the line is %j, then caption and credit are split', (line, text, credit) => {
    expect(splitCaption(line)).toEqual({ text, credit });
  });

  it.each([
    ['He said the plan was fine (h/t The Hill.)'],
    ['She posted on social media after the vote.'],
    ['The bill passed by 312 votes to 250 (a majority of 62)'],
    [`Photo finish at the line: ${'the runners crossed together and the judges took a long time to decide, '.repeat(3)}as they did in 1998 (twice)`],
  ])('when the line is %j, then it is not a caption', (line) => {
    expect(splitCaption(line)).toBeNull();
  });
});

describe('boilerplate lines', () => {
  it.each([
    ['READ MORE: Budget talks collapse', true],
    ['Story continues below advertisement', true],
    ['About Author', true],
    ['Advertisement', true],
    ['ABSTRACT.', true],
    ['FULL TEXT.', true],
    ['.image-wrap {', true],
    ['}', true],
    ['}.', true],
    ['height: 275px !important;', true],
    ['Share on Facebook', true],
    ['Listen to this article · 5 min', true],
    ['© 2024 Example News Ltd. All rights reserved.', true],
    ['Copyright 2025 The Associated Press. All rights reserved.', true],
    ['All rights reserved.', true],
    ['Readers said more about the plan.', false],
    ['Copyright lawyers say the ruling changes little.', false],
    ['Share prices fell on Monday.', false],
    ['Listen to the people, she said.', false],
  ])('when the line is %j, then boilerplate is %s', (line, expected) => {
    expect(isBoilerplateLine(line)).toBe(expected);
  });
});

describe('article shapes', () => {
  it('when line 1 is a short headline, then it is the title', () => {
    const a = parseArticle(`Council passes budget\n\n${LONG}\n`);
    expect(a.title).toBe('Council passes budget');
    expect(body(`Council passes budget\n\n${LONG}\n`)).toEqual([LONG]);
  });

  it('when the article starts with a long paragraph, then there is no title', () => {
    const a = parseArticle(`${LONG} ${LONG}\n\n${LONG.replace('Tuesday', 'Monday')}\n`);
    expect(a.title).toBeNull();
    expect(a.sections[0]?.paragraphs).toHaveLength(2);
  });

  it('when a headline carries a deck on its next line, then both make the title', () => {
    const a = parseArticle(`Budget passes;\nCritics say it is too small.\n\n${LONG}\n`);
    expect(a.title).toBe('Budget passes; Critics say it is too small.');
  });

  it('when a masthead, tagline and reading time lead, then each is found', () => {
    const a = parseArticle(`example.com\n\nNews you need\n\nBudget passes\n\n5 min read\n\n${LONG}\n`);
    expect([a.site, a.tagline, a.title, a.readingTime]).toEqual(['example.com', 'News you need', 'Budget passes', '5 min read']);
  });

  it('when lines end in CRLF or lone CR, then they parse as LF does', () => {
    const lf = `Budget passes\n\n${LONG}\n\nNext steps\n\n${LONG.replace('council', 'board')}\n`;
    expect(parseArticle(lf.replace(/\n/g, '\r\n'))).toEqual(parseArticle(lf));
    expect(parseArticle(lf.replace(/\n/g, '\r'))).toEqual(parseArticle(lf));
  });

  it('when an ALL-CAPS subhead stands alone, then it opens a section', () => {
    const a = parseArticle(`Budget passes\n\n${LONG}\n\nWHAT COMES NEXT.\n\n${LONG.replace('council', 'board')}\n`);
    expect(a.sections.map((s) => s.title)).toEqual([null, 'WHAT COMES NEXT.']);
  });

  it('when READ MORE and advertisement lines interrupt, then they are dropped', () => {
    const text = `Budget passes\n\n${LONG}\n\nREAD MORE: Other news\n\nStory continues below advertisement\n\n${LONG.replace('council', 'board')}\n`;
    expect(body(text)).toEqual([LONG, LONG.replace('council', 'board')]);
  });

  it('when a paragraph is hard-wrapped over short lines, then the lines are joined', () => {
    expect(body('Budget passes\n\nThe council voted on Tuesday\nto approve the new budget.\n')).toEqual([
      'The council voted on Tuesday to approve the new budget.',
    ]);
  });

  it.each([
    ['- ', '- '],
    ['• ', '• '],
    ['1. ', '2. '],
  ])('when a block lists items opening with %j, then each item is a paragraph and its wrapped lines go on with it', (first, second) => {
    const text = `Budget passes\n\n${LONG}\n\nKey points:\n${first}a 3% rise in council tax\nfor every band\n${second}two new libraries\n`;
    expect(body(text)).toEqual([LONG, 'Key points:', `${first}a 3% rise in council tax for every band`, `${second}two new libraries`]);
  });

  it('when one wrapped line of a paragraph happens to open with a dash, then the lines are still one paragraph', () => {
    expect(body('Budget passes\n\nThe council voted on Tuesday, by one vote\n- a margin nobody expected.\n')).toEqual([
      'The council voted on Tuesday, by one vote - a margin nobody expected.',
    ]);
  });

  it('when a short line repeats, then it is kept (only long repeats are artefacts)', () => {
    const a = parseArticle('Budget passes\n\nYes.\n\nYes.\n');
    expect(a.duplicatesDropped).toBe(0);
    expect(a.sections[0]?.paragraphs).toHaveLength(2);
  });

  it('when a standalone caption line has a credit, then it is a caption after the paragraph before it', () => {
    const a = parseArticle(`Budget passes\n\n${LONG}\n\nThe mayor at the vote. (Jane Roe/The Daily)\n\n${LONG.replace('council', 'board')}\n`);
    expect(a.captions).toEqual([{ text: 'The mayor at the vote.', credit: '(Jane Roe/The Daily)', afterParagraph: 1 }]);
  });

  it('when a standalone caption line ends with a labelled credit and no full stop, then it is a caption, not a heading', () => {
    const a = parseArticle(`Budget passes\n\n${LONG}\n\nThe mayor at the vote. Photo: Jane Roe/PA\n\n${LONG.replace('council', 'board')}\n`);
    expect(a.captions).toEqual([{ text: 'The mayor at the vote.', credit: 'Photo: Jane Roe/PA', afterParagraph: 1 }]);
    expect(a.sections).toHaveLength(1);
  });

  it('when the text is only short lines, then they are paragraphs, not a title', () => {
    const a = parseArticle('Hello there.\n');
    expect(a.title).toBeNull();
    expect(body('Hello there.\n')).toEqual(['Hello there.']);
  });

  it('when counting words, then the article total is the sum over sections', () => {
    const a = parseArticle(`Budget passes\n\n${LONG}\n\nNext steps\n\nOne two — three.\n`);
    expect(a.words).toBe(16 + 3);
  });
});

describe('bylines, date lines and web-page furniture', () => {
  it('when a byline and a date line follow the title, then they are the header’s, not headings', () => {
    const a = parseArticle(`Storm hits coast\n\nBy Jane Smith, BBC News\n\nPublished 7 December 2024\n\n${LONG}\n`);
    expect([a.title, a.byline, a.published]).toEqual(['Storm hits coast', 'By Jane Smith, BBC News', 'Published 7 December 2024']);
    expect(a.sections.map((s) => s.title)).toEqual([null]);
    expect(body(`Storm hits coast\n\nBy Jane Smith, BBC News\n\n${LONG}\n`)).toEqual([LONG]);
  });

  it.each([
    ['March 3, 2025, 4:15 p.m. ET', 'By Ann Lee and Tom Hale'],
    ['2025-03-03', 'By ANN LEE | Reuters'],
    ['Updated 2 hours ago', 'By Ann Lee'],
    ['Published: 2024-11-04T10:00:00Z', 'By Ann Lee'],
    ['Monday 4 November 2024 14:30, UK', 'By Ann Lee'],
    ['Published 4:30 PM EST, Mon November 4, 2024', 'By Ann Lee'],
  ])('when the date line is %j and the byline %j, in either order, then both are found', (date, byline) => {
    for (const [first, second] of [[date, byline], [byline, date]]) {
      const a = parseArticle(`Budget passes\n\n${first}\n\n${second}\n\n${LONG}\n`);
      expect([a.byline, a.published]).toEqual([byline, date]);
      expect(body(`Budget passes\n\n${first}\n\n${second}\n\n${LONG}\n`)).toEqual([LONG]);
    }
  });

  it('when a line stands between the title and the byline, then it is the standfirst, not a heading', () => {
    const deck = 'Scientists say the rise is driving stronger storms';
    const a = parseArticle(`Ocean heat hits record\n\n${deck}\n\nBy Ellen Hart\n\n${LONG}\n`);
    expect([a.title, a.standfirst, a.byline]).toEqual(['Ocean heat hits record', deck, 'By Ellen Hart']);
    expect(a.sections.map((s) => s.title)).toEqual([null]);
    expect(body(`Ocean heat hits record\n\n${deck}\n\nPublished 7 December 2024\n\n${LONG}\n`)).toEqual([LONG]);
  });

  it('when a line after the title has no byline or date line after it, then it is no standfirst', () => {
    const a = parseArticle(`Ocean heat hits record\n\nWhat scientists say\n\n${LONG}\n`);
    expect(a.standfirst).toBeNull();
    expect(a.sections.map((s) => s.title)).toEqual(['What scientists say']);
    const b = parseArticle(`Ocean heat hits record\n\n${LONG}\n\nBy Ellen Hart\n\n${LONG}\n`);
    expect([b.standfirst, b.byline]).toEqual([null, null]);
  });

  it.each([
    ['By Marcus Webb\nAssociated Press', 'By Marcus Webb\nAssociated Press', null],
    ['By Ellen Hart\nScience Correspondent', 'By Ellen Hart\nScience Correspondent', null],
    ['By Ann Lee\nMarch 3, 2025', 'By Ann Lee', 'March 3, 2025'],
  ])('when the byline block is %j, then the byline is %j and the date line %j', (block, byline, date) => {
    const a = parseArticle(`Budget passes\n\n${block}\n\n${LONG}\n`);
    expect([a.byline, a.published]).toEqual([byline, date]);
    expect(body(`Budget passes\n\n${block}\n\n${LONG}\n`)).toEqual([LONG]);
  });

  it('when the line under a byline is a sentence, then the block is no byline and stays in the article', () => {
    const block = 'By Ann Lee\nThe council met on Monday.';
    const a = parseArticle(`Budget passes\n\n${block}\n\n${LONG}\n`);
    expect(a.byline).toBeNull();
    expect(body(`Budget passes\n\n${block}\n\n${LONG}\n`)).toEqual(['By Ann Lee The council met on Monday.', LONG]);
  });

  it('when a paragraph opens with By but is prose, then it stays a paragraph', () => {
    const prose = 'By the end of the day, the council had approved the budget.';
    const a = parseArticle(`Budget passes\n\n${prose}\n\n${LONG}\n`);
    expect(a.byline).toBeNull();
    expect(body(`Budget passes\n\n${prose}\n\n${LONG}\n`)).toEqual([prose, LONG]);
  });

  it('when a byline would be the last block, then it is no byline and stays in the article', () => {
    const a = parseArticle('Budget passes\n\nBy Ann Lee\n');
    expect(a.byline).toBeNull();
    expect(a.sections.map((s) => s.title)).toEqual(['By Ann Lee']);
  });

  it('when a web page’s labelled image lines come, then they are one caption with its credit', () => {
    const a = parseArticle(`Budget passes\n\n${LONG}\n\nImage source, Getty Images\nImage caption, The mayor at the vote\n\n${LONG.replace('council', 'board')}\n`);
    expect(a.captions).toEqual([{ text: 'The mayor at the vote', credit: 'Getty Images', afterParagraph: 1 }]);
    expect(a.sections.flatMap((s) => s.paragraphs).length).toBe(2);
  });

  it('when a block opens with a list of links’ heading, then the whole block is dropped', () => {
    expect(body(`Budget passes\n\n${LONG}\n\nRelated topics\nWeather\nWales\n\nMore on this story\n`)).toEqual([LONG]);
  });
});

describe('word counts', () => {
  it.each([
    ['one two three', 3],
    ['one — two', 2],
    ['', 0],
    ['東京の記者', 5],
    ['Tokyo東京 is big', 5],
  ])('when the text is %j, then it has %i words', async (text, n) => {
    const { countWords } = await import('../../src/parse/words.js');
    expect(countWords(text)).toBe(n);
  });
});

describe('repeats', () => {
  it('when a long paragraph repeats with different spacing, then it is still a repeat', () => {
    const a = parseArticle(`Budget passes\n\n${LONG}\n\n${LONG.replace(/ /g, '  ')}\n`);
    expect(a.duplicatesDropped).toBe(1);
  });

  it('when two long paragraphs differ by one character, then both are kept', () => {
    const a = parseArticle(`Budget passes\n\n${LONG}\n\n${LONG.replace('.', '!')}\n`);
    expect(a.duplicatesDropped).toBe(0);
  });
});

describe('huge blocks', () => {
  it('when one block holds hundreds of thousands of long lines, then each is a paragraph and nothing overflows', () => {
    const line = (i: number) => `Line ${i} stands alone as a paragraph, long enough that it is no hard-wrapped line of a longer one at all.`;
    const text = `Title\n\n${Array.from({ length: 200_000 }, (_, i) => line(i)).join('\n')}\n`;
    const paragraphs = parseArticle(text).sections.flatMap((s) => s.paragraphs);
    expect(paragraphs).toHaveLength(200_000);
    expect(paragraphs.at(-1)?.text).toBe(line(199_999));
  });
});
