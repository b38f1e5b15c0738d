// Grapheme clusters of a text, in time linear in its length.
//
// On Node 20 each step of Intl.Segmenter's iterator takes time in proportion to the whole string (V8; Node 22+
// is linear), so a long run of text with no space, which wrap-ansi and string-width segment as one word, cost
// its square: 40,000 emoji in one paragraph took `show` 22 s, and 80 KB of them 47 s. Long text is therefore
// segmented a window at a time. A cluster depends on nothing before its own start and each boundary only on
// what precedes it and the one character after it (Unicode's UAX #29 rules), so every boundary in a window
// is right but the window's own end: the window's last cluster, which the end may have cut short, is
// segmented again at the start of the next window. The build gives this class to the bundled wrap-ansi and
// string-width in place of Intl.Segmenter (scripts/build.mjs).

/** Text at most this long is segmented whole (the cost of a step is then small). */
const WINDOW = 1024;

export interface GraphemeSegment {
  readonly segment: string;
  readonly index: number;
  readonly input: string;
}

export class GraphemeSegmenter {
  private readonly native: Intl.Segmenter;

  constructor(
    locales?: string | string[],
    options?: Intl.SegmenterOptions,
    private readonly window = WINDOW,
  ) {
    // (globalThis's: the build puts this class in place of every plain `Intl.Segmenter`.)
    this.native = new globalThis.Intl.Segmenter(locales, options);
  }

  segment(text: string): Iterable<GraphemeSegment> {
    return text.length <= this.window ? this.native.segment(text) : windowed(this.native, text, this.window);
  }
}

function* windowed(native: Intl.Segmenter, text: string, size: number): Generator<GraphemeSegment> {
  let from = 0;
  let window = size;
  while (from < text.length) {
    let end = Math.min(text.length, from + window);
    // Never between the halves of a surrogate pair: half a character is another character to the rules.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    let last: Intl.SegmentData | null = null;
    const found: GraphemeSegment[] = [];
    for (const s of native.segment(text.slice(from, end))) {
      if (last !== null) found.push({ segment: last.segment, index: from + last.index, input: text });
      last = s;
    }
    if (end === text.length) {
      yield* found;
      if (last !== null) yield { segment: last.segment, index: from + last.index, input: text };
      return;
    }
    if (found.length === 0) {
      window *= 2; // one cluster fills the window: look further
      continue;
    }
    yield* found;
    from += last!.index;
    window = size;
  }
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
