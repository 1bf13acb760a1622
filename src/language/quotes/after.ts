// The attribution that follows a closing mark: `,” she said`, `,” said Jane Doe`,
// `,” Jane Doe, the mayor, told reporters`, `,” according to the ruling`, `“…” ― Jane Doe`.
import { CUE_VERBS_AFTER, NAMED_SIGNATURE, SPEAKER_AFTER } from "./cues.js";
import { APPOSITION } from "./patterns.js";

/** Where a match puts the speaker and the cue: regex and the two group numbers. */
export interface Shape {
  pattern: RegExp;
  speaker: number;
  cue: number;
}

const AUXILIARY = "(?:(?:also|then|later|often|again|further|has|had|have|will|would|once)\\s+){0,2}";
// Any verb in -ed or -s ("Doe barked", "he surmises"), bar the copulas and auxiliaries.
const ANY_VERB =
  "(?!(?:is|was|has|does|as|us|this|his|its|yes|ties)\\b)\\p{Ll}{2,}(?:ed|s)(?:\\s+(?:out|back|in|up|on))?";

const strictShapes = (verbs: string): Shape[] => [
  {
    pattern: new RegExp(`^[\\s,]*(${SPEAKER_AFTER})(?:${APPOSITION})?\\s+${AUXILIARY}(${verbs})\\b`, "u"),
    speaker: 1,
    cue: 2,
  },
  { pattern: new RegExp(`^[\\s,]*(${verbs})\\s+(${SPEAKER_AFTER})`, "u"), speaker: 2, cue: 1 },
];

/** Shapes that hold after any quote. */
export const AFTER: Shape[] = [
  ...strictShapes(CUE_VERBS_AFTER),
  { pattern: new RegExp(`^[\\s,]*(according to)\\s+(${SPEAKER_AFTER})`, "u"), speaker: 2, cue: 1 },
  // A quote signed at the end of its paragraph: `“…” ― Jane Doe`.
  { pattern: new RegExp(`^\\s*([―—–])\\s*(${NAMED_SIGNATURE})[.\\s]*$`, "u"), speaker: 2, cue: 1 },
];

/**
 * A quote whose last words end in a comma, question or exclamation mark hands the sentence on to
 * its attribution, so there any verb next to a speaker is the cue: `“Go home,” Doe barked.`
 */
export const AFTER_HANDOVER: Shape[] = strictShapes(ANY_VERB);
