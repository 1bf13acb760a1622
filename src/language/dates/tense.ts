// Which way a bare "Thursday" points: news reports the past unless the words
// around the date speak of what is to come ("is due on Thursday", "will vote",
// "by Friday"). A past verb right before the date settles it: "signed on
// Wednesday is expected to…" is the past Wednesday. "Before sunrise on
// Thursday" is a time of day, not a deadline.
const FUTURE =
  /\b(?:will|shall|due|is expected|are expected|(?:is |are )?set to|ahead of|is scheduled|are scheduled|plans? to|planned for|is to|are to|is going to|are going to|upcoming|next|effective|payable)\b/i;
const DEADLINE_BEFORE =
  /\b(?:by|until|till|before(?!\s+(?:dawn|sunrise|sunset|noon|midday|midnight|daybreak|first light)\b))\s+(?!the\s)(?:\S+\s+){0,2}$/i;
const PAST_VERB_BEFORE =
  /\b(?:[a-z]+ed|began|broke|came|held|met|made|said|told|took|went|won|lost|fell|rose|saw|spoke|wrote|gave|left|sent|shut|struck|began|ran|was|were|had)\s+(?:(?:on|in|at|last|early|late)\s+)?$/i;
const WINDOW = 40;

export function pointsForward(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - WINDOW), start);
  if (PAST_VERB_BEFORE.test(before)) return false;
  if (DEADLINE_BEFORE.test(before)) return true;
  const after = sentence.slice(end, end + WINDOW);
  // Only the clause the date stands in: stop at the nearest comma or semicolon.
  const left = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
  const right = after.split(/[,;]/)[0] ?? "";
  return FUTURE.test(left) || FUTURE.test(right);
}
