// Sentence splitting, one row per rule: the sentences a paragraph splits into.

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/query/sentences.js';

function sentences(text: string): string[] {
  return splitSentences(text).map((r) => text.slice(r.start, r.end));
}

describe('sentence splitting', () => {
  it.each([
    ['One. Two! Three? Four', ['One.', 'Two!', 'Three?', 'Four']],
    ['  Leading and trailing space.   Next one.  ', ['Leading and trailing space.', 'Next one.']],
    ['Mr. Hale and Mrs. Hale met Dr. Moss.', ['Mr. Hale and Mrs. Hale met Dr. Moss.']],
    ['Sen. Rubio spoke. Gov. Abbott did not.', ['Sen. Rubio spoke.', 'Gov. Abbott did not.']],
    ['J. R. Moss wrote it. Then he left.', ['J. R. Moss wrote it.', 'Then he left.']],
    ['The U.S. Coast Guard agreed. So did the U.K. Navy.', ['The U.S. Coast Guard agreed.', 'So did the U.K. Navy.']],
    ['Use e.g. Rust or i.e. Go here.', ['Use e.g. Rust or i.e. Go here.']],
    ['He said “it costs a season.” Residents were split.', ['He said “it costs a season.”', 'Residents were split.']],
    ['He said "yes." Then he left.', ['He said "yes."', 'Then he left.']],
    ['She lives at No. 10 now. See p. 4 for more.', ['She lives at No. 10 now.', 'See p. 4 for more.']],
    ['Ann Lee said no. "Never," he said.', ['Ann Lee said no.', '"Never," he said.']],
    ['Kenneth P. Cohen wrote it.', ['Kenneth P. Cohen wrote it.']],
    ['One wrote on X. Another posted it. Malcolm X. Jones and Ann X. Lee came.', ['One wrote on X.', 'Another posted it.', 'Malcolm X. Jones and Ann X. Lee came.']],
    ['She said. "Then we go," he added.', ['She said.', '"Then we go," he added.']],
    ['“Why?” he asked. Nobody knew.', ['“Why?” he asked.', 'Nobody knew.']],
    ['It was sound… but late. Fine.', ['It was sound… but late.', 'Fine.']],
    ['Wait... What? Yes.', ['Wait...', 'What?', 'Yes.']],
    ['It cost €4.5 million. It is 120 m long.', ['It cost €4.5 million.', 'It is 120 m long.']],
    ['The vote (a narrow one.) Then a recess.', ['The vote (a narrow one.)', 'Then a recess.']],
    ['It came in 2019. 2020 was worse.', ['It came in 2019.', '2020 was worse.']],
    ['漁師たちは歓迎した。町長は約束した。 The mayor agreed.', ['漁師たちは歓迎した。', '町長は約束した。', 'The mayor agreed.']],
    ['本当？はい！', ['本当？', 'はい！']],
    ['No end mark', ['No end mark']],
    ['', []],
    ['   ', []],
  ] as const)('when %j is split, then the sentences are %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('when a text is split, then the ranges are in order and never overlap', () => {
    const text = 'Mr. A went. B came! “C?” he said. D… E.';
    const ranges = splitSentences(text);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.start).toBeGreaterThan(ranges[i - 1]!.end);
  });
});
