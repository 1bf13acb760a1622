// What a sentence names that another outlet must also name to be cited for
// it: its proper names and its figures. A sentence that says "told local
// radio station Radio Tambaya" is not backed by an article that never names
// the station, however many of its other words it shares.

/** Capitalized words that name nothing in particular. */
const COMMON = new Set(
  (
    "I A An The This That These Those It He She They We You My Our Your His Her Its Their Mr Mrs Ms Dr Prof " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July " +
    "August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
  ).split(" "),
);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** "Canadian" and "Canada", "Kenyan" and "Kenya": a place and its people's word are one name here. */
const base = (w: string): string =>
  w.replace(/['’]s$/, "").replace(/(?:vians?|ians?|ans?|ese|ish|ns?|[aeiy])$/u, "");

/** The sentence's names (capitalized words not opening it or a quotation) and figures. */
function specificsOf(sentence: string): { names: string[]; figures: string[] } {
  const names: string[] = [];
  const figures: string[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const word = m[0].replace(/[.,]+$/, "").replace(/['’]s$/, "");
    const before = sentence.slice(0, m.index).trimEnd();
    if (/\d/.test(word)) {
      if (/^\d[\d,.]*$/.test(word)) figures.push(word.replace(/,/g, ""));
      continue;
    }
    const opens = before === "" || /[.!?:"“‘(—–-]$/.test(before);
    if (!opens && /^\p{Lu}/u.test(word) && !COMMON.has(word)) names.push(word);
  }
  return { names, figures };
}

/** What a text names and states, read once and asked of many sentences. */
export interface TextSpecifics {
  words: Set<string>;
  bases: Set<string>;
  numbers: Set<string>;
}

export function specificsIndex(text: string): TextSpecifics {
  const words = new Set<string>();
  const bases = new Set<string>();
  const numbers = new Set<string>();
  // Figures inside words count too: "the 22-year-old" states 22.
  for (const m of text.matchAll(/\d[\d,.]*\d|\d/g)) numbers.add(m[0].replace(/,/g, "").replace(/\.$/, ""));
  for (const m of text.matchAll(WORD)) {
    const w = m[0].replace(/[.,]+$/, "").replace(/['’]s$/, "");
    // A name's words may be written in lower case elsewhere ("the river" for the Siskin River's word).
    words.add(w.toLowerCase());
    if (base(w).length >= 4) bases.add(base(w).toLowerCase());
  }
  return { words, bases, numbers };
}

/** Whether a text names every name and states every figure of the sentence (in any form of a demonym). */
export function namesEverySpecific(sentence: string, text: string | TextSpecifics): boolean {
  const { names, figures } = specificsOf(sentence);
  if (names.length === 0 && figures.length === 0) return true;
  const { words, bases, numbers } = typeof text === "string" ? specificsIndex(text) : text;
  return (
    figures.every((f) => numbers.has(f)) &&
    names.every(
      (n) => words.has(n.toLowerCase()) || (base(n).length >= 4 && bases.has(base(n).toLowerCase())),
    )
  );
}

/** Each article's names and figures (title and dateline included), read the first time a sentence asks. */
export function articleSpecifics(
  articles: readonly { id: string; title?: string | null; dateline?: string | null; text: string }[],
): (id: string) => TextSpecifics {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const read = new Map<string, TextSpecifics>();
  return (id) => {
    let out = read.get(id);
    if (!out) {
      const a = byId.get(id);
      out = specificsIndex(a ? [a.title, a.dateline, a.text].filter(Boolean).join("\n") : "");
      read.set(id, out);
    }
    return out;
  };
}
