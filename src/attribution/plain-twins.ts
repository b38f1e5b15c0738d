// ASCII twins of the rules' Unicode-property patterns, for plain text (see isPlainText): the same matches,
// compiled several times faster. V8 compiles a pattern on its first match, and a \p{L} class (hundreds of
// ranges, case-folded under `i`) costs ~0.2-0.9 ms each to compile: on a short article most of the engine's
// cold run. A registered pattern object is recompiled in place (RegExp.prototype.compile) to its twin when an
// article is plain, and back when one is not, so the rules keep using their own constants unchanged.

import { isPlainText } from '../text/scan.js';

interface Twin {
  readonly re: RegExp;
  readonly source: string;
  readonly flags: string;
  readonly twinSource: string;
  readonly twinFlags: string;
}

const twins: Twin[] = [];
let plain = false;

const CLASS_BODY: Record<string, string> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', M: '' };
/** In a pattern's source: a property class, the escapes only `u` reads, any other escape, a bracket. */
const TOKEN = /\\p\{([^}]*)\}|\\u\{|\\[Ppk]|\\[^]|[[\]]/g;

/**
 * The pattern's source with \p{L}, \p{Lu}, \p{Ll}, \p{N} and \p{M} spelt as ASCII classes, for use without
 * the `u` flag; null when it has anything else that only `u` gives (another property, \P, \u{…}).
 */
export function asciiSource(source: string): string | null {
  let inClass = false;
  let ok = true;
  // Only escapes and brackets matter: one replace visits them, not every character (this runs as the rules load).
  const out = source.replace(TOKEN, (token: string, property: string | undefined) => {
    if (property !== undefined) {
      const body = CLASS_BODY[property];
      if (body === undefined) ok = false;
      return body === undefined ? token : inClass ? body : `[${body}]`;
    }
    if (token === '\\u{' || token === '\\P' || token === '\\p' || token === '\\k') ok = false;
    else if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    return token;
  });
  return ok ? out : null;
}

/** Registers patterns (module constants of the rules) to be switched to their twins on plain text. */
export function plainTwins(...res: RegExp[]): void {
  for (const re of res) {
    if (!re.unicode || twins.some((t) => t.re === re)) continue;
    const twinSource = asciiSource(re.source);
    if (twinSource === null) continue;
    twins.push({ re, source: re.source, flags: re.flags, twinSource, twinFlags: re.flags.replace('u', '') });
    if (plain) re.compile(twinSource, re.flags.replace('u', ''));
  }
}

/** Switches every registered pattern to its twin (true) or back to itself (false). */
export function usePlainTwins(on: boolean): void {
  if (on === plain) return;
  plain = on;
  for (const t of twins) {
    if (on) t.re.compile(t.twinSource, t.twinFlags);
    else t.re.compile(t.source, t.flags);
  }
}

/** Twins for an article when all its text is plain. */
export function useTwinsFor(texts: Iterable<string>): void {
  for (const text of texts) {
    if (!isPlainText(text)) {
      usePlainTwins(false);
      return;
    }
  }
  usePlainTwins(true);
}

/** Each registered pattern as itself and as its twin, new objects (for tests). */
export function twinPairs(): [RegExp, RegExp][] {
  return twins.map((t) => [new RegExp(t.source, t.flags), new RegExp(t.twinSource, t.twinFlags)]);
}
