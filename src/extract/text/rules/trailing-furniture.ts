import { type Pass, wordCount } from "../line.js";

// Once the page's closing chrome begins, short lines without sentence
// punctuation among it are more of the same (taglines, headlines of other
// articles, section names), not news: news paragraphs end with punctuation.
const MAX_WORDS = 15;
// A sentence end, perhaps followed by a wire sign-off such as "(Reuters)".
const ENDS_SENTENCE = /[.!?]["'”’)]?(?:\s+\([^()]{1,40}\))?$/;

export const trailingFurniture: Pass = {
  id: "trailing-furniture",
  run(lines) {
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
