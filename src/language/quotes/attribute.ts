import { CUE_PARTICIPLES, CUE_VERBS, SPEAKER } from "./cues.js";

export interface Attribution {
  speakerText: string;
  /** Offsets of speakerText in the paragraph. */
  speakerStart: number;
  speakerEnd: number;
  cue: string;
}

// After the closing mark: `,” she said`, `,” said Jane Doe`, `,” Jane Doe, the mayor, told reporters`.
const AFTER_SPEAKER_VERB = new RegExp(`^[\\s,]*(${SPEAKER})(?:,[^,”"]{2,80},)?\\s+(${CUE_VERBS})\\b`, "u");
const AFTER_VERB_SPEAKER = new RegExp(`^[\\s,]*(${CUE_VERBS})\\s+(${SPEAKER})`, "u");
// Before the opening mark, in the same sentence: `Jane Doe said: “`, `she had also stated that the deal “`,
// `X met Y, telling reporters: “`, `According to X, it is “`.
const AUXILIARY = "(?:(?:had|has|have|also|later|then|previously|further|once|would|will)\\s+){0,2}";
const CLAUSE = '[^.!?“”"]';
const BEFORE = new RegExp(
  `(${SPEAKER})(?:,[^,“"]{2,80},)?\\s+${AUXILIARY}(${CUE_VERBS}|${CUE_PARTICIPLES})\\b${CLAUSE}{0,120}?\\s*[:,]?\\s*$`,
  "u",
);
const BEFORE_PARTICIPLE = new RegExp(
  `(${SPEAKER})\\s+${CLAUSE}{2,80}?,\\s+(${CUE_PARTICIPLES})\\b${CLAUSE}{0,60}?[:,]?\\s*$`,
  "u",
);
const ACCORDING = new RegExp(`(according to)\\s+(${SPEAKER}),${CLAUSE}{0,80}$`, "iu");
const MAX_BEFORE = 160;

/** The speaker of an introduction that ends a paragraph ("Caddell continued:"), offsets within it. */
export function attributeIntro(paragraph: string): Attribution | undefined {
  return beforeCue(paragraph, paragraph.length);
}

/** Who said the quote between `open` and `close` in the paragraph, when a cue shows it. */
export function attribute(paragraph: string, open: number, close: number): Attribution | undefined {
  const after = paragraph.slice(close);
  const a1 = AFTER_SPEAKER_VERB.exec(after);
  if (a1) return at(paragraph, close, a1, 1, 2);
  const a2 = AFTER_VERB_SPEAKER.exec(after);
  if (a2) return at(paragraph, close, a2, 2, 1);
  return beforeCue(paragraph, open);
}

function beforeCue(paragraph: string, open: number): Attribution | undefined {
  const windowStart = Math.max(0, open - MAX_BEFORE);
  const before = paragraph.slice(windowStart, open);
  const sentenceStart = Math.max(
    before.lastIndexOf(". "),
    before.lastIndexOf("” "),
    before.lastIndexOf('" '),
  );
  const clause = sentenceStart >= 0 ? before.slice(sentenceStart + 2) : before;
  const from = open - clause.length;
  const b = BEFORE.exec(clause);
  if (b) return at(paragraph, from, b, 1, 2);
  const p = BEFORE_PARTICIPLE.exec(clause);
  if (p) return at(paragraph, from, p, 1, 2);
  const c = ACCORDING.exec(clause);
  if (c) return at(paragraph, from, c, 2, 1);
  return undefined;
}

function at(
  paragraph: string,
  offset: number,
  m: RegExpExecArray,
  speakerGroup: number,
  cueGroup: number,
): Attribution | undefined {
  // A name's pattern allows dots for initials ("J. Doe"); a sentence's full stop is not part of it.
  const speakerText = (m[speakerGroup] as string).replace(/(\p{L}{3,})\.$/u, "$1");
  const relative = m[0].indexOf(m[speakerGroup] as string);
  const speakerStart = offset + m.index + relative;
  if (paragraph.slice(speakerStart, speakerStart + speakerText.length) !== speakerText) return undefined;
  return {
    speakerText,
    speakerStart,
    speakerEnd: speakerStart + speakerText.length,
    cue: (m[cueGroup] as string).toLowerCase(),
  };
}
