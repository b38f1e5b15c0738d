// Huge articles: renderers fold over their rows rather than spreading them into one call's arguments.

import { describe, expect, it } from 'vitest';
import type { Speaker, Statement } from '../../src/model/statement.js';
import { renderQuotes } from '../../src/render/quotes.js';
import { renderSpeakers } from '../../src/render/speakers.js';
import { plainTheme } from '../../src/render/theme.js';

const MANY = 300_000; // more than a call can take as spread arguments
const ctx = { width: 60, theme: plainTheme };

describe('renderers on huge articles', () => {
  it('when there are hundreds of thousands of statements, then quotes renders them all', () => {
    const statements: Statement[] = Array.from({ length: MANY }, (_, i) => ({
      speaker: 'Ana Ortiz', role: null, text: `point ${i}`, quoted: [], kind: 'indirect', cue: 'said',
      paragraph: i + 1, section: 1, via: null, mention: null, spans: [],
    }));
    const out = renderQuotes(statements, ctx);
    expect(out).toContain(`¶${MANY}  point ${MANY - 1}`);
  });

  it('when there are hundreds of thousands of speakers, then speakers renders them all', () => {
    const speakers: Speaker[] = Array.from({ length: MANY }, (_, i) => ({
      name: `Speaker ${i}`, role: null, aliases: [], statements: 1, group: false,
    }));
    expect(renderSpeakers(speakers, ctx).split('\n').filter((l) => l !== '')).toHaveLength(MANY);
  });
});
