import { type Line, type Pass, wordCount } from "../line.js";

// Once the page's closing chrome begins, short lines without sentence
// punctuation among it are more of the same (taglines, headlines of other
// articles, section names), not news: news paragraphs end with punctuation.
const MAX_WORDS = 15;
// A sentence end, perhaps followed by a wire sign-off such as "(Reuters)".
const ENDS_SENTENCE = /[.!?]["'”’)]?(?:\s+\([^()]{1,40}\))?$/;

/** Footer links are a word or a few: "About us", "Terms & conditions", "Contact". */
const MAX_LINK_WORDS = 4;

/**
 * "© 2026 The Daily X" then "About us / Privacy / Contact us": the page's
 * last lines, short links under a line already known as chrome, are footer
 * links, though nothing after them closes the page.
 */
function dropFooterLinks(lines: Line[]): void {
  let i = lines.length - 1;
  while (i >= 0 && !lines[i]?.drop) {
    const text = lines[i]?.text ?? "";
    if (wordCount(text) > MAX_LINK_WORDS || ENDS_SENTENCE.test(text)) return;
    i--;
  }
  if (i < 0) return;
  for (let k = i + 1; k < lines.length; k++)
    (lines[k] as Line).drop = { rule: "trailing-furniture", reason: "footer links at the end of the page" };
}

export const trailingFurniture: Pass = {
  id: "trailing-furniture",
  run(lines) {
    dropFooterLinks(lines);
    let inChrome = false;
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i];
      if (!line) continue;
      if (line.drop) {
        inChrome = true;
        continue;
      }
      if (!inChrome || ENDS_SENTENCE.test(line.text) || wordCount(line.text) > MAX_WORDS) return;
      line.drop = { rule: "trailing-furniture", reason: "short line among the page's closing chrome" };
    }
  },
};
