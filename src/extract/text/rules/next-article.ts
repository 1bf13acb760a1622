import { endsSentence, type Pass } from "../line.js";

// Sites that load the next story as the reader scrolls put a marker between
// the two; a scraper keeps both. What follows the marker is another article.
// "Up next" and "Read next" also head video rails and teaser boxes inside a body: not boundaries.
const NEXT_MARKER = /^next (?:article|story|post)\s*[:|»›>–—-]?\s*$/i;
/** Body paragraphs a marker needs above it: a marker at the top is navigation, not a boundary. */
const MIN_BODY_ABOVE = 2;

export const nextArticle: Pass = {
  id: "next-article",
  run(lines) {
    let body = 0;
    for (const [i, line] of lines.entries()) {
      if (NEXT_MARKER.test(line.text.trim())) {
        if (body < MIN_BODY_ABOVE) continue;
        line.drop = { rule: "next-article", reason: "marker of the next article the page loaded" };
        for (const after of lines.slice(i + 1))
          after.drop ??= { rule: "next-article", reason: "the next article the page loaded, not this one" };
        return;
      }
      if (!line.drop && endsSentence(line.text)) body++;
    }
  },
};
