// The cache on disk (Io.cache): which folder, from the environment; entries written whole or not at all; the
// least recently used pruned. Every failure is silent (a read-only home, a full disk, a folder someone else
// owns): the cache only ever saves time, it never stops a command or alters its output.

import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Cache } from './io.js';

/** Kept at most: the most recently used entries, up to this many and this many bytes together. */
const MAX_ENTRIES = 32;
const MAX_BYTES = 64 * 1024 * 1024;
const SUFFIX = '.entry';
/** An entry being written (see write), or left half written by a run stopped before its rename. */
const TEMPORARY = /\.entry\.[0-9a-z]+\.tmp$/;

/**
 * ARTICLE_READER_CACHE names the folder, or turns the cache off (`off`, `0`, `no`, `false`); unset, it is the
 * platform's cache folder: $XDG_CACHE_HOME (when absolute, as the XDG spec asks), else %LOCALAPPDATA% on
 * Windows, else ~/.cache, with an `article-reader` folder in it. Null: no cache.
 */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>): string | null {
  const setting = env.ARTICLE_READER_CACHE;
  if (setting !== undefined && setting !== '') return /^(?:off|0|no|false)$/i.test(setting) ? null : setting;
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg !== undefined && isAbsolute(xdg) ? xdg : env.LOCALAPPDATA || (env.HOME ? join(env.HOME, '.cache') : undefined);
  return base === undefined ? null : join(base, 'article-reader');
}

/** `namespace`: what else the entries depend on (the build, the Node version): part of every file name. */
export function openCache(folder: string, namespace: string): Cache {
  const path = (key: string): string => join(folder, `${key}.${namespace}${SUFFIX}`);
  return {
    folder,
    read(key) {
      try {
        const entry = readFileSync(path(key));
        const now = new Date();
        utimesSync(path(key), now, now); // used now: pruned last
        return entry;
      } catch {
        return undefined;
      }
    },
    write(key, entry) {
      // Written aside, then renamed: a reader never sees half an entry, and two runs writing at once each
      // put a whole one in place.
      const temporary = `${path(key)}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        writeFileSync(temporary, entry, { mode: 0o600 });
        renameSync(temporary, path(key));
        prune(folder);
      } catch {
        try {
          unlinkSync(temporary);
        } catch {
          // never written
        }
      }
    },
    usage() {
      try {
        const entries = entriesIn(folder);
        return { entries: entries.length, bytes: entries.reduce((n, e) => n + e.size, 0) };
      } catch {
        return { entries: 0, bytes: 0 };
      }
    },
    clear() {
      let removed = 0;
      try {
        for (const name of readdirSync(folder)) {
          // (And any entry a run left half written, when it was stopped between writing and renaming.)
          if (!name.endsWith(SUFFIX) && !TEMPORARY.test(name)) continue;
          try {
            unlinkSync(join(folder, name));
            if (name.endsWith(SUFFIX)) removed++;
          } catch {
            // gone already, or not ours to remove
          }
        }
      } catch {
        // no folder: nothing to clear
      }
      return removed;
    },
  };
}

/** The folder's entries, most recently used first. */
function entriesIn(folder: string): { name: string; used: number; size: number }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(SUFFIX))
    .map((name) => {
      const stats = statSync(join(folder, name));
      return { name, used: stats.mtimeMs, size: stats.size };
    })
    .sort((a, b) => b.used - a.used);
}

function prune(folder: string): void {
  const entries = entriesIn(folder);
  let total = 0;
  entries.forEach((entry, i) => {
    total += entry.size;
    if (i > 0 && (i >= MAX_ENTRIES || total > MAX_BYTES)) unlinkSync(join(folder, entry.name));
  });
}
