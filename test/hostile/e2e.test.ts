// Hostile and broken input through the built bin in a real process (npm test builds first): every bad input
// gets one line on stderr and the right exit status, article text never drives the terminal, a closed pipe
// is not an error, and Ctrl-C while the pager runs leaves nothing behind.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { styledTheme, type Theme } from '../../src/render/theme.js';
import { BIN, ENV, ESCAPES_FIXTURE, TERMINAL_UNSAFE, bin, scratch, sh, subcommands } from './helpers.js';

const dir = scratch();
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const ARTICLE = [
  'Harbour Board Meets Again',
  '',
  'The harbour board met on Tuesday to discuss the new ferry timetable and the cost of dredging the channel.',
  '',
  '"We cannot wait another winter," said the chair, Ana Ruiz, who has led the board since 2019.',
  '',
  'Dredging Costs',
  '',
  'Engineers put the cost at four million, spread over three years, with work starting in the spring.',
  '',
].join('\n');

/** One line on stderr, naming the program. */
const ONE_LINE = /^article-reader: [^\n]+\n$/;

describe('when the input file is unusable', () => {
  const missing = join(dir, 'no-such-article.txt');
  const cases: readonly (readonly [string, string, RegExp])[] = [
    ['a missing path', missing, /'.*no-such-article\.txt': no such file/],
    ['a directory', dir, /is a directory/],
    ['an empty file', file('empty.txt', ''), /'.*empty\.txt': is empty/],
    ['whitespace only', file('blank.txt', ' \t\r\n\n\u00a0 \n'), /'.*blank\.txt': contains only whitespace/],
    ['NUL bytes', file('nul.txt', Buffer.from('Some text\0with a NUL\n')), /'.*nul\.txt': contains binary data/],
    ['a PNG image', file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /PNG image/],
    ['a gzip file', file('article.txt.gz', gzipSync(ARTICLE)), /'.*article\.txt\.gz': looks like gzip data/],
    ['UTF-16 without a BOM', file('utf16.txt', Buffer.from(ARTICLE, 'utf16le')), /UTF-16LE text without a byte-order mark; convert it/],
  ];
  it.each(cases)('when it is %s, then exit 2 with one line naming the path and the problem', (_name, path, message) => {
    for (const command of ['show', 'sections']) {
      const r = bin([command, '--file', path]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(ONE_LINE);
      expect(r.stderr).toMatch(message);
    }
  });
});

describe('when a file name holds escape sequences', () => {
  it('when it is echoed in an error or a warning, then its controls are shown as \\u escapes, not sent', () => {
    const hostile = `bad\u001b]0;pwned\u0007\u009b2J\u202ename.txt`;
    const missing = bin(['show', '--file', join(dir, hostile)]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/bad\\u001b\]0;pwned\\u0007\\u009b2J\\u202ename\.txt': no such file\n$/);
    expect(missing.stderr).not.toMatch(TERMINAL_UNSAFE);
    const warned = bin(['sections', '--file', file(hostile, Buffer.from([0x41, 0x42, 0xff, 0x0a]))]);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(/^article-reader: warning: '.*bad\\u001b.*': invalid UTF-8/);
    expect(warned.stderr).not.toMatch(TERMINAL_UNSAFE);
  });
});

describe('when the article is encoded unusually', () => {
  const baseline = file('baseline.txt', ARTICLE);
  const expected = (command: string) => bin([command, '--file', baseline, '--width', '50']).stdout;
  const utf16be = Buffer.from(`\ufeff${ARTICLE}`, 'utf16le').swap16();
  const cases: readonly (readonly [string, string | Buffer])[] = [
    ['a UTF-8 BOM', `\ufeff${ARTICLE}`],
    ['UTF-16 LE with a BOM', Buffer.from(`\ufeff${ARTICLE}`, 'utf16le')],
    ['UTF-16 BE with a BOM', utf16be],
    ['CRLF line endings', ARTICLE.replace(/\n/g, '\r\n')],
    ['lone CR line endings', ARTICLE.replace(/\n/g, '\r')],
  ];
  it.each(cases)('when it has %s, then the output is the same as for plain UTF-8 with LF', (name, content) => {
    const path = file(`${name.replace(/\W+/g, '-')}.txt`, content);
    for (const command of ['show', 'sections']) {
      const r = bin([command, '--file', path, '--width', '50']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(expected(command));
    }
  });

  it('when it has invalid UTF-8, then one warning goes to stderr and the rest is shown intact', () => {
    const bad = Buffer.concat([
      Buffer.from('Harbour Board Meets Again\n\nThe board met on Tues'),
      Buffer.from([0xff, 0xc3, 0x28]),
      Buffer.from('day to discuss the ferry timetable.\n\nEngineers put the cost at four million '),
      Buffer.from([0xe2, 0x82]),
      Buffer.from(' over three years.\n'),
    ]);
    const r = bin(['show', '--file', file('bad-utf8.txt', bad), '--width', '100']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(ONE_LINE);
    expect(r.stderr).toMatch(/warning: '.*bad-utf8\.txt': invalid UTF-8 \(3 replaced with U\+FFFD\)/);
    expect(r.stdout).toContain('The board met on Tues\ufffd\ufffd(day to discuss the ferry timetable.');
    expect(r.stdout).toContain('Engineers put the cost at four million \ufffd over three years.');
  });

  it('when it holds U+FFFD written as valid UTF-8, then there is no warning', () => {
    const r = bin(['show', '--file', file('literal-fffd.txt', 'Title Here\n\nA replacement \ufffd character, on purpose.\n')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('\ufffd character');
  });
});

describe('when the input is large', () => {
  it('when one line is 2 MB long, then it is shown whole, wrapped to the width', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => `w${i}`);
    const r = bin(['show', '--file', file('one-line.txt', `${words.join(' ')}\n`), '--width', '72']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeLessThanOrEqual(72);
    const shown = r.stdout.split(/\s+/);
    expect(shown.filter((w) => /^w\d+$/.test(w))).toEqual(words);
  });

  it('when the input is a device that never ends, then it is refused at its first bytes', () => {
    const r = bin(['show', '--file', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("article-reader: '/dev/zero': contains binary data (NUL bytes), not an article\n");
  });
});

describe('when the article comes from stdin', () => {
  const path = file('stdin-article.txt', ARTICLE);
  const fromFile = bin(['show', '--file', path]).stdout;

  it('when stdin is /dev/null, then exit 2 saying it is empty', () => {
    const r = sh('node "$BIN" show --file - </dev/null');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('article-reader: stdin: is empty\n');
  });

  it('when stdin is closed, then exit 2 with one line', () => {
    const r = sh('node "$BIN" show --file - <&-');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(ONE_LINE);
  });

  it('when stdin is a terminal, then exit 2 rather than wait for typing', () => {
    const r = sh(`script -qec 'node "$BIN" show --file -' /dev/null`);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('--file - reads standard input, but it is a terminal: pipe an article in');
  });

  it('when the producer is slow, then the whole article is read once it ends', () => {
    const r = sh(`(sleep 1; cat '${path}') | node "$BIN" show --file -`);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(fromFile);
  });

  it('when the producer stops part way, then what arrived is shown', () => {
    const r = sh(`(printf 'Harbour Board Meets Again\\n\\nThe harbour board met on Tues'; exit 3) | node "$BIN" show --file -`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The harbour board met on Tues\n');
  });
});

describe('when an option is wrong', () => {
  const cases: readonly (readonly [string, readonly string[], number, RegExp])[] = [
    ['an unknown option', ['show', '--colour', 'never'], 2, /unknown option '--colour'.*--help/],
    ['an unknown command', ['sectoins'], 2, /unknown command 'sectoins'.*sections/],
    ['a missing value', ['show', '--file'], 2, /'--file <path>' argument missing/],
    ['--width 0', ['--width', '0'], 2, /--width must be between 10 and 1000 columns \(e\.g\. --width 80\), not 0/],
    ['--width -5', ['--width', '-5'], 2, /--width must be a whole number of columns \(10 to 1000, e\.g\. --width 80\), not '-5'/],
    ['--width abc', ['--width', 'abc'], 2, /--width must be a whole number of columns.*not 'abc'/],
    ['--width 1e3', ['--width', '1e3'], 2, /--width must be a whole number of columns/],
    ['--section 99', ['show', '--section', '99'], 1, /no section '99': this article has sections 1-\d+ \(list them with 'article-reader sections'\)/],
    ['--color maybe', ['--color', 'maybe'], 2, /Allowed choices are auto, always, never/],
  ];
  it.each(cases)('when given %s, then one line says what to do', (_name, args, code, message) => {
    const r = bin(args);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(ONE_LINE);
    expect(r.stderr).toMatch(message);
  });

  // search is being built alongside this work: its case is here once it is.
  if (subcommands().some(([name]) => name === 'search')) {
    it('when search is given an empty pattern, then exit 2 with one line', () => {
      const r = bin(['search', '']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(ONE_LINE);
    });
  }
});

/** Every SGR sequence the theme can emit at colour level 1: the only escapes styled output may contain. */
function themeSgr(): Set<string> {
  const theme = styledTheme(1);
  const codes = new Set<string>();
  for (const style of Object.values(theme) as Theme[keyof Theme][]) for (const m of style('x').matchAll(/\u001b\[[0-9;]*m/g)) codes.add(m[0]);
  return codes;
}

describe('when the article carries escape sequences and controls', () => {
  const raw = readFileSync(ESCAPES_FIXTURE, 'utf8');
  const smuggled = ['pwned', 'evil.example', '31m'];

  it.each(subcommands())('when %s prints plain text, then no control, escape or bidi override reaches stdout', (...args) => {
    const r = bin([...args, '--file', ESCAPES_FIXTURE, '--width', '60']);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toBe('');
    expect(r.stdout).not.toMatch(TERMINAL_UNSAFE);
    for (const s of smuggled) expect(r.stdout).not.toContain(s);
  });

  it.each(subcommands())('when %s prints styled text, then every ESC is an SGR of our theme', (...args) => {
    const allowed = themeSgr();
    const r = bin([...args, '--file', ESCAPES_FIXTURE, '--width', '60', '--color', 'always']);
    const sgr = [...r.stdout.matchAll(/\u001b\[[0-9;]*m/g)].map((m) => m[0]);
    expect(sgr.length).toBeGreaterThan(0);
    for (const code of sgr) expect(allowed).toContain(code);
    const rest = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(rest).not.toMatch(TERMINAL_UNSAFE);
    for (const s of smuggled) expect(rest).not.toContain(s);
  });

  it.each(subcommands())('when %s prints JSON, then it parses, holds the text as data and escapes every control', (...args) => {
    const r = bin([...args, '--file', ESCAPES_FIXTURE, '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(TERMINAL_UNSAFE);
    expect(r.stdout).not.toMatch(/[\u2028\u2029]/);
    const data: unknown = JSON.parse(r.stdout);
    if (args[0] === 'show') {
      const texts = (data as { sections: { paragraphs: { text: string }[] }[] }).sections.flatMap((s) => s.paragraphs.map((p) => p.text));
      expect(texts.join('\n')).toContain('\u001b]8;;http://evil.example/\u001b\\click');
      expect(texts.join('\n')).toContain('\u009b31m');
      expect(texts.join('\n')).toContain('\u202e');
      for (const t of texts) expect(raw.replace(/\n/g, ' ')).toContain(t);
    }
  });
});

describe('when a large article is streamed through show', () => {
  // Above a few MiB show renders block by block as the input arrives: the same cleaning must happen there.
  const paragraphs = readFileSync(ESCAPES_FIXTURE, 'utf8').split('\n\n').slice(1);
  const copies = Math.ceil((9 * 1024 * 1024) / paragraphs.join('\n\n').length);
  const body = Array.from({ length: copies }, (_, i) => paragraphs.map((p) => `${p.trim()} [copy ${i}]`).join('\n\n'));
  const big = file('big-escapes.txt', `Streamed Escapes Title\n\n${body.join('\n\n')}\n`);

  it('when shown styled, then no control or escape from the article reaches stdout and nothing is lost', () => {
    const r = bin(['show', '--file', big, '--width', '70', '--color', 'always']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const sgr = themeSgr();
    for (const m of r.stdout.matchAll(/\u001b\[[0-9;]*m/g)) if (!sgr.has(m[0])) expect(sgr).toContain(m[0]);
    const text = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(text).not.toMatch(TERMINAL_UNSAFE);
    expect(text).not.toContain('pwned');
    expect(text.match(/minutes\./g)?.length).toBe(copies);
  });

  it('when piped to a reader that takes its time, then all of it arrives and the exit status is 0', () => {
    const toFile = sh(`node "$BIN" show --file '${big}' > '${dir}/streamed.out' && wc -c < '${dir}/streamed.out'`);
    const piped = sh(`set -o pipefail; node "$BIN" show --file '${big}' | cat | wc -c`);
    expect(piped.stderr).toBe('');
    expect(piped.code).toBe(0);
    expect(Number(piped.stdout)).toBe(Number(toFile.stdout));
    expect(Number(toFile.stdout)).toBeGreaterThan(7 * 1024 * 1024);
  });
});

describe('when the reader stops reading', () => {
  // Big enough that the output is still being written when the pipe closes.
  const big = file(
    'big.txt',
    `Big Article Title Here\n\n${Array.from({ length: 20_000 }, (_, i) => `Paragraph ${i} says "something quoted ${i}," said Ana Ruiz, and the paragraph goes on.`).join('\n\n')}\n`,
  );
  const pipes: readonly (readonly [string, string])[] = [
    ['head -1', '| head -1'],
    ['true', '| true'],
  ];
  for (const [name, tail] of pipes) {
    it.each(subcommands())(`when %s is piped into ${name}, then exit 0 and stderr empty`, (...args) => {
      for (const json of [[], ['--json']]) {
        const r = sh(`set -o pipefail; node "$BIN" ${[...args, ...json].join(' ')} --file '${big}' ${tail}`);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
      }
    });
  }
});

// The pager only runs when stdout is a terminal: `script` gives the program a real pty.
function underPty(command: string, env: Record<string, string>) {
  return sh(`script -qec ${JSON.stringify(command)} /dev/null`, { TERM: 'xterm', ...env });
}

describe('when the output goes through a pager', () => {
  it('when $PAGER does not exist, then the article is written directly with no error', () => {
    const r = underPty('node "$BIN" show --color never', { PAGER: 'does-not-exist-pager' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^China concerned over deepening/);
    expect(r.stdout).not.toMatch(/not found/);
  });

  it('when $PAGER is a filter, then the article goes through it', () => {
    const r = underPty('node "$BIN" show --color never', { PAGER: 'tr a-z A-Z' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^CHINA CONCERNED OVER DEEPENING/);
  });

  /**
   * Starts the bin under a pty with $PAGER; once the pager has read its input, types Ctrl-C, or sends
   * `signal` to the program itself (the pager's parent).
   */
  function ctrlCWhilePaging(
    pagerBody: string,
    signal?: NodeJS.Signals,
  ): Promise<{ code: number | null; output: string; pagerPid: number }> {
    const work = scratch();
    const pager = join(work, 'pager.sh');
    writeFileSync(pager, `#!/bin/sh\necho $$ > "${work}/pid"\necho $PPID > "${work}/ppid"\ncat > /dev/null\n${pagerBody}\n`);
    chmodSync(pager, 0o755);
    return new Promise((resolve, reject) => {
      const child = spawn('script', ['-qec', `exec node ${BIN} show`, '/dev/null'], {
        env: { ...ENV, TERM: 'xterm', PAGER: pager, PAGER_DIR: work },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const poll = setInterval(() => {
        if (existsSync(join(work, 'ready'))) {
          clearInterval(poll);
          if (signal !== undefined) process.kill(Number(readFileSync(join(work, 'ppid'), 'utf8')), signal);
          else child.stdin.write('\u0003'); // Ctrl-C, typed at the terminal: SIGINT to the whole foreground group
        }
      }, 20);
      child.on('error', reject);
      // 'close', not 'exit': 'exit' may come before the last of the output has been read.
      child.on('close', (code) => {
        clearInterval(poll);
        child.stdin.end();
        resolve({ code, output, pagerPid: Number(readFileSync(join(work, 'pid'), 'utf8')) });
      });
    });
  }

  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('when Ctrl-C kills the pager, then the program exits 130 and no pager is left', async () => {
    const r = await ctrlCWhilePaging(`touch "$PAGER_DIR/ready"\nexec sleep 30`);
    expect(r.code).toBe(130);
    expect(alive(r.pagerPid)).toBe(false);
  });

  it('when the program is sent SIGTERM while paging, then it stops the pager too and exits 143', async () => {
    const r = await ctrlCWhilePaging(`touch "$PAGER_DIR/ready"\nexec sleep 30`, 'SIGTERM');
    expect(r.code).toBe(143);
    expect(alive(r.pagerPid)).toBe(false);
  });

  it('when the pager handles Ctrl-C and quits later, then the program waits for it and exits 130', async () => {
    const r = await ctrlCWhilePaging(
      `trap 'echo pager-saw-ctrl-c; sleep 0.2; exit 0' INT\ntouch "$PAGER_DIR/ready"\nwhile :; do sleep 0.05; done`,
    );
    expect(r.code).toBe(130);
    expect(r.output).toContain('pager-saw-ctrl-c');
    expect(alive(r.pagerPid)).toBe(false);
  });
});
