import { AFTER, AFTER_HANDOVER, type Shape } from "./after.js";
import { BEFORE } from "./before.js";
import { tidySpeaker } from "./speaker.js";

export interface Attribution {
  speakerText: string;
  /** Offsets of speakerText in the paragraph. */
  speakerStart: number;
  speakerEnd: number;
  cue: string;
}

const MAX_BEFORE = 240;

/** The speaker of an introduction that ends a paragraph ("Caddell continued:"), offsets within it. */
export function attributeIntro(paragraph: string): Attribution | undefined {
  return beforeCue(paragraph, paragraph.length);
}

/** Who said the quote between `open` and `close` in the paragraph, when a cue shows it. */
export function attribute(paragraph: string, open: number, close: number): Attribution | undefined {
  const after = paragraph.slice(close);
  const handsOver = /[,?!]\s*[”"“»]?$/.test(paragraph.slice(open, close)) || /^,/.test(after);
  return (
    firstMatch(paragraph, close, after, AFTER) ??
    (handsOver ? firstMatch(paragraph, close, after, AFTER_HANDOVER) : undefined) ??
    beforeCue(paragraph, open)
  );
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
  return firstMatch(paragraph, open - clause.length, clause, BEFORE);
}

function firstMatch(
  paragraph: string,
  offset: number,
  text: string,
  shapes: Shape[],
): Attribution | undefined {
  for (const shape of shapes) {
    const m = shape.pattern.exec(text);
    const found = m ? at(paragraph, offset, m, shape) : undefined;
    if (found) return found;
  }
  return undefined;
}

function at(paragraph: string, offset: number, m: RegExpExecArray, shape: Shape): Attribution | undefined {
  const written = m[shape.speaker] as string;
  const speakerText = tidySpeaker(written);
  const speakerStart = offset + m.index + m[0].indexOf(written);
  if (paragraph.slice(speakerStart, speakerStart + speakerText.length) !== speakerText) return undefined;
  return {
    speakerText,
    speakerStart,
    speakerEnd: speakerStart + speakerText.length,
    cue: (m[shape.cue] as string).toLowerCase(),
  };
}
