import { describe, expect, it } from 'vitest';
import { decideOutput, type OutputFacts } from '../src/output-mode.js';

const base: OutputFacts = {
  color: 'auto',
  width: undefined,
  pager: true,
  json: false,
  stdoutIsTTY: false,
  columns: undefined,
  rows: undefined,
  env: {},
};
const decide = (facts: Partial<OutputFacts>) => decideOutput({ ...base, ...facts });

describe('colour', () => {
  it.each<[string, Partial<OutputFacts>, number | null]>([
    ['piped', {}, null],
    ['a TTY', { stdoutIsTTY: true }, 1],
    ['a TTY with NO_COLOR=1', { stdoutIsTTY: true, env: { NO_COLOR: '1' } }, null],
    ['a TTY with NO_COLOR empty', { stdoutIsTTY: true, env: { NO_COLOR: '' } }, 1],
    ['piped with FORCE_COLOR=1', { env: { FORCE_COLOR: '1' } }, 1],
    ['piped with FORCE_COLOR=3', { env: { FORCE_COLOR: '3' } }, 3],
    ['a TTY with FORCE_COLOR=0', { stdoutIsTTY: true, env: { FORCE_COLOR: '0' } }, null],
    ['a TTY with TERM=dumb', { stdoutIsTTY: true, env: { TERM: 'dumb' } }, null],
    ['a 256-colour TTY', { stdoutIsTTY: true, env: { TERM: 'xterm-256color' } }, 2],
    ['piped with --color always', { color: 'always' }, 1],
    ['a TTY with --color never', { stdoutIsTTY: true, color: 'never' }, null],
    ['--color always with NO_COLOR', { color: 'always', env: { NO_COLOR: '1' } }, 1],
    ['a TTY with --json', { stdoutIsTTY: true, json: true }, null],
  ])('when stdout is %s, then the colour level is %s', (_label, facts, level) => {
    expect(decide(facts).colorLevel).toBe(level);
  });
});

describe('width', () => {
  it.each<[string, Partial<OutputFacts>, number]>([
    ['nothing is known', {}, 80],
    ['--width 120', { width: '120' }, 120],
    ['COLUMNS=40', { env: { COLUMNS: '40' } }, 40],
    ['COLUMNS=200 (capped to reading width)', { env: { COLUMNS: '200' } }, 100],
    ['--width beats COLUMNS', { width: '50', env: { COLUMNS: '40' } }, 50],
    ['a 60-column TTY', { stdoutIsTTY: true, columns: 60 }, 60],
    ['a 0-column pty', { stdoutIsTTY: true, columns: 0 }, 80],
    ['a 300-column TTY', { stdoutIsTTY: true, columns: 300 }, 100],
    ['COLUMNS=abc is ignored', { env: { COLUMNS: 'abc' } }, 80],
  ])('when %s, then the width is %i', (_label, facts, width) => {
    expect(decide(facts).width).toBe(width);
  });

  it.each(['0', '-5', 'abc', '', '1e3', '5'])('when --width is %j, then it is a usage error', (width) => {
    expect(() => decide({ width })).toThrow(/--width must/);
  });
});

describe('pager', () => {
  it.each<[string, Partial<OutputFacts>, string | null]>([
    ['piped', {}, null],
    ['a TTY', { stdoutIsTTY: true }, 'less -FRX'],
    ['a TTY with PAGER=most', { stdoutIsTTY: true, env: { PAGER: 'most' } }, 'most'],
    ['a TTY with --no-pager', { stdoutIsTTY: true, pager: false }, null],
    ['a TTY with --json', { stdoutIsTTY: true, json: true }, null],
    ['a TTY with PAGER empty', { stdoutIsTTY: true, env: { PAGER: '' } }, null],
  ])('when stdout is %s, then the pager is %s', (_label, facts, pager) => {
    expect(decide(facts).pager).toBe(pager);
  });
});
