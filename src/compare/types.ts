import type { ReportArticle } from "../report/index.js";

/** What comparison reads of an article: its text, sentences, dates, quotes and copy status. */
export type CompareArticle = Pick<
  ReportArticle,
  "id" | "outlet" | "published" | "text" | "sentences" | "dates" | "quotes" | "duplicateOf"
>;
