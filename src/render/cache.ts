// The cache command's report as text: the folder (or that there is none), then what it holds.

import { sanitize } from './sanitize.js';

export interface CacheReport {
  /** Null when the cache is off (ARTICLE_READER_CACHE=off, or no home folder to put it in). */
  readonly folder: string | null;
  readonly entries: number;
  readonly bytes: number;
  /** Entries removed, with --clear. */
  readonly removed?: number;
}

export function renderCache(r: CacheReport): string {
  if (r.folder === null) return 'attribution cache: off\n';
  const removed = r.removed === undefined ? '' : `removed ${count(r.removed)}\n`;
  return `${removed}attribution cache: ${sanitize(r.folder)}\n${count(r.entries)}, ${size(r.bytes)}\n`;
}

const count = (n: number): string => `${n} ${n === 1 ? 'entry' : 'entries'}`;

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
