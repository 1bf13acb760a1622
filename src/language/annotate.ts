import type { DateMention, Mention, QuoteMention, Span } from "../report/index.js";
import { findDates } from "./dates/find.js";
import { detectLanguage } from "./detect.js";
import { findNames } from "./entities/ner/tagger.js";
import { findNumbers, type NumberMention } from "./numbers.js";
import { findQuotes } from "./quotes/find.js";
import { splitSentences } from "./sentences.js";
import type { LanguageTools } from "./tools.js";

export interface Annotation {
  language: string | null;
  sentences: Span[];
  /** Names as the tagger reads them; `entity` is set when names are linked across articles. */
  entities: Mention[];
  dates: DateMention[];
  quotes: QuoteMention[];
  numbers: NumberMention[];
}

const MENTION_TYPE = { PER: "person", ORG: "organization", LOC: "location", MISC: "other" } as const;

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
    entities: findNames(text, tools.names).map((n) => ({
      text: n.text,
      start: n.start,
      end: n.end,
      type: MENTION_TYPE[n.type],
      entity: "",
    })),
    dates: findDates(text, sentences, published),
    quotes: findQuotes(text),
    numbers: findNumbers(text),
  };
}
