// The attribution before an opening mark, in the same sentence: `Jane Doe said: “`,
// `she had also stated that the deal “`, `X met Y, telling reporters: “`, `According to X, it is “`,
// `Said Jane Doe: “`.
import type { Shape } from "./after.js";
import { CUE_PARTICIPLES, CUE_VERBS, PERSON, SPEAKER, SPEAKER_BEFORE } from "./cues.js";
import { APPOSITION, SPEAKER_START } from "./patterns.js";

// "He’s called it", "they’d said": a contracted auxiliary sticks to the speaker.
const AUXILIARY =
  "(?:['’](?:s|ve|d)\\s+)?(?:(?:had|has|have|also|later|then|previously|further|once|would|will|often|again|repeatedly|simply|just|finally|\\p{Ll}+ed\\s+and)\\s+){0,2}";
const CLAUSE = '[^.!?“”"]';
/** The cue verbs with a capital, for a sentence that opens on the verb. */
const CAPITALIZED_VERBS = CUE_VERBS.split("|")
  .map((v) => v.charAt(0).toUpperCase() + v.slice(1))
  .join("|");

export const BEFORE: Shape[] = [
  {
    pattern: new RegExp(
      `${SPEAKER_START}(${SPEAKER_BEFORE})(?:${APPOSITION})?(?:\\s+|(?=['’]))${AUXILIARY}(${CUE_VERBS}|${CUE_PARTICIPLES})\\b${CLAUSE}{0,120}?\\s*[:,]?\\s*$`,
      "u",
    ),
    speaker: 1,
    cue: 2,
  },
  // `Jane Doe, the mayor, hit back at critics on Friday, tweeting: “`, `protesters marched, while chanting “`.
  {
    pattern: new RegExp(
      `${SPEAKER_START}(${SPEAKER})(?:${APPOSITION})?\\s+${CLAUSE}{2,120}?,\\s+(?:while\\s+|before\\s+)?(${CUE_PARTICIPLES})\\b${CLAUSE}{0,60}?[:,]?\\s*$`,
      "u",
    ),
    speaker: 1,
    cue: 2,
  },
  {
    pattern: new RegExp(
      `^\\s*(${CAPITALIZED_VERBS})\\s+(${SPEAKER_BEFORE})(?:${APPOSITION})?\\s*[:,]\\s*$`,
      "u",
    ),
    speaker: 2,
    cue: 1,
  },
  { pattern: new RegExp(`(according to)\\s+(${SPEAKER_BEFORE}),${CLAUSE}{0,80}$`, "iu"), speaker: 2, cue: 1 },
  // `Brandt was blunt: “`, `She put it simply: “`: a short clause about a person, a colon, then the quote.
  {
    pattern: new RegExp(
      `${SPEAKER_START}(${PERSON})(?:${APPOSITION})?\\s+(\\p{Ll}[\\p{L}'’]*)\\b${CLAUSE}{0,40}?:\\s*$`,
      "u",
    ),
    speaker: 1,
    cue: 2,
  },
];
