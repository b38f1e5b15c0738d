// The whole CLI in-process: flags, exit codes, stdout/stderr discipline, pager decisions.

import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

describe('show', () => {
  it('when run with no subcommand, then it shows the article like show does', async () => {
    const [bare, show] = await Promise.all([runCli(['--width', '60']), runCli(['show', '--width', '60'])]);
    expect(bare.stdout).toBe(show.stdout);
    expect(bare.stdout).toMatch(/^China concerned over deepening/);
    expect(bare.stderr).toBe('');
  });

  it.each([
    ['2', 'Strategic implications of North Korea-Russia cooperation'],
    ['strategic', 'Strategic implications of North Korea-Russia cooperation'],
    ['DIVIDED PERSPECTIVES', 'Divided perspectives on China’s position'],
  ])('when --section %j is asked for, then only that section is shown', async (spec, title) => {
    const r = await runCli(['show', '--section', spec, '--width', '80']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(title);
    expect(r.stdout).not.toContain('China appears increasingly uneasy');
  });

  it('when --section lead is asked for, then the untitled lead is shown', async () => {
    const r = await runCli(['show', '--section', 'lead']);
    expect(r.stdout).toMatch(/^China appears increasingly uneasy/);
  });

  it.each(['99', 'nonexistent', '0'])('when --section %j matches nothing, then exit 1 with one line', async (spec) => {
    const r = await runCli(['show', '--section', spec]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^article-reader: no section .* sections 1-3 .*\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('when --section is combined with --json, then the JSON holds that section only', async () => {
    const r = await runCli(['show', '--section', '3', '--json']);
    const json = JSON.parse(r.stdout) as { sections: { number: number }[] };
    expect(json.sections.map((s) => s.number)).toEqual([3]);
  });

  it('when --numbers is given, then each paragraph carries its number', async () => {
    const r = await runCli(['show', '--numbers', '--width', '100']);
    expect(r.stdout).toContain('[8] Campbell noted that');
    expect(r.stdout).toContain('[24] As North Korea deepens');
  });

  it('when the article has a standfirst and a byline of two lines, then the title block shows them under the title', async () => {
    const text = 'Ocean heat hits record\n\nScientists say warmer seas drive stronger storms\n\nBy Ellen Hart\nScience Correspondent\n\nThe oceans absorbed more heat than ever, the study found.\n';
    const r = await runCli(['show', '--file', '-'], { stdin: text });
    expect(r.stdout.split('\n').slice(0, 5)).toEqual(['Ocean heat hits record', 'Scientists say warmer seas drive stronger storms', 'By Ellen Hart', 'Science Correspondent', '10 words']);
    const styled = await runCli(['show', '--color', 'always', '--file', '-'], { stdin: text });
    expect(styled.stdout).toContain('\u001b[3mScientists say warmer seas drive stronger storms\u001b[23m');
  });

  it('when a paragraph is an item of a list, then its wrapped lines hang under its text, not its bullet', async () => {
    const text = 'Budget passes\n\nThe council approved the budget on Tuesday.\n\n• Spending rises by 4% after years of cuts to libraries and parks\n• Reserves fall\n';
    const r = await runCli(['show', '--width', '40', '--file', '-'], { stdin: text });
    expect(r.stdout).toContain('• Spending rises by 4% after years of\n  cuts to libraries and parks\n\n• Reserves fall\n');
  });

  it('when show --json is run, then it has the contract keys', async () => {
    const json = JSON.parse((await runCli(['show', '--json'])).stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'site', 'tagline', 'title', 'standfirst', 'readingTime', 'byline', 'published', 'words', 'duplicatesDropped', 'sections', 'captions',
    ]);
    expect(json.duplicatesDropped).toBe(1);
  });
});

describe('sections', () => {
  it('when listed as JSON, then numbers, titles and counts follow the contract', async () => {
    const json = JSON.parse((await runCli(['sections', '--json'])).stdout) as unknown[];
    expect(json).toEqual([
      { number: 1, title: null, paragraphs: 7, words: expect.any(Number) },
      { number: 2, title: 'Strategic implications of North Korea-Russia cooperation', paragraphs: 7, words: expect.any(Number) },
      { number: 3, title: 'Divided perspectives on China’s position', paragraphs: 10, words: expect.any(Number) },
    ]);
  });

  it('when listed, then section words add up to the article words', async () => {
    const sections = JSON.parse((await runCli(['sections', '--json'])).stdout) as { words: number }[];
    const article = JSON.parse((await runCli(['show', '--json'])).stdout) as { words: number };
    expect(sections.reduce((n, s) => n + s.words, 0)).toBe(article.words);
  });
});

describe('input', () => {
  it('when --file - is given, then the article is read from stdin', async () => {
    const r = await runCli(['sections', '--file', '-', '--json'], { stdin: 'Title here\n\nOne paragraph of text.\n' });
    expect(JSON.parse(r.stdout)).toEqual([{ number: 1, title: null, paragraphs: 1, words: 4 }]);
  });

  it('when --file names a missing file, then exit 2 with one line naming it', async () => {
    const r = await runCli(['show', '--file', '/nonexistent/story.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("article-reader: cannot read '/nonexistent/story.txt': no such file\n");
  });

  it('when --file - is given but stdin is a terminal, then exit 2 rather than wait', async () => {
    const r = await runCli(['show', '--file', '-'], { stdinIsTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/standard input.*terminal/);
  });
});

describe('usage', () => {
  it.each([
    [['--bogus'], /unknown option '--bogus'/],
    [['show', '--section'], /argument missing/],
    [['--color', 'sometimes'], /sometimes/],
    [['--width', 'abc'], /--width must be a whole number/],
    [['--width', '0'], /--width must be between/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['sectons'], /unknown command 'sectons' \(Did you mean sections\?\)/],
    [['show', 'extra'], /too many arguments/],
  ])('when run with %j, then exit 2 with one line on stderr', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^article-reader: [^\n]*\n$/);
  });

  it('when --help is asked for, then it leads with examples and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Examples:\n/);
    expect(r.stdout).toContain('Commands:');
  });

  it('when --version is asked for, then it prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([['--width', '50'], ['--file', '-'], ['--color', 'never', '--width', '50']])(
    'when only global options %j are given, then show runs',
    async (...args) => {
      const r = await runCli(args, { stdin: 'Title\n\nBody text here.\n' });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toBe('');
    },
  );

  it('when a global option follows the subcommand, then it still applies', async () => {
    const r = await runCli(['sections', '--width', '30']);
    expect(r.code).toBe(0);
    for (const line of r.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(30);
  });
});

describe('pager', () => {
  it('when stdout is a short TTY and the article is taller, then the pager gets the text', async () => {
    const r = await runCli(['show'], { tty: true, columns: 80, rows: 10, env: { PAGER: 'mypager' } });
    expect(r.paged).toHaveLength(1);
    expect(r.paged[0]?.command).toBe('mypager');
    expect(r.stdout).toBe('');
  });

  it('when the output fits the screen, then no pager runs', async () => {
    const r = await runCli(['sections'], { tty: true, columns: 80, rows: 40 });
    expect(r.paged).toHaveLength(0);
    expect(r.stdout).toContain('(lead)');
  });

  it('when the pager cannot start, then the text is written directly', async () => {
    const r = await runCli(['show'], { tty: true, rows: 10, pagerStarts: false, env: { PAGER: 'does-not-exist' } });
    expect(r.paged).toHaveLength(1);
    expect(r.stdout).toContain('China appears increasingly uneasy');
  });

  it('when --no-pager is given, then no pager runs on a TTY', async () => {
    const r = await runCli(['show', '--no-pager'], { tty: true, rows: 10 });
    expect(r.paged).toHaveLength(0);
    expect(r.stdout).toContain('\u001b[');
  });
});
