import * as chrono from "chrono-node";
import { type Pass, wordCount } from "../line.js";
import { NAME } from "./byline.js";
import { eitherWayRound, isoFromChrono } from "./date-line.js";

// "Kofi Marchbank · July 29, 2026 · 4 min read", "By A, Reporter · 6 March 2026":
// a line of short parts, one a date or a reading time and one a name or a
// label, is the article's byline-and-date line, not prose. A line of only a
// date and a time is the date-line rule's.
const HEAD_LINES = 10;
const SEPARATOR = /\s+[·|•]\s+/;
const READING_TIME = /^\d+\s*(?:min(?:ute)?s?|m)\s*(?:read|listen)$/i;
// "By Jo Marsh", "Posted by Jo Marsh", "Written by Jo Marsh".
const BY = /^(?:(?:posted|written|words|story|published)\s+)?by\s+/i;
const MAX_PART_WORDS = 8;

type Part = "date" | "time" | "name" | "other";

export const metaLine: Pass = {
  id: "meta-line",
  run(lines, meta) {
    for (const line of lines.filter((l) => !l.drop).slice(0, HEAD_LINES)) {
      const parts = line.text.split(SEPARATOR).map((p) => p.trim());
      if (parts.length < 2 || parts.some((p) => wordCount(p) > MAX_PART_WORDS)) continue;
      const kinds = parts.map(kindOf);
      const timed = kinds.some((k) => k === "date" || k === "time");
      const labelled = kinds.some((k) => k === "name" || k === "other");
      if (!timed || !labelled) continue;
      if (kinds.includes("date"))
        meta.published ??= dateOf(
          parts.filter((_, i) => kinds[i] === "date" || kinds[i] === "time").join(" "),
        );
      const name = parts.find((_, i) => kinds[i] === "name");
      if (name && !meta.byline) meta.byline = name.replace(BY, "").split(/\s*,\s*/)[0];
      line.drop = { rule: "meta-line", reason: "byline and date line (kept as metadata)" };
    }
  },
};

function kindOf(part: string): Part {
  if (READING_TIME.test(part)) return "time";
  if (/\d/.test(part)) {
    const found = chrono.parse(part)[0];
    if (found && found.text.length >= part.length - 3) return found.start.isCertain("day") ? "date" : "time";
  }
  const bare = part.replace(BY, "").split(/\s*,\s*/)[0] ?? "";
  return (BY.test(part) || NAME.test(part)) && NAME.test(bare) ? "name" : "other";
}

function dateOf(text: string): string | undefined {
  if (eitherWayRound(text)) return undefined;
  const found = chrono.parse(text)[0];
  return found?.start.isCertain("day") ? isoFromChrono(found.start) : undefined;
}
