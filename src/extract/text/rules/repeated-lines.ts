import { normalizeLine, type Pass, wordCount } from "../line.js";

/** Far more lines than any article has: past this, pull quotes are not looked for. */
const MAX_LINES_COMPARED = 2000;
/** A pull quote this short could repeat a paragraph by chance ("He said no."). */
const MIN_PULL_QUOTE_WORDS = 6;

/** A line the scraper kept twice: the later copy goes. */
export const repeatedLines: Pass = {
  id: "repeated-lines",
  run(lines) {
    const seen = new Set<string>();
    for (const line of lines) {
      const key = normalizeLine(line.text);
      if (key === "") continue;
      if (seen.has(key) && !line.drop) {
        line.drop = { rule: "repeated-line", reason: "repeats an earlier line (scraper duplicate)" };
      }
      seen.add(key);
    }
  },
};

/**
 * A pull quote: a line that prints again part of a paragraph of the page
 * (the words the site set large beside the text). Read after the header, so
 * a headline its lead repeats is the title, not a pull quote.
 */
export const pullQuotes: Pass = {
  id: "pull-quotes",
  run(lines) {
    const kept = lines.filter((l) => !l.drop).map((l) => ({ line: l, key: bare(l.text) }));
    // Each line is compared with every other: bounded, so a hostile scrape costs no more than a long article.
    if (kept.length > MAX_LINES_COMPARED) return;
    for (const { line, key } of kept) {
      if (wordCount(line.text) < MIN_PULL_QUOTE_WORDS) continue;
      if (kept.some((o) => o.line !== line && o.key.length > key.length && o.key.includes(key)))
        line.drop = { rule: "pull-quote", reason: "pull quote (part of a paragraph printed again)" };
    }
  },
};

/** The words of a line without the marks a pull quote adds or drops. */
const bare = (text: string): string =>
  normalizeLine(text)
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
