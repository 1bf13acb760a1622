// Which way a bare "Thursday" or "December" points: news reports the past
// unless the words around the date speak of what is to come ("is due on
// Thursday", "will vote", "by Friday"). The tense word nearest the date in
// its clause decides: "signed on Wednesday is expected to…" is the past
// Wednesday, "will be named commander for a mission in December" the coming
// December. "Before sunrise on Thursday" is a time of day, not a deadline.
export type Direction = "forward" | "back" | "unknown";

const FUTURE =
  /\b(?:will|shall|would(?!\s+have)|due|is expected|are expected|(?:is |are )?set to|ahead of|is scheduled|are scheduled|scheduled (?:for|to)|plans? to|planned for|is to|are to|is going to|are going to|upcoming|next|effective|payable|(?:a|the)\s+(?:(?:trial|hearing|court|sentencing|new|release|launch|target)\s+)?date\s+for)\b/gi;
const DEADLINE_BEFORE =
  /\b(?:by|until|till|before(?!\s+(?:dawn|sunrise|sunset|noon|midday|midnight|daybreak|first light)\b))\s+(?!the\s)(?:\S+\s+){0,2}$/i;
const DEADLINE_THE = /\b(?:by|until|till)\s+the\s+$/i;
// "ordered schools closed until Wednesday", "extended through Friday": a state set now that lasts until
// the day, told without "was" or "stayed" (which narrate a past stretch).
const STATE_UNTIL =
  /\b(?<!\b(?:was|were|had|been|has|have|stayed|remained|lay|sat)\s+)[a-z]{3,}ed\s+(?:until|till|through)\s+$/i;
const IRREGULAR =
  "began|bought|broke|brought|built|came|caught|chose|did|drew|drove|fell|felt|flew|fought|found|gave|got|grew|had|held|kept|knew|led|left|lost|made|meant|met|paid|ran|rose|said|sank|saw|sent|shut|sold|sought|spent|spoke|stood|struck|took|told|thought|threw|was|went|were|won|wrote|ago";
// Past forms; not "-ed" words that announce what is to come ("scheduled", "expected") or are no verbs ("need",
// "hundred"), nor participles after an auxiliary, which carries the tense itself ("will be named", "was signed").
const PAST = new RegExp(
  String.raw`\b(?<!\b(?:be|been|being|is|are|was|were|am|has|have|had)\s+)(?:(?!(?:schedul|expect|plann|slat|propos|intend|hundr|unit|limit|bas|ne|fe|spe|inde|proce|exce|succe|se|de|bre|gre|ble|sh)ed\b)(?!un)[a-z]{2,}ed|${IRREGULAR})\b`,
  "gi",
);
const PAST_VERB_BEFORE = new RegExp(`${PAST.source}\\s+(?:(?:on|in|at|last|early|late)\\s+)?$`, "i");
const WINDOW = 80;
// The present tense right before a date states a schedule: "the two sides meet Monday", "voting opens on Friday".
const SCHEDULE_BEFORE =
  /\b(?<!\b(?:did|didn't|not|to)\s+)(?:meets?|begins?|starts?|opens?|resumes?|votes?|visits?|arrives?|returns?|travels?|expires?|heads?)(?:\s+[a-z]+ly)?\s+(?:on\s+)?$/i;

/** Whether the words around the date look ahead, back, or say nothing. */
export function direction(sentence: string, start: number, end: number): Direction {
  const before = sentence.slice(Math.max(0, start - WINDOW), start);
  if (PAST_VERB_BEFORE.test(before)) return "back";
  if (SCHEDULE_BEFORE.test(before)) return "forward";
  // Only the clause the date stands in: from the nearest comma or semicolon before it.
  const left = before.slice(clauseStart(before));
  const cue = nearestCue(left);
  // "by Friday" sets a deadline, unless the clause is told in the past ("had filed reports by Wednesday")
  // or the day names an event ("before Friday's vote" keeps the vote's own tense).
  const possessive = /^['’]s\b/.test(sentence.slice(end));
  // "until the end of June": the deadline word stands before "the", the date's own first word after it.
  const deadline =
    DEADLINE_BEFORE.test(before) ||
    (DEADLINE_THE.test(before) && /^(?:end|start|beginning|middle|close)\b/i.test(sentence.slice(start)));
  if (deadline && !possessive && (cue !== "back" || STATE_UNTIL.test(before))) return "forward";
  if (cue !== "unknown") return cue;
  // After the date: the rest of its clause, or the main clause a leading date opens ("In January, the firm
  // hired…"); not an attribution after a trailing date ("…in January, the board said").
  const opening = /^\s*(?:\S+\s+){0,2}$/.test(left);
  const after = sentence.slice(end, end + WINDOW);
  return firstCue((opening ? after.replace(/^[\s,]+/, "") : after).split(/[,;]/)[0] ?? "");
}

/** Compatibility for callers that only ask whether the date looks ahead. */
export function pointsForward(sentence: string, start: number, end: number): boolean {
  return direction(sentence, start, end) === "forward";
}

/** Where the clause ending the text starts: after its last comma or semicolon, not a thousands comma ("$18,000"). */
function clauseStart(text: string): number {
  let at = 0;
  for (const m of text.matchAll(/[,;]/g))
    if (!/\d[,]\d/.test(text.slice(m.index - 1, m.index + 2))) at = m.index + 1;
  return at;
}

function lastIndex(text: string, pattern: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(pattern)) at = m.index;
  return at;
}

function nearestCue(text: string): Direction {
  const future = lastIndex(text, FUTURE);
  const past = lastIndex(text, PAST);
  if (future < 0 && past < 0) return "unknown";
  return future > past ? "forward" : "back";
}

function firstCue(text: string): Direction {
  const future = text.search(FUTURE);
  const past = text.search(PAST);
  if (future < 0 && past < 0) return "unknown";
  if (future < 0) return "back";
  if (past < 0) return "forward";
  return future < past ? "forward" : "back";
}
