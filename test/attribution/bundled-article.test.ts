// The bundled article: who said what, as the issue lists it. The engine knows nothing of these names; these
// are the answers it must reach from the language alone.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/engine.js';
import { parseArticle } from '../../src/parse/article.js';
import { BUNDLED } from '../helpers/run-cli.js';

const article = parseArticle(readFileSync(BUNDLED, 'utf8'));
const { statements, speakers } = attribute(article);
const paragraphsOf = (name: string) => [...new Set(statements.filter((s) => s.speaker === name).map((s) => s.paragraph))];
const paragraphText = (n: number) => (n === 0 ? article.title! : article.sections.flatMap((s) => s.paragraphs).find((p) => p.number === n)!.text);

const PEOPLE: readonly (readonly [string, readonly number[], string | null])[] = [
  ['Kurt Campbell', [1, 2, 8, 9], 'US Deputy Secretary of State'],
  ['Dennis Wilder', [11, 12], 'former CIA official specialising in East Asia'],
  ['Samuel Paparo', [13, 14], 'head of the US Indo-Pacific Command'],
  ['Andrew Shearer', [16], 'Australia’s Director General of National Intelligence'],
  ['Emi Mifune', [17, 18], 'Professor'],
  ['Hideya Kurata', [19, 20, 21], 'Professor of Japan’s National Defense Academy'],
];

describe('bundled article: people', () => {
  for (const [name, paragraphs, role] of PEOPLE) {
    it(`when the article is attributed, then ${name} has exactly the statements of paragraphs ${paragraphs.join(', ')}`, () => {
      expect(paragraphsOf(name)).toEqual(paragraphs);
    });
    it(`when ${name} is listed, then the role is "${role}" and the name has no title`, () => {
      const speaker = speakers.find((s) => s.name === name);
      expect(speaker?.role).toBe(role);
      expect(speaker?.group).toBe(false);
      expect(speaker?.name).not.toMatch(/^(?:Admiral|Professor|Mr|Dr)\b/);
    });
  }

  it('when pronouns open a paragraph, then they go to the speaker before them', () => {
    const byCue = (cue: string, paragraph: number) => statements.find((s) => s.cue === cue && s.paragraph === paragraph)?.speaker;
    expect(byCue('added', 9)).toBe('Kurt Campbell');
    expect(byCue('warned', 12)).toBe('Dennis Wilder');
    expect(byCue('alleged', 14)).toBe('Samuel Paparo');
    expect(byCue('pointed to', 18)).toBe('Emi Mifune');
    expect(byCue('highlighted', 20)).toBe('Hideya Kurata');
    expect(byCue('expressed concern', 21)).toBe('Hideya Kurata');
  });

  it('when a surname is used alone, then it is an alias of the full name', () => {
    expect(speakers.find((s) => s.name === 'Kurt Campbell')?.aliases).toContain('Campbell');
    expect(speakers.find((s) => s.name === 'Hideya Kurata')?.aliases).toContain('Kurata');
  });
});

describe('bundled article: groups, via, kinds', () => {
  it('when unnamed groups speak, then they are group speakers', () => {
    const groups = speakers.filter((s) => s.group).map((s) => s.name);
    expect(groups).toEqual(expect.arrayContaining(['Japanese officials', 'Analysts']));
    expect(paragraphsOf('Japanese officials')).toEqual([4]);
    expect(paragraphsOf('Analysts')).toEqual([5]);
  });

  it('when The Guardian reported the words, then it is via, not the speaker', () => {
    expect(statements.find((s) => s.paragraph === 17)?.via).toBe('The Guardian');
    expect(statements.find((s) => s.paragraph === 19)?.via).toBe('The Guardian');
    expect(speakers.map((s) => s.name)).not.toContain('The Guardian');
  });

  it('when reported speech quotes a few words, then it is mixed with the quoted words filled', () => {
    const wilder = statements.find((s) => s.speaker === 'Dennis Wilder' && s.cue === 'described')!;
    expect(wilder.kind).toBe('mixed');
    expect(wilder.quoted).toEqual(['staggering']);
    const paparo = statements.find((s) => s.speaker === 'Samuel Paparo' && s.cue === 'described')!;
    expect(paparo.kind).toBe('mixed');
    expect(paparo.quoted).toEqual(['transactional symbiosis']);
  });

  it('when speech is only reported, then it is indirect with the content after the cue', () => {
    const noted = statements.find((s) => s.cue === 'noted')!;
    expect(noted).toMatchObject({ speaker: 'Kurt Campbell', kind: 'indirect', paragraph: 8, section: 2, via: null });
    expect(noted.text.startsWith('discussions with Chinese officials')).toBe(true);
  });

  it('when a paragraph attributes nothing, then it has no statement', () => {
    const attributed = new Set(statements.map((s) => s.paragraph));
    for (const n of [3, 6, 7, 10, 22, 23, 24]) expect(attributed.has(n), paragraphText(n)).toBe(false);
  });

  it('when statements are given, then each text stands in its paragraph', () => {
    for (const s of statements) for (const part of s.quoted) expect(paragraphText(s.paragraph)).toContain(part);
    for (const s of statements) expect(s.text.split(' ').every((w) => paragraphText(s.paragraph).includes(w))).toBe(true);
  });

  it('when speakers are counted, then the counts equal the statements', () => {
    for (const sp of speakers) expect(sp.statements).toBe(statements.filter((s) => s.speaker === sp.name).length);
  });
});
