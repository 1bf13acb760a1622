import { type Pass, wordCount } from "../line.js";

// "Space", "Transport", "Banking · Cybersecurity" at the top of an article:
// the site's section names. Headlines and news have more words than this.
const HEAD_LINES = 3;
const MAX_LABEL_WORDS = 2;
const SEPARATOR = /\s+[·|•›>/]\s+/;

export const sectionLabel: Pass = {
  id: "section-label",
  run(lines) {
    for (const line of lines.filter((l) => !l.drop).slice(0, HEAD_LINES)) {
      const parts = line.text.split(SEPARATOR);
      const isLabel = parts.every(
        (p) => wordCount(p) <= MAX_LABEL_WORDS && /^[\p{Lu}&]/u.test(p) && !/[.!?:;,"“”]$/.test(p),
      );
      if (!isLabel) return;
      line.drop = { rule: "section-label", reason: "section label of the site" };
    }
  },
};
