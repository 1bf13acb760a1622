import type { ReportArticle } from "../report/index.js";

/** What comparison reads of an article: its text, sentences, dates, quotes and copy status. */
export type CompareArticle = Pick<
  ReportArticle,
  "id" | "outlet" | "published" | "dateline" | "text" | "sentences" | "dates" | "quotes" | "duplicateOf"
> &
  Partial<Pick<ReportArticle, "title" | "derivedFrom">>;

/** "100 days ago" counts back roughly, not to a day anyone would date an event by. */
export const countsBack = (dateText: string): boolean =>
  /\b\d+\s+(?:days|weeks|months|years)\s+ago\b/i.test(dateText);
