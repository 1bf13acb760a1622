import { AFTER, AFTER_HANDOVER, type Shape } from "./after.js";
import { BEFORE } from "./before.js";
import { NAMED } from "./cues.js";
import { tidySpeaker } from "./speaker.js";

export interface Attribution {
  speakerText: string;
  /** Offsets of speakerText in the paragraph. */
  speakerStart: number;
  speakerEnd: number;
  cue: string;
}

const MAX_BEFORE = 240;
const NAME_APPOSITION = new RegExp(`^,\\s+(${NAMED}),`, "u");

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
  const sentenceStart = Math.max(lastFullStop(before), before.lastIndexOf("” "), before.lastIndexOf('" '));
  const clause = sentenceStart >= 0 ? before.slice(sentenceStart + 2) : before;
  return firstMatch(paragraph, open - clause.length, clause, BEFORE);
}

/** "St. Aldric", "Prof. Doe", "J. Doe": a short capitalized word's dot ends no sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}\p{Ll}{0,3}|\p{Lu})\.$/u;

function lastFullStop(text: string): number {
  for (let i = text.lastIndexOf(". "); i >= 0; i = text.lastIndexOf(". ", i - 1))
    if (!ABBREVIATION.test(text.slice(Math.max(0, i - 6), i + 1))) return i;
  return -1;
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
  const described = offset + m.index + m[0].indexOf(written);
  // "Vallenco's sporting director, Ander Salazarte, said": the name in apposition is the speaker.
  const named = /^[\p{Ll}]|^\p{Lu}[\p{L}'’-]*['’]s\s/u.test(written)
    ? NAME_APPOSITION.exec(paragraph.slice(described + written.length))
    : null;
  const speakerText = named ? (named[1] as string) : tidySpeaker(written);
  const speakerStart = named
    ? described + written.length + (named[0].length - (named[1] as string).length - 1)
    : described;
  if (paragraph.slice(speakerStart, speakerStart + speakerText.length) !== speakerText) return undefined;
  return {
    speakerText,
    speakerStart,
    speakerEnd: speakerStart + speakerText.length,
    cue: (m[shape.cue] as string).toLowerCase(),
  };
}
