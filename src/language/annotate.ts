import type { DateMention, Mention, QuoteMention, Span } from "../report/index.js";
import { findDates } from "./dates/find.js";
import { detectLanguage } from "./detect.js";
import { findNumbers, type NumberMention } from "./numbers.js";
import { findQuotes } from "./quotes/find.js";
import { splitSentences } from "./sentences.js";
import type { LanguageTools } from "./tools.js";

export interface Annotation {
  language: string | null;
  sentences: Span[];
  // Entities are the language issue's work: empty until built, never guessed.
  entities: Mention[];
  dates: DateMention[];
  quotes: QuoteMention[];
  numbers: NumberMention[];
}

/** Reads one article's cleaned text. */
export function annotate(
  text: string,
  tools: LanguageTools,
  declaredLanguage: string | null = null,
  published: string | null = null,
): Annotation {
  const sentences = splitSentences(text, tools);
  return {
    language: declaredLanguage ?? detectLanguage(text),
    sentences,
    entities: [],
    dates: findDates(text, sentences, published),
    quotes: findQuotes(text),
    numbers: findNumbers(text),
  };
}
