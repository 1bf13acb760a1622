import { type Pass, wordCount } from "../line.js";

// "The rules of replying:", "Commenting guidelines": only a comment section states them.
const RULES_OF_REPLYING =
  /(?:the )?(?:rules|guidelines) (?:of|for) (?:replying|commenting|comments)|commenting (?:rules|guidelines)/i;
/** Past this share of the page, such rules open the comment section wherever they stand. */
const RULES_FROM_SHARE = 1 / 3;

// Once a comment section opens near the end of a page, what follows is its
// furniture (forms, login notices, community blurbs), not the article.
const OPENERS = new RegExp(
  String.raw`^(?:comments?|join (?:the|our) (?:conversation|discussion|commenting forum)|leave a (?:reply|comment)|add (?:a|your) comment|post a comment|\d+ comments?|show comments|view comments|${RULES_OF_REPLYING.source})\b`,
  "i",
);
// The furniture of comment threads: "Reply", "12 likes", "2 hours ago", "Sort by Newest".
const THREAD_FURNITURE =
  /^(?:reply|replies|like|report|share|\d+\s+(?:likes?|replies|repl(?:y|ies)|upvotes?|points?|votes?)|sort by\b.{0,20}|(?:view|load|show) (?:more|all|older) (?:comments|replies)|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|newest|oldest|most liked|best|top)$/i;
// "Recommend 14", "Closed for comments", a comment's stamp ("Apr 16, 2026 10:12am", "16/04/2026 10:12"),
// and a commenter's handle: one token with a digit or an underscore ("Observer1947", "Kamran_ISB").
const THREAD_MORE =
  /^(?:(?:recommend(?:ed)?|upvote|agree|disagree)\s*\(?\d+\)?|\d+\s+(?:recommend(?:ations|s)?|people recommend this)|(?:closed for comments|comments (?:are )?closed)\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4},?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|@?(?=[\w.-]*[\d_])[A-Za-z][\w.-]{2,24})$/i;
/** A thread shows its furniture at least this often: then the whole rest of the page is the thread. */
const MIN_THREAD_FURNITURE = 3;
/** ...within this many lines of the opener: an early "Comments" line must be followed by the thread itself. */
const THREAD_WINDOW = 12;
const TAIL_SHARE = 0.35;
const MAX_TAIL_LINES = 12;
const MAX_TAIL_LINE_WORDS = 45;

export const commentTail: Pass = {
  id: "comment-tail",
  run(lines) {
    const firstTailIndex = Math.floor(lines.length * (1 - TAIL_SHARE));
    const opens = (l: { text: string }) => OPENERS.test(l.text.trim()) && wordCount(l.text) <= 8;
    // A comment section near the end, or anywhere when what follows it reads as a thread.
    const start = lines.findIndex(
      (l, i) =>
        opens(l) &&
        (i >= firstTailIndex ||
          (RULES_OF_REPLYING.test(l.text) && i >= lines.length * RULES_FROM_SHARE) ||
          isThread(lines.slice(i + 1, i + 1 + THREAD_WINDOW))),
    );
    if (start < 0) return;
    const tail = lines.slice(start);
    if (tail.some((l) => wordCount(l.text) > MAX_TAIL_LINE_WORDS)) return;
    if (tail.length > MAX_TAIL_LINES && !isThread(tail)) return;
    const opener = lines[start]?.text ?? "";
    for (const line of tail) {
      line.drop ??= {
        rule: "comment-section",
        reason: `comment section at the end of the page (after "${opener}")`,
      };
    }
  },
};

function isThread(lines: readonly { text: string }[]): boolean {
  return (
    lines.filter((l) => THREAD_FURNITURE.test(l.text.trim()) || THREAD_MORE.test(l.text.trim())).length >=
    MIN_THREAD_FURNITURE
  );
}
