import type { ItemSentence } from "wink-nlp";
import type { Span } from "../report/index.js";
import type { LanguageTools } from "./tools.js";

// Paragraphs never share a sentence: a headline or a caption-less line break
// ends one even without a full stop.
const PARAGRAPH = /[^\n]+/g;

/** Sentence spans over the whole text, from wink-nlp's sentence boundaries inside each paragraph. */
export function splitSentences(text: string, tools: LanguageTools): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(PARAGRAPH)) {
    const block = m[0];
    if (block.trim() === "") continue;
    for (const s of sentencesOfBlock(block, tools))
      spans.push({ start: m.index + s.start, end: m.index + s.end });
  }
  return spans;
}

function sentencesOfBlock(block: string, tools: LanguageTools): Span[] {
  const { nlp } = tools;
  const doc = nlp.readDoc(block);
  const values = doc.tokens().out() as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  for (const v of values) {
    // wink keeps each token's surface text; find it from the cursor to get offsets.
    const at = block.indexOf(v, cursor);
    const start = at >= 0 ? at : cursor;
    starts.push(start);
    ends.push(at >= 0 ? at + v.length : cursor);
    cursor = at >= 0 ? at + v.length : cursor;
  }
  const out: Span[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(nlp.its.span) as unknown as [number, number];
    const start = starts[first];
    const end = ends[last];
    if (start !== undefined && end !== undefined && end > start) out.push({ start, end });
  });
  return out.length ? out : [{ start: block.length - block.trimStart().length, end: block.trimEnd().length }];
}
