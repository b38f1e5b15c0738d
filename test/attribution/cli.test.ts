// quotes and speakers through the whole CLI, in-process: filters, exit codes, messages, JSON shape.

import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { matchSpeaker } from '../../src/query/speakers.js';

const W = ['--width', '80'];

describe('quotes --speaker', () => {
  it('when piped with --speaker campbell, then only Kurt Campbell is shown, plain', async () => {
    const r = await runCli(['quotes', '--speaker', 'campbell', ...W]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout.split('\n')[0]).toBe('Kurt Campbell, US Deputy Secretary of State');
    expect(r.stdout).not.toMatch(/Wilder|Paparo|Analysts/);
    expect(r.stdout).toMatch(/¶8\s+discussions with Chinese officials/);
  });

  it.each([['Kurt Campbell'], ['KURT CAMPBELL'], ['Campbell'], ['kurata'], ['analysts'], ['japanese officials']])(
    'when the speaker is given as %s, then it matches',
    async (name) => {
      const r = await runCli(['quotes', '--speaker', name, ...W]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toBe('');
    },
  );

  it.each([['spokesman'], ['spokesman for the company'], ['A spokesman for the company']])(
    'when a speaker is described, not named, and given as %s, then it matches',
    (name) => {
      const speakers = [{ name: 'A spokesman for the company', role: null, aliases: [], statements: 2, group: false }];
      expect(matchSpeaker(speakers, name)).toEqual({ found: true, speakers });
    },
  );

  it('when the name is misspelt, then exit 1 with one line naming the speakers and a did-you-mean', async () => {
    const r = await runCli(['quotes', '--speaker', 'Cambell', ...W]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("did you mean 'Campbell'?");
    expect(r.stderr).toContain('Kurt Campbell');
    expect(r.stderr).toContain('Hideya Kurata');
  });

  it('when the name is nothing like a speaker, then exit 1 without a did-you-mean', async () => {
    const r = await runCli(['quotes', '--speaker', 'Zebedee', ...W]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('did you mean');
    expect(r.stderr).toContain('known speakers:');
  });
});

describe('quotes --kind and exit codes', () => {
  it('when --kind mixed, then only the mixed statements are shown', async () => {
    const r = await runCli(['quotes', '--kind', 'mixed', '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { speaker: string; kind: string }[];
    expect(data.map((s) => s.speaker)).toEqual(['Dennis Wilder', 'Samuel Paparo']);
    expect(data.every((s) => s.kind === 'mixed')).toBe(true);
  });

  it('when a speaker has no statement of the kind, then exit 1', async () => {
    const r = await runCli(['quotes', '--speaker', 'Campbell', '--kind', 'direct']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no direct statements by Kurt Campbell/);
  });

  it('when --kind is not a kind, then exit 2', async () => {
    const r = await runCli(['quotes', '--kind', 'rumour']);
    expect(r.code).toBe(2);
  });

  it('when the article attributes nothing, then quotes and speakers exit 1 with "no statements found"', async () => {
    for (const command of ['quotes', 'speakers']) {
      const r = await runCli([command, '--file', '-'], { stdin: 'A quiet day\n\nThe council approved the budget on Tuesday.\n' });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('no statements found');
    }
  });
});

describe('JSON contract', () => {
  it('when quotes --json, then every statement has the contract keys and types', async () => {
    const r = await runCli(['quotes', '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(data.length).toBeGreaterThan(10);
    for (const s of data) {
      expect(Object.keys(s)).toEqual(['speaker', 'role', 'text', 'quoted', 'kind', 'cue', 'paragraph', 'section', 'via', 'mention', 'spans']);
      expect(s.mention === null || typeof s.mention === 'string').toBe(true);
      expect(Array.isArray(s.spans) && (s.spans as unknown[]).length > 0).toBe(true);
      expect(typeof s.speaker).toBe('string');
      expect(typeof s.text).toBe('string');
      expect(Array.isArray(s.quoted)).toBe(true);
      expect(['direct', 'indirect', 'mixed']).toContain(s.kind);
      expect(Number.isInteger(s.paragraph)).toBe(true);
      expect(Number.isInteger(s.section)).toBe(true);
    }
    // The headline ("…, says US official") comes first, as paragraph 0 of section 0.
    expect(data[0]).toMatchObject({ speaker: 'US official', cue: 'says', paragraph: 0, section: 0 });
    expect(data[1]).toMatchObject({ speaker: 'Kurt Campbell', role: 'US Deputy Secretary of State', cue: 'according to', paragraph: 1, section: 1, via: null });
  });

  it("when quotes --json gives spans, then they cut each statement's text out of its paragraph as show --json gives it", async () => {
    const quotes = JSON.parse((await runCli(['quotes', '--json'])).stdout) as { text: string; paragraph: number; spans: [number, number][] }[];
    const article = JSON.parse((await runCli(['show', '--json'])).stdout) as { title: string; sections: { paragraphs: { number: number; text: string }[] }[] };
    const texts = new Map<number, string>([[0, article.title], ...article.sections.flatMap((s) => s.paragraphs.map((p): [number, string] => [p.number, p.text]))]);
    for (const q of quotes) expect(q.spans.map(([a, b]) => texts.get(q.paragraph)!.slice(a, b)).join(' ')).toBe(q.text);
    // Who the sentence named: "He added that …" is Campbell's, and says "He".
    expect(quotes.some((q) => (q as { mention?: string }).mention === 'He' && (q as { speaker?: string }).speaker === 'Kurt Campbell')).toBe(true);
  });

  it('when speakers --json, then each speaker has name, role, aliases, statements and group', async () => {
    const r = await runCli(['speakers', '--json']);
    const data = JSON.parse(r.stdout) as Record<string, unknown>[];
    for (const s of data) expect(Object.keys(s)).toEqual(['name', 'role', 'aliases', 'statements', 'group']);
    expect(data.find((s) => s.name === 'Analysts')).toMatchObject({ group: true, statements: 1 });
    expect(data.find((s) => s.name === 'Samuel Paparo')).toMatchObject({ role: 'head of the US Indo-Pacific Command', group: false });
  });

  it('when quotes --json is asked with --color always, then it is never coloured', async () => {
    const r = await runCli(['quotes', '--json', '--color', 'always']);
    expect(r.stdout).not.toContain('\u001b');
  });
});

describe('hostile text', () => {
  it('when a speaker name carries escape sequences, then the output has none of them', async () => {
    const text = 'Title\n\n"We are ready," said Ann \u001b]0;pwned\u0007Lee, the coach.\n';
    const r = await runCli(['quotes', '--file', '-', '--color', 'never'], { stdin: text });
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).not.toContain('\u0007');
  });
});
