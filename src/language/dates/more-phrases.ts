// Phrases whose value leans on the article rather than on a calendar word:
// "the week" (some week of the story, which TIMEX3 leaves unspecified),
// "today is the eighth day of…", "until then", "in five years",
// "as last". Kept apart from phrases.ts, which reads periods.
import type { PhraseContext, Rule } from "./phrases.js";
import { isoDay } from "./values.js";
import { COUNT, countOf } from "./words.js";

const pubYear = (c: PhraseContext) => c.published.getUTCFullYear();
const ORDINAL_DAY =
  "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th))";

// "would be redeemed in", "could double in": a modal looks ahead as "will" does.
const MODAL_BEFORE = /\b(?:would|could|might|should|must)\s+(?:\S+\s+){0,3}$/i;

export const MORE_RULES: Rule[] = [
  // "for the week", "the week's busiest session": a week the story does not pin down (TIMEX3 "1989-WXX").
  {
    pattern: /\bthe\s+week\b(?!\s+of\b|[-–])/gi,
    value: (_m, c) => `${pubYear(c)}-WXX`,
  },
  // "today is the eighth day of the strike", "it's the second day of talks": the day of publication.
  {
    pattern: new RegExp(
      `(?<=\\b(?:is|it's|marks)\\s+)the\\s+${ORDINAL_DAY}\\s+(?:straight\\s+|consecutive\\s+)?day\\b`,
      "gi",
    ),
    value: (_m, c) => isoDay(c.published),
  },
  // "until then", "by then": the last day the article named ("ends on Nov. 30. Until then, …").
  {
    pattern: /(?<=\b(?:until|till|by)\s+)then\b/gi,
    value: (_m, c) => c.memory.day,
  },
  // "twice as high this year as last": the year left out after "last" is the one before.
  {
    pattern: /(?<=\bthis\s+year\b[^.;]{0,80}\b(?:as|than)\s+)last\b(?=\s*(?:[.,;:]|$))/gi,
    value: (_m, c) => String(pubYear(c) - 1),
  },
  // "412 last year, up from 350 the year before": the year before the one just named.
  {
    pattern: /\bthe\s+(?:year|previous\s+year|prior\s+year)\s+(?:before|earlier)\b/gi,
    value: (_m, c) => {
      const before = c.sentence.slice(0, c.start);
      const named = [...before.matchAll(/\b(?:(last|this|next)\s+year|((?:19|20)\d\d))\b/gi)].at(-1);
      if (!named) return undefined;
      const year = named[2]
        ? Number(named[2])
        : pubYear(c) + ({ last: -1, this: 0, next: 1 }[(named[1] as string).toLowerCase() as "last"] ?? 0);
      return String(year - 1);
    },
  },
  // "on Oct. 12, the day before the crash": set beside a date, it is that date.
  {
    pattern: /(?<=\b\d{1,2},\s+)the\s+day\s+(?:before|after)\b/gi,
    value: (_m, c) => c.memory.day,
  },
  // "would be repaid in five years": that many years after publication, when the clause looks ahead;
  // "the first rise in five years" is a stretch back, no date.
  {
    pattern: new RegExp(`(?<=\\bin\\s+)(${COUNT})\\s+years\\b(?!\\s+or\\b)`, "gi"),
    value: (m, c) => {
      const n = countOf(m[1] as string);
      const ahead = c.forward() || MODAL_BEFORE.test(c.sentence.slice(Math.max(0, c.start - 40), c.start));
      return n !== undefined && n > 1 && ahead ? String(pubYear(c) + n) : undefined;
    },
  },
];
