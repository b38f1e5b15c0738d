// A user's regular expression runs in a worker thread with a time budget, and the worker is terminated
// when it overruns: V8's engine backtracks, and `(a+)+$` over 100,000 a's would otherwise never return.
//
// Why a bounded worker and not a linear-time engine: the issue promises JavaScript regular expressions
// (lookbehind, backreferences, \p{…} in Unicode mode), which a linear-time engine cannot run, and V8's
// --enable-experimental-regexp-engine is a process flag that still refuses those features. A worker is the
// one place a running RegExp can be stopped: the main thread stays free to keep time.
//
// The worker is started from source text (eval), not from a file: the same code then runs from src/ under
// vitest and from the esbuild bundle in dist/, and the build needs no second entry point.

import { Worker } from 'node:worker_threads';
import { ReaderError } from '../errors.js';
import { findAll, type CompiledPattern, type Finder } from './search.js';

/** Default budget for one batch of text (see BATCH_CHARS in search-stream.ts). */
export const DEFAULT_REGEX_TIMEOUT_MS = 2000;
export const REGEX_TIMEOUT_ENV = 'ARTICLE_READER_REGEX_TIMEOUT_MS';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const findAll = ${findAll.toString()};
const re = new RegExp(workerData.source, workerData.flags);
parentPort.on('message', (texts) => parentPort.postMessage(texts.map((text) => findAll(re, text))));
`;

/** The budget from the environment, else the default; a ReaderError when it is set but not a number. */
export function regexTimeout(env: Readonly<Record<string, string | undefined>>): number {
  const value = env[REGEX_TIMEOUT_ENV];
  if (value === undefined || value === '') return DEFAULT_REGEX_TIMEOUT_MS;
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) {
    throw new ReaderError(`${REGEX_TIMEOUT_ENV} must be a whole number of milliseconds, not '${value}'`);
  }
  return Number(value);
}

export function tooSlow(timeoutMs: number): ReaderError {
  return new ReaderError(
    `regular expression took too long (catastrophic backtracking?): stopped after ${timeoutMs} ms; ` +
      `simplify it, or set ${REGEX_TIMEOUT_ENV} to allow more`,
  );
}

/** A Finder that runs the pattern in a worker, stopping it (and failing) when one batch overruns. */
export function guardedFinder(pattern: CompiledPattern, timeoutMs: number): Finder {
  let worker: Worker | null = null;
  let online: Promise<void> | null = null;

  const start = (): Promise<void> => {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { source: pattern.source, flags: pattern.flags } });
    const w = worker;
    // Start-up is not the expression's fault: the budget starts once the worker is running.
    return new Promise<void>((resolve, reject) => {
      w.once('online', resolve);
      w.once('error', reject);
    });
  };

  return {
    async find(texts) {
      online ??= start();
      await online;
      const w = worker!;
      return new Promise<number[][]>((resolve, reject) => {
        const done = (): void => {
          clearTimeout(timer);
          w.off('message', onMessage);
          w.off('error', onError);
        };
        const onMessage = (offsets: number[][]): void => {
          done();
          resolve(offsets);
        };
        const onError = (err: Error): void => {
          done();
          reject(new ReaderError(`regular expression failed: ${err.message}`));
        };
        const timer = setTimeout(() => {
          done();
          void w.terminate();
          worker = null;
          reject(tooSlow(timeoutMs));
        }, timeoutMs);
        w.on('message', onMessage);
        w.on('error', onError);
        w.postMessage(texts);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w !== null) await w.terminate();
    },
  };
}
