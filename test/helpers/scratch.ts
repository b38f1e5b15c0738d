// A scratch folder for one test file, removed when the file's tests end: the suite runs many times a day on
// shared machines and must not leave a folder in the system's temporary directory each time.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

// Registered when a test file first imports this module (vitest evaluates it once per file), so it runs after
// that file's last test, whichever test made the folder.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `article-reader-${prefix}-`));
  made.push(dir);
  return dir;
}
