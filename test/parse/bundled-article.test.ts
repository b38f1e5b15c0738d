import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.js';
import { BUNDLED } from '../helpers/run-cli.js';

const article = parseArticle(readFileSync(BUNDLED, 'utf8'));
const paragraphs = article.sections.flatMap((s) => s.paragraphs);

describe('the bundled article', () => {
  it('when parsed, then the title block is found', () => {
    expect(article.site).toBe('NewsBizkoot.com');
    expect(article.tagline).toBe('BUSINESS News for MILLENIALAIRES');
    expect(article.title).toBe('China concerned over deepening Russia-North Korea relations, says US official');
    expect(article.readingTime).toBe('3 min read');
  });

  it('when parsed, then it has an untitled lead and two headed sections', () => {
    expect(article.sections.map((s) => s.title)).toEqual([
      null,
      'Strategic implications of North Korea-Russia cooperation',
      'Divided perspectives on China’s position',
    ]);
  });

  it('when parsed, then 24 paragraphs are numbered 1..24 in reading order', () => {
    expect(paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(paragraphs[0]?.text).toMatch(/^China appears increasingly uneasy/);
    expect(paragraphs[23]?.text).toMatch(/^As North Korea deepens/);
  });

  it('when a paragraph stands twice, then it is counted once and the drop recorded', () => {
    expect(paragraphs.filter((p) => p.text.startsWith('Speaking at a seminar'))).toHaveLength(1);
    expect(paragraphs[1]?.text).toMatch(/^Speaking at a seminar, Campbell highlighted/);
    expect(article.duplicatesDropped).toBe(1);
  });

  it('when a caption follows the second paragraph in its block, then its credit is split off and undoubled', () => {
    expect(article.captions).toEqual([
      {
        text: 'Unconfirmed reports claim Kim Jong-un’s troops have been deployed to Russia to fight alongside Vladimir Putin’s forces against Ukraine.',
        credit: 'File photo by Kremlin.ru via Wikimedia Commons',
        afterParagraph: 2,
      },
    ]);
  });

  it('when the page ends with "About Author", then it is boilerplate, not content', () => {
    expect(paragraphs.some((p) => p.text.includes('About Author'))).toBe(false);
  });

  it('when paragraphs are numbered, then each knows its section', () => {
    expect(article.sections.map((s) => s.paragraphs.length)).toEqual([7, 7, 10]);
    for (const s of article.sections) for (const p of s.paragraphs) expect(p.section).toBe(s.number);
  });
});
