// The npm package as a user gets it: `npm pack` → a tarball of only what running the reader needs →
// installed into an empty folder with no network (it has no dependencies: the bundle holds them, so neither the
// registry nor npm's cache is asked) → `npx article-reader show` prints the article. Needs dist/ and man/ built
// (`npm test` builds first).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { man: string[]; bin: Record<string, string>; dependencies?: Record<string, string> };

/** npm's own variables from an enclosing `npm test` (prefix, cache mode…) must not steer the nested npm. */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let dir = '';
let tarball = '';
let files: string[] = [];

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'main.js')) || !existsSync(join(root, 'man', 'article-reader.1'))) {
    throw new Error('dist/ or man/ is missing: run `npm run build` first');
  }
  dir = mkdtempSync(join(tmpdir(), 'article-reader-pack-'));
  // --ignore-scripts: the build already ran; rebuilding here would swap dist/ under tests running beside us.
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], root)) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = join(dir, packed!.filename);
  files = packed!.files.map((f) => f.path).sort();
}, 60_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('npm package', () => {
  it('when packed, then the tarball holds only the built program (its two bundles and their code caches), bin, data, man page, README, LICENSE and package.json', () => {
    const unexpected = files.filter((f) => !/^(dist\/[^/]+\.js|dist\/(?:main|attribution)\.js\.cache|dist\/package\.json|dist\/THIRD-PARTY-NOTICES\.txt|bin\/(?:[^/]+\.js|package\.json)|data\/[^/]+\.txt|man\/[^/]+\.1|README\.md|LICENSE|package\.json)$/.test(f));
    expect(unexpected).toEqual([]);
    for (const needed of ['dist/main.js', 'dist/main.js.cache', 'dist/attribution.js', 'dist/attribution.js.cache', 'dist/THIRD-PARTY-NOTICES.txt', 'bin/article-reader.js', 'bin/package.json', 'man/article-reader.1', 'README.md', 'LICENSE']) expect(files).toContain(needed);
    expect(files.some((f) => f.startsWith('data/'))).toBe(true);
  });

  it('when packed, then the package depends on nothing, as the bundle holds what it uses, with their notices', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    const notices = readFileSync(join(root, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const bundled of ['chalk', 'commander', 'string-width', 'wrap-ansi']) expect(notices).toMatch(new RegExp(`^${bundled}@\\d`, 'm'));
  });

  it('when packed, then every man page and bin that package.json names is in the tarball', () => {
    for (const path of [...pkg.man, ...Object.values(pkg.bin)]) expect(files).toContain(path.replace(/^\.\//, ''));
  });

  it('when the tarball is installed offline into an empty folder, then `npx article-reader show` prints the article', () => {
    const app = join(dir, 'app');
    mkdirSync(app);
    npm(['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], app);
    const shown = spawnSync('npx', ['--offline', 'article-reader', 'show', '--width', '60'], { cwd: app, env, encoding: 'utf8' });
    expect(shown.stderr).toBe('');
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/^China concerned over deepening Russia-North Korea/);
    expect(shown.stdout.split('\n').every((l) => l.length <= 60)).toBe(true);
    const sections = spawnSync('npx', ['--offline', 'article-reader', 'sections'], { cwd: app, env, encoding: 'utf8' });
    expect(sections.status).toBe(0);
    // (quotes loads the attribution engine's own bundle, dist/attribution.js.)
    const quotes = spawnSync('npx', ['--offline', 'article-reader', 'quotes', '--speaker', 'Campbell'], { cwd: app, env, encoding: 'utf8' });
    expect(quotes.stderr).toBe('');
    expect(quotes.stdout).toMatch(/^Kurt Campbell/);
  }, 120_000);
});
