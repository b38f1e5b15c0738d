// ASCII twins of the rules' Unicode-property patterns, for plain text (see isPlainText): the same matches,
// built and compiled many times faster. Building a pattern with a \p{L} class costs ~0.1 ms (its twin ~5 µs),
// and V8 compiles a pattern on its first match, a \p{L} class (hundreds of ranges, case-folded under `i`)
// costing ~0.2-0.9 ms more: on a short article, most of the engine's cold start. So the rules start as their
// twins (rule`…` builds them so), and a pattern object is recompiled in place (RegExp.prototype.compile) to
// its Unicode form when an article that is not plain comes, and back; the rules keep their own constants.
//
// The state is global: the engine sets it for every paragraph it reads (createAttributor's push). Code that
// calls a rule's function directly on text that is not plain calls usePlainTwins(false) first.

interface Twin {
  readonly re: RegExp;
  readonly source: string;
  readonly flags: string;
  readonly twinSource: string;
  readonly twinFlags: string;
}

const twins: Twin[] = [];
let plain = true;

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

/**
 * A rule's pattern, from its source: built as its twin while the rules run as twins, and registered to be
 * switched with them. Sources with nothing a twin can spell are built as they are.
 */
export function ruleFrom(source: string, flags: string): RegExp {
  const twinSource = flags.includes('u') ? asciiSource(source) : null;
  if (twinSource === null) return new RegExp(source, flags);
  const twinFlags = flags.replace('u', '');
  const re = plain ? new RegExp(twinSource, twinFlags) : new RegExp(source, flags);
  twins.push({ re, source, flags, twinSource, twinFlags });
  return re;
}

/** rule('u')`…`: ruleFrom, written as a template whose backslashes stay as written (as in a /…/ literal). */
export function rule(flags: string): (strings: TemplateStringsArray, ...parts: string[]) => RegExp {
  return (strings, ...parts) => ruleFrom(String.raw(strings, ...parts), flags);
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

/** Each registered pattern as itself and as its twin, new objects (for tests). */
export function twinPairs(): [RegExp, RegExp][] {
  return twins.map((t) => [new RegExp(t.source, t.flags), new RegExp(t.twinSource, t.twinFlags)]);
}
