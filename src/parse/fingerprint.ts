// A 53-bit fingerprint of a paragraph, with runs of white space counted as one space. The parser keeps
// these rather than the paragraphs themselves to spot repeats, so its memory does not grow with the text
// of a huge input. (cyrb53: two 32-bit multiplicative hashes; a false repeat needs a 53-bit collision.)

export function fingerprint(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) {
      if (space) continue;
      space = true;
      c = 32;
    } else space = false;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
