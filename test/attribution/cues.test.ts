// The cue lexicon's inflections: every form a news text uses is a cue, and look-alike words are not.

import { describe, expect, it } from 'vitest';
import { findCues, isCueWord } from '../../src/attribution/cues.js';

describe('cue inflections', () => {
  const FORMS = [
    'said', 'says', 'saying', 'told', 'wrote', 'written', 'noted', 'noting', 'argued', 'argues', 'emphasised', 'emphasized',
    'criticised', 'criticized', 'replied', 'replies', 'denied', 'admitted', 'admitting', 'quipped', 'slammed', 'planned',
    'vowed', 'vowing', 'echoed', 'sought', 'seeks', 'according to', 'pointed to', 'expressed concern', 'called for', 'calls on',
  ];
  for (const form of FORMS) {
    it(`when the form is "${form}", then it is a cue`, () => {
      expect(isCueWord(form)).toBe(true);
    });
  }
  for (const word of ['admited', 'quiped', 'slamed', 'vowwed', 'sayed']) {
    it(`when the word is the misspelling "${word}", then it is not a cue`, () => {
      expect(isCueWord(word)).toBe(false);
    });
  }
  it('when a capitalised name spells a verb, then it is not a cue', () => {
    expect(findCues('Will Hope told reporters').map((c) => c.text)).toEqual(['told']);
  });
});
