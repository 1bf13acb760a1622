import { type Pass, wordCount } from "../line.js";
import { looksLikeHeadline } from "./header.js";

// Under a "You may also like" heading come headlines of other articles, one a line.
const MAX_ITEMS = 20;
const HEADINGS = new Set(["related-heading", "related-teaser"]);
// A ranked list numbers its items on lines of their own ("1", "2."); a topics box lists one-word topics.
const LIST_MARK = /^\d{1,2}[.)]?$/;
const isTopic = (text: string): boolean =>
  wordCount(text) <= 3 && /^\p{Lu}[\p{L}'’-]+(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]+){0,2}$/u.test(text);

export const relatedList: Pass = {
  id: "related-list",
  run(lines) {
    lines.forEach((line, i) => {
      if (
        !line.drop ||
        !HEADINGS.has(line.drop.rule) ||
        !/[:\s]*$/.test(line.text) ||
        wordCount(line.text) > 8
      )
        return;
      // A box lists its items right under its heading; after a blank line comes something else.
      if (lines[i + 1]?.afterBlank) return;
      for (let j = i + 1; j < lines.length && j <= i + MAX_ITEMS; j++) {
        const item = lines[j];
        if (j > i + 1 && item?.afterBlank) break;
        // A ranked list's numbers may already be gone as counters.
        if (item?.drop?.rule === "share-buttons" && LIST_MARK.test(item.text)) continue;
        if (
          !item ||
          item.drop ||
          !(looksLikeHeadline(item.text) || LIST_MARK.test(item.text) || isTopic(item.text))
        )
          break;
        item.drop = {
          rule: "related-list",
          reason: `headline of another article, listed under "${line.text}"`,
        };
      }
    });
  },
};
