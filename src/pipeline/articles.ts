import type { AnalyzeOptions } from "../config/defaults.js";
import type { Rejection } from "../errors.js";
import { extractArticle } from "../extract/index.js";
import { annotate, type LanguageTools } from "../language/index.js";
import type { ReportArticle } from "../report/index.js";
import type { Identified } from "./ids.js";

/** Per-article stages (extract, then language): pure functions of one article, run in arrival order. */
export function processArticles(
  identified: Identified[],
  tools: LanguageTools,
  options: AnalyzeOptions,
): { articles: ReportArticle[]; rejected: Rejection[] } {
  const articles: ReportArticle[] = [];
  const rejected: Rejection[] = [];
  identified.forEach(({ id, input }, i) => {
    const result = extractArticle(input, {
      clean: options.clean,
      maxHtmlElements: options.limits.maxHtmlElements,
      maxHtmlDepth: options.limits.maxHtmlDepth,
    });
    options.onProgress?.({ phase: "extract", done: i + 1, total: identified.length });
    if (!result.ok) {
      rejected.push(result.rejection);
      options.onReject?.(result.rejection);
      return;
    }
    const e = result.extraction;
    const a = annotate(e.text, tools, e.language, e.published);
    articles.push({
      id,
      source: input.source,
      outlet: e.outlet,
      title: e.title,
      byline: e.byline,
      published: e.published,
      publishedInferred: false,
      language: a.language,
      url: e.url,
      modified: e.modified,
      dateline: e.dateline,
      text: e.text,
      removed: e.removed,
      sentences: a.sentences,
      entities: a.entities,
      dates: a.dates,
      quotes: a.quotes,
      duplicateOf: null,
      derivedFrom: [],
    });
  });
  return { articles, rejected };
}
