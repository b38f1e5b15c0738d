// Hits in reading order → what is printed: each hit with N sentences of context either side (-C N), taken
// from the paragraphs around it within the same section (news paragraphs are often one sentence long), and
// the windows that overlapping contexts merge into, as grep merges context lines. Pure; fed as the article
// streams by. Each hit and window is handed to a sink as soon as it is complete, so the caller can render it
// and let it go: a search with many hits keeps only their output, not their structures.

import type { Match, Place, Unit } from './search-hits.js';

/** One hit: the JSON object and the plain line. */
export interface Hit {
  readonly place: Place;
  readonly sentence: string;
  readonly matches: readonly Match[];
  /** Up to N sentences before and after it in the same section. */
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/** A line of output: a hit, or a sentence of context. */
export interface Line {
  readonly place: Place;
  readonly text: string;
  readonly matches: readonly Match[];
  readonly hit: boolean;
}

export interface HitSink {
  /** A hit, once its context after is known; in reading order. */
  hit(hit: Hit): void;
  /** A run of lines with nothing left out between them, once it is closed; in reading order. */
  window(lines: readonly Line[]): void;
}

interface OpenHit {
  readonly hit: Hit & { after: string[] };
  need: number;
}

export class HitCollector {
  /** The last N sentences of the flow (section so far), for the context before a hit. */
  private recent: { line: Line; seq: number }[] = [];
  /** Hits still taking sentences after them, oldest first. */
  private open: OpenHit[] = [];
  private window: Line[] | null = null;
  private seq = 0;
  /** Sequence number of the last line put in the open window. */
  private lastShown = -1;
  /** Sentences of after-context still to show in the open window. */
  private showAfter = 0;
  /** Places that held at least one hit. */
  places = 0;

  constructor(
    private readonly context: number,
    private readonly sink: HitSink,
  ) {}

  /** Paragraph sentences: one flow that context runs along. */
  addFlow(place: Place, units: readonly Unit[]): void {
    if (units.some((u) => u.hit)) this.places++;
    for (const unit of units) {
      const seq = ++this.seq;
      const line: Line = { place, text: unit.text, matches: unit.matches, hit: unit.hit };
      this.feedOpen(unit.text);
      if (unit.hit) this.hit(line, seq);
      else if (this.showAfter > 0 && this.window !== null && this.lastShown === seq - 1) {
        this.window.push(line);
        this.lastShown = seq;
        this.showAfter--;
      }
      if (this.context > 0) {
        this.recent.push({ line, seq });
        if (this.recent.length > this.context) this.recent.shift();
      }
    }
  }

  /** The title, a heading or a caption: shown on its own; context does not run across it. */
  addApart(place: Place, units: readonly Unit[]): void {
    this.breakFlow();
    const hits = units.filter((u) => u.hit);
    if (hits.length > 0) this.places++;
    for (const unit of hits) {
      this.sink.hit({ place, sentence: unit.text, matches: unit.matches, before: [], after: [] });
      this.sink.window([{ place, text: unit.text, matches: unit.matches, hit: true }]);
    }
  }

  /** A new section, or the end: context stops here; everything still open is handed over. */
  breakFlow(): void {
    for (const o of this.open) this.sink.hit(o.hit);
    this.open = [];
    this.closeWindow();
    this.recent = [];
    this.showAfter = 0;
  }

  private feedOpen(text: string): void {
    for (const o of this.open) {
      o.hit.after.push(text);
      o.need--;
    }
    // All open hits need the same N, so the oldest completes first: hits reach the sink in order.
    while (this.open.length > 0 && this.open[0]!.need === 0) this.sink.hit(this.open.shift()!.hit);
  }

  private hit(line: Line, seq: number): void {
    const hit = { place: line.place, sentence: line.text, matches: line.matches, before: this.recent.map((r) => r.line.text), after: [] };
    if (this.context > 0) this.open.push({ hit, need: this.context });
    else this.sink.hit(hit);
    const unseen = this.recent.filter((r) => r.seq > this.lastShown);
    const from = unseen[0]?.seq ?? seq;
    // Without context each hit stands alone; with it, a window goes on while nothing is left out.
    if (this.context === 0 || this.window === null || from !== this.lastShown + 1) {
      this.closeWindow();
      this.window = [];
    }
    for (const r of unseen) this.window!.push(r.line);
    this.window!.push(line);
    this.lastShown = seq;
    this.showAfter = this.context;
  }

  private closeWindow(): void {
    if (this.window !== null && this.window.length > 0) this.sink.window(this.window);
    this.window = null;
  }
}
