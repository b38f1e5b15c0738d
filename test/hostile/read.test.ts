// Reading and decoding, in-process: errors the test machine cannot produce for real (tests run as root, so
// chmod 000 does not stop a read), and the size limits with small limits injected.

import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { ReaderError } from '../../src/errors.js';
import type { Io } from '../../src/io.js';
import { decode } from '../../src/source/decode.js';
import { loadArticle } from '../../src/source/load.js';

const ARTICLE = 'Harbour Board Meets Again\n\nThe board met on Tuesday to discuss the ferry timetable.\n';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something happened, open 'x'`), { code });
}

/** An Io whose files are `files` (path → bytes or an errno code to fail with) and whose stdin is `stdin`. */
function fakeIo(files: Record<string, string | Buffer>, stdin: readonly (string | Buffer)[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) => ({ write: (s: string) => (into.push(s), true), once: () => undefined });
  const content = (path: string): Buffer => {
    const f = files[path];
    if (f === undefined) throw errno('ENOENT');
    if (typeof f === 'string' && /^E[A-Z]+$/.test(f)) throw errno(f);
    return typeof f === 'string' ? Buffer.from(f) : f;
  };
  const io: Io = {
    stdout: sink(out),
    stderr: sink(err),
    stdin: (async function* () {
      yield* stdin;
    })(),
    stdoutIsTTY: false,
    stdinIsTTY: false,
    columns: undefined,
    rows: undefined,
    env: {},
    bundledArticle: 'bundled.txt',
    page: async () => true,
    readFile: async (path) => content(path),
    openFile: (path) =>
      (async function* () {
        const bytes = content(path);
        // In pieces, as a stream delivers them.
        for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
      })(),
  };
  return { io, out, err };
}

describe('when a file cannot be read', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EISDIR', 'is a directory, not a file'],
    ['ENOENT', 'no such file'],
    ['EIO', 'input/output error'],
    ['ESOMETHING', "ESOMETHING: something happened, open 'x'"],
  ])('when reading fails with %s, then exit 2 with "%s" on one line', async (code, message) => {
    const { io, out, err } = fakeIo({ 'secret.txt': code });
    expect(await run(['show', '--file', 'secret.txt'], io)).toBe(2);
    expect(out.join('')).toBe('');
    expect(err.join('')).toBe(`article-reader: cannot read 'secret.txt': ${message}\n`);
  });
});

describe('loadArticle limits', () => {
  const small = { bytes: 64, lines: 4 };

  it.each([
    ['a file one byte over', { 'a.txt': 'x'.repeat(65) }, 'a.txt', "'a.txt': larger than the 64 bytes this reader holds in memory; split the article"],
    ['a file with a fifth line', { 'a.txt': 'a\nb\nc\nd\ne' }, 'a.txt', "'a.txt': more than 4 lines, the most this reader holds in memory; split the article"],
    ['a file with a fifth line after lone CRs', { 'a.txt': 'a\rb\rc\rd\re' }, 'a.txt', "'a.txt': more than 4 lines"],
  ])('when given %s, then it is refused naming the limit', async (_name, files, path, message) => {
    const { io } = fakeIo(files);
    await expect(loadArticle(path, io, small)).rejects.toThrow(message);
    await expect(loadArticle(path, fakeIo(files).io, small)).rejects.toBeInstanceOf(ReaderError);
  });

  it.each([
    ['exactly the byte limit', 'x'.repeat(64)],
    ['four lines, the last ended', 'a\nb\nc\nd'],
    ['four CRLF lines', 'a\r\nb\r\nc\r\nd'],
  ])('when given %s, then it is read', async (_name, text) => {
    const { io } = fakeIo({ 'a.txt': text });
    const { article } = await loadArticle('a.txt', io, small);
    expect(article.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join(' ')).toBe(text.split(/\r?\n/).join(' '));
  });

  it('when stdin goes over the byte limit, then it is refused naming stdin and the limit', async () => {
    const { io } = fakeIo({}, ['x'.repeat(40), 'y'.repeat(40)]);
    await expect(loadArticle('-', io, small)).rejects.toThrow('stdin: larger than the 64 bytes');
  });

  it('when stdin arrives in pieces that split a UTF-8 character, then it is decoded whole', async () => {
    const bytes = Buffer.from('Café “quoted” 漢字 text.\n');
    const { io } = fakeIo({}, [bytes.subarray(0, 4), bytes.subarray(4, 9), bytes.subarray(9)]);
    expect((await loadArticle('-', io)).article.sections[0]?.paragraphs[0]?.text).toBe('Café “quoted” 漢字 text.');
  });

  it('when a file starts like an image, then it is refused at its first bytes', async () => {
    const { io } = fakeIo({ 'a.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(1000, 0x41)]) });
    await expect(loadArticle('a.png', io, small)).rejects.toThrow("'a.png': looks like PNG image data, not an article");
  });

  it('when the bundled article is asked for, then its path is read', async () => {
    const { io } = fakeIo({ 'bundled.txt': ARTICLE });
    expect((await loadArticle(undefined, io)).article.title).toBe('Harbour Board Meets Again');
  });
});

describe('decode', () => {
  const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();
  it.each([
    ['UTF-8', Buffer.from('héllo'), 'héllo', []],
    ['a UTF-8 BOM', Buffer.from('\ufeffhéllo'), 'héllo', []],
    ['UTF-16 LE with a BOM', Buffer.from('\ufeffhéllo 漢字', 'utf16le'), 'héllo 漢字', []],
    ['UTF-16 BE with a BOM', utf16be('\ufeffhéllo 漢字'), 'héllo 漢字', []],
    ['invalid UTF-8', Buffer.from([0x61, 0xff, 0x62, 0xc3]), 'a\ufffdb\ufffd', ["'f': invalid UTF-8 (2 replaced with U+FFFD); the rest is shown as it is"]],
    ['invalid UTF-8 next to a literal U+FFFD', Buffer.concat([Buffer.from('\ufffd'), Buffer.from([0xff])]), '\ufffd\ufffd', ["'f': invalid UTF-8 (1 replaced with U+FFFD); the rest is shown as it is"]],
    ['a lone surrogate in UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x61, 0x00, 0x00, 0xd8, 0x62, 0x00])]), 'a\ufffdb', ["'f': invalid UTF-16LE (1 replaced with U+FFFD); the rest is shown as it is"]],
  ])('when given %s, then the text and warnings are right', (_name, bytes, text, warnings) => {
    expect(decode(bytes, "'f'")).toEqual({ text, warnings });
  });

  it.each([
    ['nothing', Buffer.alloc(0), "'f': is empty"],
    ['only a BOM', Buffer.from('\ufeff'), "'f': is empty"],
    ['only whitespace', Buffer.from(' \r\n\t\u00a0\u3000\n'), "'f': contains only whitespace"],
    ['a NUL', Buffer.from('text\0more'), "'f': contains binary data (NUL bytes), not an article"],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), "'f': looks like JPEG image data, not an article"],
    ['a PDF', Buffer.from('%PDF-1.7\n'), "'f': looks like PDF data, not an article"],
    ['UTF-16 BE without a BOM', utf16be('Plain words here.'), "'f': looks like UTF-16BE text without a byte-order mark"],
  ])('when given %s, then it is refused', (_name, bytes, message) => {
    expect(() => decode(bytes, "'f'")).toThrow(message);
  });
});
