// "Today", "yesterday" and "tomorrow" inside a quotation count from the day
// the words were said, not from the day they were printed: in '"Today we
// sign," she said on Monday', printed on Wednesday, today is Monday.
import type { DateMention } from "../../report/index.js";
import { addDays, isoDay, noonOf } from "./values.js";

const DEICTIC_OFFSET: Record<string, number> = {
  today: 0,
  tonight: 0,
  "this morning": 0,
  "this afternoon": 0,
  "this evening": 0,
  yesterday: -1,
  tomorrow: 1,
};

// A day right after the verb that reports the speech: "said on Monday", "told reporters Monday".
const SPEECH_BEFORE_DAY =
  /\b(?:said|told(?:\s+[^"“”.;:]{1,40}?)?|added|announced|declared|stated|wrote|warned|insisted|explained)\s+(?:on\s+|late\s+|early\s+)?$/i;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a place of the sentence lies inside quotation marks, opened in this sentence or before it. */
export function insideQuotation(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  const lastOpen = before.lastIndexOf("“");
  if (lastOpen > before.lastIndexOf("”")) return true;
  // A quotation that opened in an earlier sentence closes in this one, with no mark before this place.
  if (straight === 0 && lastOpen < 0 && !before.includes("”")) {
    const after = sentence.slice(at);
    const next = after.search(/["“”]/);
    return next >= 0 && (after[next] === "”" || (after.match(/"/g) ?? []).length % 2 === 1);
  }
  return false;
}

/** The day the sentence says its quotation was spoken, when a reporting verb gives one outside the quotation. */
function speechDay(sentence: string, mentions: readonly DateMention[]): string | undefined {
  for (const m of mentions) {
    if (!m.value || !FULL_DAY.test(m.value) || insideQuotation(sentence, m.start)) continue;
    if (SPEECH_BEFORE_DAY.test(sentence.slice(Math.max(0, m.start - 60), m.start))) return m.value;
  }
  return undefined;
}

/** The sentence's mentions, with quoted "today", "yesterday" and "tomorrow" counted from the day of speech. */
export function atSpeechDay<M extends DateMention>(sentence: string, mentions: M[]): M[] {
  const quoted = mentions.filter(
    (m) => DEICTIC_OFFSET[m.text.toLowerCase()] !== undefined && insideQuotation(sentence, m.start),
  );
  if (quoted.length === 0) return mentions;
  const day = speechDay(sentence, mentions);
  if (!day) return mentions;
  return mentions.map((m) =>
    quoted.includes(m)
      ? { ...m, value: isoDay(addDays(noonOf(day), DEICTIC_OFFSET[m.text.toLowerCase()] as number)) }
      : m,
  );
}
