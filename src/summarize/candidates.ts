import { contentTokens } from "../language/index.js";

export interface SummaryArticle {
  id: string;
  outlet: string | null;
  text: string;
  sentences: { start: number; end: number }[];
  /** Copies add no support of their own. */
  duplicateOf: string | null;
  /** Where the place of a dateline went ("HUANCHOMA, Peru (Orbis)"): the article names it too. */
  dateline?: string | null;
  title?: string | null;
}

export interface Candidate {
  article: string;
  start: number;
  end: number;
  text: string;
  tokens: Set<string>;
  /** 0 for the first sentence of its article, 1 for the last. */
  position: number;
}

const MIN_WORDS = 6;
const MAX_WORDS = 60;
// A summary sentence must stand alone: not a fragment of a quote or a
// continuation that needs the sentence before it.
const FRAGMENT_START = /^[\p{Ll}”’…)\]-]/u;
const DEPENDENT_START = /^(?:and|but|or|so|also|he|she|it|they|this|that|these|those|his|her|its|their)\b/i;

export function candidatesOf(article: SummaryArticle): Candidate[] {
  const n = article.sentences.length;
  const out: Candidate[] = [];
  article.sentences.forEach((s, i) => {
    const text = article.text.slice(s.start, s.end);
    const words = text.split(/\s+/).length;
    if (words < MIN_WORDS || words > MAX_WORDS || !/[.!?]["”’)]?$/.test(text)) return;
    if (FRAGMENT_START.test(text) || DEPENDENT_START.test(text) || unbalancedQuotes(text)) return;
    out.push({
      article: article.id,
      start: s.start,
      end: s.end,
      text,
      tokens: new Set(contentTokens(text)),
      position: n > 1 ? i / (n - 1) : 0,
    });
  });
  return out;
}

/** A sentence cut out of a longer quotation has an odd number of its marks. */
function unbalancedQuotes(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open !== close;
}
