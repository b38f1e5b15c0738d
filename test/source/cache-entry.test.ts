// A cache entry gives back exactly the attribution it was made with, for exactly the bytes it was made from,
// and nothing (never an exception) for any other input or any damage.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry, entryKey } from '../../src/source/cache-entry.js';
import { attributeText } from '../attribution/helpers.js';
import { FC } from '../property/arbitraries.js';

const WORDS = ['said', 'told', 'according to', 'He', 'she', 'Ann', 'Lee', 'Mr.', 'officials', 'that', ',', '.', '"', '“', '”',
  'who', 'added', 'as reported by', 'The Times', '—', 'the senator', 'é', '漢字', '👍🏽', '\u2028', '\\', '\n'];
const sentence = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 25 }).map((w) => w.join(' '));
const paragraphs = fc.array(sentence, { minLength: 1, maxLength: 4 });
const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b));

describe('a cache entry', () => {
  it('when decoded for the same bytes, then it gives the attribution and the count it was made with', () => {
    fc.assert(
      fc.property(paragraphs, bytes, fc.nat(1000), (ps, input, invalid) => {
        const attribution = attributeText(...ps);
        expect(decodeEntry(encodeEntry({ attribution, invalid }, input), input)).toEqual({ attribution, invalid });
      }),
      FC,
    );
  });

  it('when decoded for any other bytes, then it gives nothing', () => {
    fc.assert(
      fc.property(paragraphs, bytes, bytes, (ps, input, other) => {
        fc.pre(!input.equals(other));
        expect(decodeEntry(encodeEntry({ attribution: attributeText(...ps), invalid: 0 }, input), other)).toBeNull();
      }),
      FC,
    );
  });

  it('when an entry is cut short anywhere, or is any bytes at all, then it gives nothing and does not throw', () => {
    const input = Buffer.from('An article.\n');
    const entry = encodeEntry({ attribution: attributeText('“We will,” Ann Lee said.', 'He added that it was late.'), invalid: 0 }, input);
    for (let end = 0; end < entry.length; end++) expect(decodeEntry(entry.subarray(0, end), input)).toBeNull();
    fc.assert(
      fc.property(bytes, (garbage) => {
        expect(decodeEntry(garbage, input)).toBeNull();
        expect(decodeEntry(Buffer.concat([garbage, Buffer.from('\n'), input]), input)).toBeNull();
      }),
      FC,
    );
  });

  it.each([
    ['a statement without its speaker', (h: Record<string, any>) => delete h.statements[0].speaker],
    ['a kind no one knows', (h: Record<string, any>) => (h.statements[0].kind = 'shouted')],
    ['a span that is not a number', (h: Record<string, any>) => (h.statements[0].spans = ['0'])],
    ['a speaker with no group flag', (h: Record<string, any>) => delete h.speakers[0].group],
    ['another format', (h: Record<string, any>) => (h.format = 2)],
    ['no speakers', (h: Record<string, any>) => delete h.speakers],
  ])('when its head has %s, then it gives nothing', (_, change) => {
    const input = Buffer.from('An article.\n');
    const entry = encodeEntry({ attribution: attributeText('“We will,” Ann Lee said.'), invalid: 0 }, input);
    const newline = entry.indexOf(10);
    const head = JSON.parse(entry.subarray(0, newline).toString());
    change(head);
    expect(decodeEntry(Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), input]), input)).toBeNull();
  });
});

describe('an entry’s key', () => {
  it('when the bytes are the same, then so is the key; when one byte differs, the key does too', () => {
    fc.assert(
      fc.property(bytes, fc.nat(), fc.integer({ min: 1, max: 255 }), (input, at, change) => {
        expect(entryKey(Buffer.from(input))).toBe(entryKey(input));
        expect(entryKey(input)).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
        fc.pre(input.length > 0);
        const other = Buffer.from(input);
        other[at % other.length] = other[at % other.length]! ^ change;
        expect(entryKey(other)).not.toBe(entryKey(input));
      }),
      FC,
    );
  });
});
