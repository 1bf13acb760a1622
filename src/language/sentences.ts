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
    for (const s of joinOpenQuotes(block, sentencesOfBlock(block, tools)))
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

/** Most sentences a quotation may run over and still be read as one sentence with its attribution. */
const MAX_QUOTED_SENTENCES = 4;

/**
 * `"We did nothing wrong. A supplier's part failed," the director said.` is
 * one sentence for a reader: the quotation's own full stops do not end it,
 * and neither does the mark that closes `"Why now?" she asked.` A sentence
 * that leaves a quotation open joins the ones after it up to the one that
 * closes it, so no sentence starts or ends inside quotation marks (a
 * quotation running over more sentences keeps them apart).
 */
function joinOpenQuotes(block: string, spans: Span[]): Span[] {
  const glued = glueContinuations(block, spans);
  const out: Span[] = [];
  for (let i = 0; i < glued.length; i++) {
    const first = glued[i] as Span;
    let j = i;
    if (leavesQuoteOpen(block.slice(first.start, first.end))) {
      j = i + 1;
      while (j < glued.length && j - i < MAX_QUOTED_SENTENCES && !closesQuote(block, glued[j] as Span)) j++;
      if (j >= glued.length || j - i >= MAX_QUOTED_SENTENCES) j = i;
    }
    out.push({ start: first.start, end: (glued[j] as Span).end });
    i = j;
  }
  return out;
}

/**
 * `"Why now?" she asked.`: a sentence in lower case after a closing quotation
 * mark goes on from it. So does a figure the tokenizer broke at its decimal
 * point after a currency letter ("R14." "82 billion").
 */
function glueContinuations(block: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const before = prev ? block.slice(prev.start, prev.end) : "";
    const text = block.slice(s.start, s.end);
    if (
      prev &&
      ((/["”’]\s*$/.test(before) && /^\p{Ll}/u.test(text)) ||
        (prev.end === s.start && /\d\.$/.test(before) && /^\d/.test(text)))
    )
      out[out.length - 1] = { start: prev.start, end: s.end };
    else out.push(s);
  }
  return out;
}

function leavesQuoteOpen(sentence: string): boolean {
  const straight = (sentence.match(/"/g) ?? []).length;
  if (straight % 2 === 1) {
    // A straight mark opens when a word follows it.
    const next = sentence[sentence.lastIndexOf('"') + 1] ?? "";
    return /[\p{L}\p{N}‘'(]/u.test(next);
  }
  return (sentence.match(/“/g) ?? []).length > (sentence.match(/”/g) ?? []).length;
}

/** Whether a sentence holds the mark that closes a quotation opened before it. */
function closesQuote(block: string, span: Span): boolean {
  return /["”]/.test(block.slice(span.start, span.end));
}
