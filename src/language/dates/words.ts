// Number words as news writes them ("two years ago", "nineteen ninety-six").
import { TENS_WORDS, UNIT_WORDS } from "../number-words.js";

const UNITS: Record<string, number> = { a: 1, an: 1, ...UNIT_WORDS };
const TENS: Record<string, number> = { ten: 10, ...TENS_WORDS };

export const COUNT = `(?:\\d+|${Object.keys(UNITS).join("|")})`;
const TENS_WORD = Object.keys(TENS).join("|");
const UNIT_WORD = "one|two|three|four|five|six|seven|eight|nine";
/** "nineteen ninety-six", "nineteen seventy", "two thousand", "two thousand and one". */
export const SPELLED_YEAR = `(?:nineteen\\s+(?:${TENS_WORD})(?:[-\\s](?:${UNIT_WORD}))?|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${UNIT_WORD}|ten))?)`;

export function countOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : UNITS[w];
}

export function spelledYear(text: string): number | undefined {
  const words = text.toLowerCase().split(/[-\s]+/);
  if (words[0] === "two" && words[1] === "thousand") {
    const last = words[words.length - 1] as string;
    return 2000 + (last === "thousand" ? 0 : (UNITS[last] ?? 0));
  }
  if (words[0] !== "nineteen") return undefined;
  return 1900 + (TENS[words[1] as string] ?? 0) + (UNITS[words[2] ?? ""] ?? 0);
}

export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** 1-based month of a month name or its abbreviation ("Sept."). */
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
  return i < 0 ? undefined : i + 1;
}
