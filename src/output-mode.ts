// The output mode, decided once from flags, environment and terminal, then passed down as a value.
// Pure: takes the facts, returns the decision.

import { ReaderError } from './errors.js';
import type { ColorLevel } from './render/theme.js';

export type ColorWhen = 'auto' | 'always' | 'never';

export interface OutputFacts {
  readonly color: ColorWhen;
  /** --width as given, unparsed. */
  readonly width: string | undefined;
  readonly pager: boolean;
  readonly json: boolean;
  readonly stdoutIsTTY: boolean;
  readonly columns: number | undefined;
  readonly rows: number | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface OutputMode {
  /** null: plain text, no escape codes. */
  readonly colorLevel: ColorLevel | null;
  readonly width: number;
  /** The pager command when output may be paged (a TTY, not JSON, not --no-pager), else null. */
  readonly pager: string | null;
  readonly rows: number;
}

export const DEFAULT_WIDTH = 80;
/** Lines longer than this are hard to read; --width can still ask for more. */
export const READING_WIDTH = 100;
export const MIN_WIDTH = 10;
export const MAX_WIDTH = 1000;

export function parseWidth(value: string, source: string): number {
  const range = `${MIN_WIDTH} to ${MAX_WIDTH}`;
  if (!/^\s*\d+\s*$/.test(value))
    throw new ReaderError(`${source} must be a whole number of columns (${range}, e.g. ${source} 80), not '${value}'`);
  const n = Number(value);
  if (n < MIN_WIDTH || n > MAX_WIDTH)
    throw new ReaderError(`${source} must be between ${MIN_WIDTH} and ${MAX_WIDTH} columns (e.g. ${source} 80), not ${value.trim()}`);
  return n;
}

function decideWidth(facts: OutputFacts): number {
  if (facts.width !== undefined) return parseWidth(facts.width, '--width');
  const fromEnv = facts.env.COLUMNS;
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv) && Number(fromEnv) >= MIN_WIDTH)
    return Math.min(Number(fromEnv), READING_WIDTH);
  if (facts.stdoutIsTTY && facts.columns !== undefined && facts.columns > 0)
    return Math.max(MIN_WIDTH, Math.min(facts.columns, READING_WIDTH));
  return DEFAULT_WIDTH;
}

function levelFromEnv(env: OutputFacts['env']): ColorLevel {
  const force = env.FORCE_COLOR;
  if (force === '2') return 2;
  if (force === '3') return 3;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/256/.test(env.TERM ?? '')) return 2;
  return 1;
}

function forcedOn(env: OutputFacts['env']): boolean {
  const force = env.FORCE_COLOR;
  return force !== undefined && force !== '0' && force !== 'false';
}

function decideColor(facts: OutputFacts): ColorLevel | null {
  if (facts.json || facts.color === 'never') return null;
  if (facts.color === 'always') return levelFromEnv(facts.env);
  const env = facts.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return null;
  if (env.FORCE_COLOR !== undefined) return forcedOn(env) ? levelFromEnv(env) : null;
  if (env.TERM === 'dumb') return null;
  return facts.stdoutIsTTY ? levelFromEnv(env) : null;
}

export function decideOutput(facts: OutputFacts): OutputMode {
  const pagerCommand = facts.env.PAGER === undefined ? 'less -FRX' : facts.env.PAGER.trim();
  const canPage = facts.pager && facts.stdoutIsTTY && !facts.json && pagerCommand !== '' && pagerCommand !== 'cat';
  return {
    colorLevel: decideColor(facts),
    width: decideWidth(facts),
    pager: canPage ? pagerCommand : null,
    rows: facts.rows !== undefined && facts.rows > 0 ? facts.rows : 24,
  };
}
