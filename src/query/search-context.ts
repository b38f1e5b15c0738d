// Hits in reading order → what is printed: each hit with N sentences of context either side (-C N), taken
// from the paragraphs around it within the same section (news paragraphs are often one sentence long), and
// the windows that overlapping contexts merge into, as grep merges context lines. Pure; fed as the article
// streams by, keeping only hits, the last N sentences and the windows.

import type { Match, Place, Unit } from './search-hits.js';

/** One hit: the JSON object and the plain line. */
export interface Hit {
  readonly place: Place;
  readonly sentence: string;
  readonly matches: readonly Match[];
  /** Up to N sentences before and after it in the same section (filled in as later paragraphs arrive). */
  readonly before: readonly string[];
  readonly after: string[];
}

/** A line of output: a hit, or a sentence of context. */
export interface Line {
  readonly place: Place;
  readonly text: string;
  readonly matches: readonly Match[];
  readonly hit: boolean;
}

export interface Collected {
  readonly hits: readonly Hit[];
  /** Runs of lines with nothing left out between them; a new window where something was. */
  readonly windows: readonly (readonly Line[])[];
}

export class HitCollector {
  private readonly hits: Hit[] = [];
  private readonly windows: Line[][] = [];
  /** The last N sentences of the flow (section so far), for the context before a hit. */
  private recent: { line: Line; seq: number }[] = [];
  /** Hits still taking sentences after them. */
  private open: { hit: Hit; need: number }[] = [];
  private seq = 0;
  /** Sequence number of the last line put in the current window (-1: no window open). */
  private lastShown = -1;
  /** Sentences of after-context still to show in the current window. */
  private showAfter = 0;

  constructor(private readonly context: number) {}

  /** Paragraph sentences: one flow that context runs along. */
  addFlow(place: Place, units: readonly Unit[]): void {
    for (const unit of units) {
      const seq = ++this.seq;
      const line: Line = { place, text: unit.text, matches: unit.matches, hit: unit.hit };
      for (const o of this.open) {
        o.hit.after.push(unit.text);
        o.need--;
      }
      this.open = this.open.filter((o) => o.need > 0);
      if (unit.hit) this.hit(line, seq);
      else if (this.showAfter > 0 && this.lastShown === seq - 1) {
        this.windows[this.windows.length - 1]!.push(line);
        this.lastShown = seq;
        this.showAfter--;
      }
      this.recent.push({ line, seq });
      if (this.recent.length > this.context) this.recent.shift();
    }
  }

  /** The title, a heading or a caption: shown on its own; context does not run across it. */
  addApart(place: Place, units: readonly Unit[]): void {
    this.breakFlow();
    for (const unit of units) {
      if (!unit.hit) continue;
      const line: Line = { place, text: unit.text, matches: unit.matches, hit: true };
      this.hits.push({ place, sentence: unit.text, matches: unit.matches, before: [], after: [] });
      this.windows.push([line]);
    }
    this.breakFlow();
  }

  /** A new section: context stops at its heading. */
  breakFlow(): void {
    this.recent = [];
    this.open = [];
    this.lastShown = -1;
    this.showAfter = 0;
  }

  finish(): Collected {
    return { hits: this.hits, windows: this.windows };
  }

  private hit(line: Line, seq: number): void {
    const hit: Hit = { place: line.place, sentence: line.text, matches: line.matches, before: this.recent.map((r) => r.line.text), after: [] };
    this.hits.push(hit);
    if (this.context > 0) this.open.push({ hit, need: this.context });
    const unseen = this.recent.filter((r) => r.seq > this.lastShown);
    const from = unseen[0]?.seq ?? seq;
    // Without context each hit stands alone; with it, a window goes on while nothing is left out.
    const goesOn = this.context > 0 && this.lastShown !== -1 && from === this.lastShown + 1;
    const window = goesOn ? this.windows[this.windows.length - 1]! : this.newWindow();
    for (const r of unseen) window.push(r.line);
    window.push(line);
    this.lastShown = seq;
    this.showAfter = this.context;
  }

  private newWindow(): Line[] {
    const window: Line[] = [];
    this.windows.push(window);
    return window;
  }
}
