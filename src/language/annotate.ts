import type { DateMention, Mention, QuoteMention, Span } from "../report/index.js";
import { detectLanguage } from "./detect.js";
import { findQuotes } from "./quotes/find.js";
import { splitSentences } from "./sentences.js";
import type { LanguageTools } from "./tools.js";

export interface Annotation {
  language: string | null;
  sentences: Span[];
  // Entities and dates are the language issue's work: empty until built, never guessed.
  entities: Mention[];
  dates: DateMention[];
  quotes: QuoteMention[];
}

/** Reads one article's cleaned text. */
export function annotate(
  text: string,
  tools: LanguageTools,
  declaredLanguage: string | null = null,
): Annotation {
  return {
    language: declaredLanguage ?? detectLanguage(text),
    sentences: splitSentences(text, tools),
    entities: [],
    dates: [],
    quotes: findQuotes(text),
  };
}
