// Content words for similarity: lower case, no stop words, plural and
// possessive endings folded. Shared by dedupe, cluster and summarize so that
// all three compare text the same way.
const STOP = new Set(
  (
    "a about above after again against all also am an and any are aren't as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just may me might more most must my myself no nor not now of off on once only or other our ours ourselves out over own said same says she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves " +
    "one two new year years last first according told say saying per mr mrs ms dr week day also still since however while"
  ).split(" "),
);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

// "U.S." and "U.N." are one word each, not two stray letters.
const DOTTED_ACRONYM = /\b(?:\p{L}\.){2,}/gu;

export function words(text: string): string[] {
  return (
    text
      .replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, ""))
      .toLowerCase()
      .match(WORD) ?? []
  );
}

export function stem(word: string): string {
  let w = word.replace(/['’]s$/, "");
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) w = w.slice(0, -1);
  return w;
}

export function contentTokens(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOP.has(w) || w.length < 2 || /^\d+$/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}
