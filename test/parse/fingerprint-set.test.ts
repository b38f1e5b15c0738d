// The parser keeps paragraph fingerprints in a FingerprintSet to spot repeats; it must answer as a Set does,
// for any fingerprint (0 and 2^53 - 1 included) and through the growth of its table.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FingerprintSet } from '../../src/parse/fingerprint.js';
import { FC } from '../property/arbitraries.js';

const print = fc.oneof(fc.constantFrom(0, 1, 1023, 1024, 2 ** 32, 2 ** 53 - 1), fc.maxSafeNat(), fc.nat(4096));

describe('FingerprintSet', () => {
  it('adds and reports repeats as a Set of the same numbers does', () => {
    fc.assert(
      fc.property(fc.array(print, { maxLength: 3000 }), (prints) => {
        const set = new FingerprintSet();
        const reference = new Set<number>();
        for (const p of prints) {
          expect(set.add(p)).toBe(!reference.has(p));
          reference.add(p);
        }
        expect(set.size).toBe(reference.size);
      }),
      FC,
    );
  });

  it('keeps every fingerprint through many growths, colliding low bits included', () => {
    const set = new FingerprintSet();
    // Same low 32 bits, different high bits: all land on one slot and must probe past each other.
    const prints = Array.from({ length: 5000 }, (_, i) => i * 2 ** 32 + 7).concat(Array.from({ length: 5000 }, (_, i) => 2 * i));
    for (const p of prints) expect(set.add(p)).toBe(true);
    for (const p of prints) expect(set.add(p)).toBe(false);
    expect(set.size).toBe(prints.length);
  });
});
