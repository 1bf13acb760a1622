import { type Pass, wordCount } from "../line.js";

// Once a comment section opens near the end of a page, what follows is its
// furniture (forms, login notices, community blurbs), not the article.
const OPENERS =
  /^(?:comments?|join (?:the|our) (?:conversation|discussion|commenting forum)|leave a (?:reply|comment)|add (?:a|your) comment|post a comment|\d+ comments?|show comments|view comments)\b/i;
const TAIL_SHARE = 0.35;
const MAX_TAIL_LINES = 12;
const MAX_TAIL_LINE_WORDS = 45;

export const commentTail: Pass = {
  id: "comment-tail",
  run(lines) {
    const firstTailIndex = Math.floor(lines.length * (1 - TAIL_SHARE));
    const start = lines.findIndex(
      (l, i) => i >= firstTailIndex && OPENERS.test(l.text.trim()) && wordCount(l.text) <= 8,
    );
    if (start < 0) return;
    const tail = lines.slice(start);
    if (tail.length > MAX_TAIL_LINES || tail.some((l) => wordCount(l.text) > MAX_TAIL_LINE_WORDS)) return;
    const opener = lines[start]?.text ?? "";
    for (const line of tail) {
      line.drop ??= {
        rule: "comment-section",
        reason: `comment section at the end of the page (after "${opener}")`,
      };
    }
  },
};
