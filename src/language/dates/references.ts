// Words that place something in time without a calendar value: "now",
// "recently", "in the future". The report contract leaves them out; callers
// that want them (an evaluation against TIMEX3's PRESENT_REF, PAST_REF,
// FUTURE_REF) ask findDates for them.
export type TimeReference = "present" | "past" | "future";

// What may follow "the past" in a duration ("the past two months", "the past twenty years").
const UNIT =
  "(?:years?|months?|weeks?|days?|quarters?|decades?|centur(?:y|ies)|\\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|few|several|couple|many)";
// "the last few months", "the past several quarters": an unsized stretch up to now, no calendar value.
const UNSIZED_PAST =
  "the\\s+(?:past|last)\\s+(?:few|several|many)\\s+(?:years|months|weeks|days|quarters|decades)";
const REFERENCES: [TimeReference, RegExp][] = [
  [
    "present",
    /\b(?<!\bthen[-\s])(?:right\s+now|now|currently|presently|nowadays|at\s+present|these\s+days|current|(?<=\bat\s+)this\s+(?:[a-z]+\s+)?moment)\b(?!-)/gi,
  ],
  [
    "past",
    new RegExp(
      `\\b(?:(?:more\\s+|until\\s+|only\\s+|most\\s+)?recently|previously|formerly|lately|then[-\\s]current|${UNSIZED_PAST}|(?:in\\s+)?the\\s+past(?!\\s+${UNIT}\\b)|(?:in\\s+)?recent(?:\\s+(?:years|months|weeks|days))?|(?:several|a\\s+few|many|some)\\s+years\\s+ago|past\\s+years|(?<=\\bat\\s+)the\\s+time(?!\\s+(?:of|when|that)\\b)|(?<=\\b(?:a|an|the)\\s+)once(?=\\s+[a-z]))\\b`,
      "gi",
    ),
  ],
  [
    "future",
    /\b(?:soon|(?:in\s+)?the\s+(?:near\s+|distant\s+)?future|future|(?:the\s+)?coming\s+(?:years|months|weeks|days|quarters)|the\s+(?:near|short|long)\s+term|(?<=\b(?:will|could|may|might|would)\s+)one\s+day|someday|a\s+later\s+date|(?<=\bin\s+)an?\s+(?:year|month|week)\s+or\s+two)\b/gi,
  ],
];

export interface ReferenceMention {
  text: string;
  start: number;
  end: number;
  reference: TimeReference;
}

/** Time references of a sentence that no date already covers. */
export function findReferences(
  sentence: string,
  taken: (start: number, end: number) => boolean,
): ReferenceMention[] {
  const out: ReferenceMention[] = [];
  for (const [reference, pattern] of REFERENCES) {
    for (const m of sentence.matchAll(pattern)) {
      const text = m[0].replace(/^in\s+/i, "");
      const start = m.index + m[0].length - text.length;
      const end = start + text.length;
      if (taken(start, end) || out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ text, start, end, reference });
    }
  }
  return out;
}
