import { type Pass, wordCount } from "../line.js";
import { looksLikeHeadline } from "./header.js";

// Under a "You may also like" heading come headlines of other articles, one a line.
const MAX_ITEMS = 10;
const HEADINGS = new Set(["related-heading", "related-teaser"]);

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
      for (let j = i + 1; j < lines.length && j <= i + MAX_ITEMS; j++) {
        const item = lines[j];
        if (!item || item.drop || !looksLikeHeadline(item.text)) break;
        item.drop = {
          rule: "related-list",
          reason: `headline of another article, listed under "${line.text}"`,
        };
      }
    });
  },
};
