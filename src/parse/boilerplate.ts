// Page furniture that scrapers leave in article text: author boxes, "read more" links, ad slots, share
// buttons, stray CSS, dataset markers. Such a line is not content and is dropped.

const BOILERPLATE_LINE: readonly RegExp[] = [
  /^about (the )?author\b.{0,40}$/i,
  /^read more\b\s*[:>»-]/i,
  /^(also read|related|recommended|see also|watch)\s*[:>»]/i,
  /^story continues below( this)? advertisement$/i,
  /^(advertisement|advertising|sponsored( content)?|skip advertisement)$/i,
  /^(share|share this( article| story)?|tweet|email|print)$/i,
  /^(follow us|sign up|subscribe)\b.{0,60}$/i,
  /^(abstract|full text)\.?$/i, // ProQuest/NYT dataset markers
  /^(click here|continue reading)\b.{0,60}$/i,
  /^share (on|via) \w+( \w+)?$/i, // "Share on Facebook"
  /^listen to (this|the) (article|story)\b.{0,40}$/i,
  /^(©|copyright ©|copyright \d{4}|\(c\) \d{4}).{0,120}$/i,
  /^all rights reserved\.?$/i,
];

/** The patterns above as one (each is anchored at the start): a line is tried once, not thirteen times. */
const ANY_BOILERPLATE_LINE = new RegExp(`^(?:${BOILERPLATE_LINE.map((re) => re.source.slice(1)).join('|')})`, 'i');

// Leftover CSS: selectors opening a rule, declarations, closing braces, @media lines.
const CSS_LINE = /^(@media\b.*\{|[.#@]?[\w\s.,:#>()-]*\{|\}\.?|[\w-]+\s*:\s*[^.]*;)$/;

/** Furniture lines are short; a longer line is prose and skips the patterns (they run on every line). */
const MAX_BOILERPLATE_CHARS = 160;

/**
 * Lines that head a web page's list of links ("Related topics", "More on this story"): the whole block they
 * open is furniture, the links under them too.
 */
const LINK_LIST_HEADS = ['related topics', 'related stories', 'related links', 'more on this story', 'more from ', 'top stories', 'most read', 'most popular', 'elsewhere on ', 'you may also like', 'recommended for you'];

export function isLinkListHead(line: string): boolean {
  // (Plain string tests: a pattern here is compiled at every start, for lines few articles have.)
  if (line.length > 60) return false;
  const lower = line.toLowerCase();
  return LINK_LIST_HEADS.some((head) => lower.startsWith(head));
}

export function isBoilerplateLine(line: string): boolean {
  if (line.length > MAX_BOILERPLATE_CHARS) return false;
  return ANY_BOILERPLATE_LINE.test(line) || (mayBeCss(line) && CSS_LINE.test(line));
}

/** Every shape CSS_LINE takes has a brace or ends in a semicolon: prose without either skips it. */
function mayBeCss(line: string): boolean {
  return line.includes('{') || line.includes('}') || line.endsWith(';');
}
