// search through the whole CLI in-process: output per mode, exit codes 0/1/2, flags, streamed input.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../helpers/scratch.js';
import { parseArticle } from '../../src/parse/article.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/search-typography.txt', import.meta.url));
const HARBOUR = ['--file', FIXTURE];

interface JsonHit {
  kind: string;
  paragraph: number | null;
  section: number | null;
  sentence: string;
  matches: { start: number; end: number; text: string }[];
  before?: string[];
  after?: string[];
  afterParagraph?: number;
}

async function json(args: string[]): Promise<JsonHit[]> {
  const r = await runCli(['search', ...args, '--json']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as JsonHit[];
}

describe('exit status', () => {
  it.each([
    [['Campbell'], 0],
    [['zzz-not-there'], 1],
    [['-e', '[a-'], 2],
    [[''], 2],
    [['-i', '-s', 'x'], 2],
    [['-C', 'two', 'x'], 2],
    [['Campbell', '--file', 'no-such-article.txt'], 2],
    [['-c', 'Campbell'], 0],
    [['-c', 'zzz-not-there'], 1],
    [['--json', 'zzz-not-there'], 1],
  ] as const)('when search is run with %j, then it exits %d', async (args, code) => {
    expect((await runCli(['search', ...args])).code).toBe(code);
  });

  it.each([
    [['-e', '(?<x'], /^article-reader: invalid regular expression '\(\?<x': .+\n$/],
    [[''], /^article-reader: empty pattern: give the words to look for, e\.g\. 'article-reader search Campbell'\n$/],
    [['-i', '-s', 'x'], /^article-reader: option '-i, --ignore-case' cannot be used with option '-s, --case-sensitive'/],
    [['-C', '-1', 'x'], /^article-reader: /],
    [['-C', 'two', 'x'], /^article-reader: --context must be a whole number of sentences \(0-1000\), not 'two'\n$/],
    [['x', '--file', 'no-such-article.txt'], /^article-reader: cannot read 'no-such-article.txt': no such file\n$/],
    [['x', '--file', '/'], /^article-reader: cannot read '\/': is a directory, not a file\n$/],
    [[], /^article-reader: .*missing required argument 'pattern'/],
  ] as const)('when search is run with %j, then one line on stderr says why, and stdout is empty', async (args, message) => {
    const r = await runCli(['search', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    ['a missing file', 'no-such-article.txt'],
    ['a directory', '/'],
    ['a path through a file', `${FIXTURE}/x`],
  ])('when --file names %s, then search says why in the same words as sections', async (_what, path) => {
    const [search, sections] = await Promise.all([runCli(['search', 'x', '--file', path]), runCli(['sections', '--file', path])]);
    expect([search.code, sections.code]).toEqual([2, 2]);
    expect(search.stderr).toMatch(/^article-reader: cannot read '.*': [^\n]+\n$/);
    expect(search.stderr).toBe(sections.stderr);
  });

  it('when nothing matches, then nothing is printed at all', async () => {
    const r = await runCli(['search', 'zzz-not-there']);
    expect([r.stdout, r.stderr]).toEqual(['', '']);
  });

  it('when a runaway regex overruns its budget, then it exits 2 with one line naming the cause', async () => {
    const dir = scratchDir('search');
    const file = join(dir, 'aaa.txt');
    writeFileSync(file, `${'a'.repeat(30_000)}b\n`);
    const r = await runCli(['search', '-e', '(a+)+$', '--file', file], { env: { ARTICLE_READER_REGEX_TIMEOUT_MS: '100' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'article-reader: regular expression took too long (catastrophic backtracking?): stopped after 100 ms; ' +
        'simplify it, or set ARTICLE_READER_REGEX_TIMEOUT_MS to allow more\n',
    );
  });
});

describe('plain output (piped)', () => {
  it('when piped, then each hit is <paragraph>:<sentence> with no escape codes', async () => {
    const r = await runCli(['search', 'Campbell']);
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0])).toEqual(['1', '2', '8']);
    expect(r.stdout).toContain('8:Campbell noted that discussions');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('when the title, a heading and a caption match, then their lines start title:, heading: and caption:', async () => {
    const r = await runCli(['search', 'pier', ...HARBOUR]);
    const labels = r.stdout.split('\n').filter(Boolean).map((l) => /^[^:]+/.exec(l)![0]);
    expect(labels).toEqual(['title', '1', '2', '3', 'caption', 'heading', '4', '6', '7', '8']);
  });

  it('when the standfirst under the title matches, then its line starts standfirst: and its JSON kind says so', async () => {
    const text = 'Ocean heat hits record\n\nScientists say warmer seas drive stronger storms\n\nBy Ellen Hart\n\nStorms grew stronger as the oceans warmed, the study found.\n';
    const plain = await runCli(['search', 'storms', '--file', '-'], { stdin: text });
    expect(plain.stdout).toBe('standfirst:Scientists say warmer seas drive stronger storms\n1:Storms grew stronger as the oceans warmed, the study found.\n');
    const hits = JSON.parse((await runCli(['search', '--json', 'storms', '--file', '-'], { stdin: text })).stdout) as JsonHit[];
    expect(hits.map((h) => [h.kind, h.paragraph, h.section])).toEqual([['standfirst', null, null], ['paragraph', 1, 1]]);
  });

  it('when the article text holds escape sequences, then the plain line has none of them', async () => {
    const r = await runCli(['search', 'prankster', ...HARBOUR]);
    expect(r.stdout).toBe('7:A prankster’s sign read “pier ahead” at the gate.\n');
  });

  it('when -C 1 is given, then context lines use - and separate groups are divided by --', async () => {
    const r = await runCli(['search', '-C', '1', 'Hale', ...HARBOUR]);
    expect(r.stdout).toBe(
      '1-The town council’s vote on the new pier was delayed again on Monday.\n' +
        '1:Mr. Hale, the harbour master, said the delay “costs us a season.”\n' +
        '1-Residents were split.\n',
    );
  });

  it('when -c is given, then it prints the number of matches, two in one sentence counting two', async () => {
    expect((await runCli(['search', '-c', 'pier', ...HARBOUR])).stdout).toBe('12\n');
    expect((await runCli(['search', '-c', '-w', 'pier', ...HARBOUR])).stdout).toBe('11\n');
    expect((await runCli(['search', '-c', '--json', 'pier', ...HARBOUR])).stdout).toBe('{\n  "count": 12\n}\n');
  });
});

describe('JSON output', () => {
  it('when --json is given, then each hit has the contract keys and offsets into its sentence', async () => {
    const hits = await json(['China’s position']);
    expect(hits.map((h) => Object.keys(h))).toEqual([['kind', 'paragraph', 'section', 'sentence', 'matches']]);
    expect(hits[0]).toEqual({
      kind: 'heading',
      paragraph: null,
      section: 3,
      sentence: 'Divided perspectives on China’s position',
      matches: [{ start: 24, end: 40, text: 'China’s position' }],
    });
  });

  it("when a straight-quoted pattern is typed, then it finds the curly text and reports the article's characters", async () => {
    const hits = await json(["china's stance"]);
    expect(hits.map((h) => [h.kind, h.paragraph, h.matches.map((m) => m.text)])).toEqual([
      ['paragraph', 3, ['China’s stance']],
      ['paragraph', 19, ['China’s stance']],
    ]);
  });

  it('when every kind of place matches, then kind, paragraph, section and afterParagraph say where', async () => {
    const hits = await json(['pier', ...HARBOUR]);
    expect(hits.map((h) => [h.kind, h.paragraph, h.section, h.afterParagraph])).toEqual([
      ['title', null, null, undefined],
      ['paragraph', 1, 1, undefined],
      ['paragraph', 2, 1, undefined],
      ['paragraph', 3, 1, undefined],
      ['caption', null, 1, 3],
      ['heading', null, 2, undefined],
      ['paragraph', 4, 2, undefined],
      ['paragraph', 6, 2, undefined],
      ['paragraph', 7, 2, undefined],
      ['paragraph', 8, 2, undefined],
    ]);
    for (const h of hits) for (const m of h.matches) expect(h.sentence.slice(m.start, m.end)).toBe(m.text);
  });

  it('when -C is given with --json, then each hit carries its before and after sentences', async () => {
    const [hit] = await json(['-C', '1', 'Hale', ...HARBOUR]);
    expect(hit!.before).toEqual(['The town council’s vote on the new pier was delayed again on Monday.']);
    expect(hit!.after).toEqual(['Residents were split.']);
  });

  it('when nothing matches with --json, then it prints an empty list', async () => {
    const r = await runCli(['search', '--json', 'zzz-not-there']);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

describe('agreement with show', () => {
  const COUNCIL = fileURLToPath(new URL('../fixtures/council.txt', import.meta.url));
  it.each([
    ['bundled', [], 'e'],
    ['harbour', HARBOUR, 'e'],
    ['council', ['--file', COUNCIL], 'e'],
  ] as const)('when %s is searched for %j, then each hit is in the paragraph, heading or caption show has there', async (_name, file, pattern) => {
    const article = JSON.parse((await runCli(['show', '--json', ...file])).stdout) as {
      title: string;
      sections: { number: number; title: string | null; paragraphs: { number: number; text: string }[] }[];
      captions: { text: string; afterParagraph: number }[];
    };
    const hits = await json([pattern, ...file]);
    expect(hits.length).toBeGreaterThan(5);
    for (const h of hits) {
      const where =
        h.kind === 'title' ? article.title
        : h.kind === 'heading' ? article.sections[h.section! - 1]!.title
        : h.kind === 'caption' ? article.captions.find((c) => c.afterParagraph === h.afterParagraph && c.text.includes(h.sentence))?.text
        : article.sections[h.section! - 1]!.paragraphs.find((p) => p.number === h.paragraph)?.text;
      expect(where).toContain(h.sentence);
    }
  });
});

describe('flags', () => {
  it.each([
    [['campbell'], 3],
    [['CAMPBELL'], 0],
    [['-i', 'CAMPBELL'], 3],
    [['-s', 'campbell'], 0],
    [['-w', 'Camp'], 0],
    [['Camp'], 3],
    [['-e', 'Camp(?=bell)'], 3],
    [['-e', '^Campbell'], 1],
  ] as const)('when search %j runs over the bundled article, then it counts %d matches', async (args, count) => {
    expect((await runCli(['search', '-c', ...args])).stdout).toBe(`${count}\n`);
  });

  it('when the pattern starts with -, then it can be given after --', async () => {
    const r = await runCli(['search', '--', '-led']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('US-led alliances');
  });

  it('when search --help is asked for, then its lines fit 80 columns and each example runs and finds something', async () => {
    const help = (await runCli(['search', '--help'])).stdout;
    for (const l of help.split('\n')) expect(l.length, l).toBeLessThanOrEqual(80);
    const examples = help.split('\n').filter((l) => l.startsWith('  $ article-reader search '));
    expect(examples.length).toBeGreaterThan(4);
    for (const l of examples) {
      const words = l.replace(/^  \$ article-reader /, '').split(/\s{2,}/)[0]!.match(/"[^"]*"|'[^']*'|\S+/g)!;
      const r = await runCli(words.map((w) => w.replace(/^(["'])(.*)\1$/, '$2')));
      expect([l, r.code, r.stderr]).toEqual([l, 0, '']);
    }
  });

  it('when search --help is asked for, then it leads with examples and exits 0', async () => {
    const r = await runCli(['search', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--regex');
  });
});

describe('input', () => {
  it('when the article comes on stdin with --file -, then it is searched', async () => {
    const r = await runCli(['search', 'pier', '--file', '-'], { stdin: 'A title\n\nThe new pier is long.\n\nAnd wide.\n' });
    expect(r.stdout).toBe('1:The new pier is long.\n');
  });

  it('when --file - is given but stdin is a terminal, then exit 2 without waiting for input', async () => {
    const r = await runCli(['search', 'pier', '--file', '-'], { stdinIsTTY: true });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('article-reader: --file - reads standard input, but it is a terminal: pipe an article in\n');
  });

  it('when the input has invalid UTF-8, then the search runs and a warning goes to stderr', async () => {
    const bytes = Buffer.concat([Buffer.from('Title here\n\nThe pier \xff is long.\n', 'latin1')]);
    const r = await runCli(['search', 'pier', '--file', '-'], { stdin: bytes });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('article-reader: warning: stdin: invalid UTF-8 (1 replaced with U+FFFD); the rest is shown as it is\n');
    const show = await runCli(['show', '--file', '-'], { stdin: bytes });
    expect(r.stderr).toBe(show.stderr);
  });

  it('when a file with invalid UTF-8 has controls in its name, then the warning shows them escaped', async () => {
    const dir = scratchDir('search');
    const file = join(dir, 'bad\u001b[2Jname.txt');
    writeFileSync(file, Buffer.from('Title here\n\nThe pier \xff is long.\n', 'latin1'));
    const r = await runCli(['search', 'pier', '--file', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('bad\\u001b[2Jname.txt');
  });

  it('when a long article is streamed, then the hits are those the whole-text parser finds', async () => {
    const dir = scratchDir('search');
    const file = join(dir, 'long.txt');
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} says the ${i % 7 === 0 ? 'pier' : 'quay'} is number ${i}.`);
    const text = `A long title\n\n${paragraphs.join('\n\n')}\n`;
    writeFileSync(file, text);
    const expected = parseArticle(text)
      .sections.flatMap((s) => s.paragraphs)
      .filter((p) => p.text.includes('pier'))
      .map((p) => `${p.number}:${p.text}`);
    const r = await runCli(['search', 'pier', '--file', file]);
    expect(r.stdout.trimEnd().split('\n')).toEqual(expected);
  });
});
