import { describe, expect, it } from 'vitest';
import { sanitize } from '../../src/render/sanitize.js';
import { TERMINAL_UNSAFE } from './helpers.js';

const E = '\u001b';

describe('sanitize', () => {
  it.each([
    ['plain text', 'A plain sentence, “quoted”.', 'A plain sentence, “quoted”.'],
    ['CSI clear screen', `a${E}[2Jb`, 'ab'],
    ['CSI SGR colour', `${E}[1;31mred${E}[0m`, 'red'],
    ['CSI with private parameters', `a${E}[?1049hb`, 'ab'],
    ['CSI with an intermediate', `a${E}[1 qb`, 'ab'],
    ['CSI cut off at the end', `end${E}[31`, 'end'],
    ['one-byte CSI (C1)', 'a\u009b2Jb', 'ab'],
    ['OSC title ended by BEL', `a${E}]0;title\u0007b`, 'ab'],
    ['OSC title ended by ST', `a${E}]2;title${E}\\b`, 'ab'],
    ['OSC 8 hyperlink', `see ${E}]8;;http://evil.example${E}\\link${E}]8;;${E}\\ now`, 'see link now'],
    ['OSC ended by one-byte ST', `a${E}]0;t\u009cb`, 'ab'],
    ['one-byte OSC', 'a\u009d0;title\u0007b', 'ab'],
    ['OSC never ended: only the introducer goes', `a${E}]0;rest of the words`, 'a0;rest of the words'],
    ['DCS', `a${E}P1$r0m${E}\\b`, 'ab'],
    ['one-byte DCS', 'a\u00901$r\u009cb', 'ab'],
    ['APC, PM, SOS', `a${E}_x${E}\\${E}^y${E}\\${E}Xz${E}\\b`, 'ab'],
    ['charset designation (nF)', `a${E}(Bb`, 'ab'],
    ['reset (RIS)', `a${E}cb`, 'ab'],
    ['save cursor', `a${E}7b`, 'ab'],
    ['lone ESC at the end', `a${E}`, 'a'],
    ['ESC before a newline keeps the newline', `a${E}\nb`, 'a\nb'],
    ['BEL, backspace, NUL, DEL', 'a\u0007\u0008\u0000\u007fb', 'ab'],
    ['C1 controls', 'a\u0080\u0085\u0099\u009fb', 'a b'],
    ['bidi overrides and isolates', 'a\u202ab\u202bc\u202cd\u202de\u202ef\u2066g\u2067h\u2068i\u2069j', 'abcdefghij'],
    ['tab, VT, FF become spaces', 'a\tb\u000bc\u000cd', 'a b c d'],
    ['line and paragraph separators become spaces', 'a\u2028b\u2029c', 'a b c'],
    ['CR becomes a space', 'a\rb', 'a b'],
    ['newline is kept', 'a\nb', 'a\nb'],
    ['emoji, CJK and combining marks are kept', '👍🏽 漢字 é', '👍🏽 漢字 é'],
  ])('when given %s, then %j comes out as %j', (_name, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('when every code point below U+00A0 and every bidi control is given, then none that a terminal acts on is left', () => {
    let all = '';
    for (let c = 0; c < 0xa0; c++) all += String.fromCharCode(c);
    all += '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    expect(sanitize(all)).not.toMatch(TERMINAL_UNSAFE);
    expect(sanitize(all + all)).not.toMatch(TERMINAL_UNSAFE);
  });

  // A backtracking pattern would scan the rest of the line once per introducer: minutes, not milliseconds.
  it.each([
    ['ESC ]', `${E}]`],
    ['U+009D', '\u009d'],
    ['ESC P', `${E}P`],
  ])('when %s opens many strings that never end, then each is dropped and the text is kept', (_name, opener) => {
    const long = `${opener}word `.repeat(50_000);
    expect(sanitize(long)).toBe('word '.repeat(50_000));
  });
});
