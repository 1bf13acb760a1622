import type { RemovedLine } from "../report/index.js";

/** What extraction makes of one input: clean paragraphs, metadata, and every dropped line with its reason. */
export interface Extraction {
  title: string | null;
  byline: string | null;
  /** ISO 8601 as found in the page or scrape. */
  published: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO 8601 date of the last update, as the page states it. */
  modified: string | null;
  /** Place (and agency) of the dateline that opened the text: "PORT ELLERY, Ohio (MPS)". */
  dateline: string | null;
  /** Declared language of an HTML page (lang attribute, meta), if any. */
  language: string | null;
  /** The cleaned body: paragraphs joined by a blank line. */
  text: string;
  removed: RemovedLine[];
}

export interface ExtractOptions {
  /** false: take text exactly as given (already clean). */
  clean: boolean;
  maxHtmlElements: number;
  maxHtmlDepth: number;
}
