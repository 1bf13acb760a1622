// Tokens for the entity tagger, cut the way its training text is cut
// (CoNLL-2003 style): punctuation apart, possessive "'s" apart, dotted
// abbreviations ("U.S.", "Mr.") whole. wink-nlp's tokens differ in small ways
// ("U.S." at a sentence end) that would shift entity boundaries.

export interface Token {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  "mr mrs ms dr st jr sr gen col lt sgt capt gov sen rep prof inc corp co ltd bros jan feb mar apr jun jul aug sep sept oct nov dec no vs mt ft".split(
    " ",
  ),
);

const TOKEN = new RegExp(
  [
    String.raw`(?:\p{L}\.){2,}`, // U.S., U.N., e.g.
    String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:(?:[-&.]|['’](?!(?:s|S|re|ve|ll|d|m|t)\b))[\p{L}\p{M}\p{N}]+)*`,
    String.raw`['’](?:s|S|re|ve|ll|d|m|t)\b`,
    String.raw`\p{N}+(?:[.,:/-]\p{N}+)*`,
    String.raw`\S`,
  ].join("|"),
  "gu",
);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    // "Mr." keeps its dot; "Britain." at a sentence end does not.
    // An initial ("S. Waugh") keeps its dot too.
    if (text[end] === "." && (ABBREVIATIONS.has(m[0].toLowerCase()) || /^\p{Lu}$/u.test(m[0]))) end++;
    const last = out[out.length - 1];
    if (last && last.end > start) continue; // the dot just taken by an abbreviation
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}
