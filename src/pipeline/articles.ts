import type { AnalyzeOptions } from "../config/defaults.js";
import type { Rejection } from "../errors.js";
import {
  countTemplateLines,
  type Extraction,
  extractArticle,
  removeTemplateLines,
} from "../extract/index.js";
import { annotate, type LanguageTools } from "../language/index.js";
import type { ReportArticle } from "../report/index.js";
import type { Identified } from "./ids.js";

/**
 * Per-article stages (extract, then language) in arrival order, with one
 * corpus-wide step between them: lines an outlet repeats across unrelated
 * articles are learned as its template and cut before the language stage.
 */
export function processArticles(
  identified: Identified[],
  tools: LanguageTools,
  options: AnalyzeOptions,
): { articles: ReportArticle[]; rejected: Rejection[] } {
  const rejected: Rejection[] = [];
  const extracted: { id: string; source: string; extraction: Extraction }[] = [];
  identified.forEach(({ id, input }, i) => {
    const result = extractArticle(input, {
      clean: options.clean,
      maxHtmlElements: options.limits.maxHtmlElements,
      maxHtmlDepth: options.limits.maxHtmlDepth,
    });
    options.onProgress?.({ phase: "extract", done: i + 1, total: identified.length });
    if (result.ok) extracted.push({ id, source: input.source, extraction: result.extraction });
    else {
      rejected.push(result.rejection);
      options.onReject?.(result.rejection);
    }
  });
  const template = options.clean ? countTemplateLines(extracted.map((x) => x.extraction)) : new Map();
  const articles = extracted.map(({ id, source, extraction }) =>
    annotateArticle(id, source, removeTemplateLines(extraction, template), tools),
  );
  return { articles, rejected };
}

function annotateArticle(id: string, source: string, e: Extraction, tools: LanguageTools): ReportArticle {
  const a = annotate(e.text, tools, e.language, e.published);
  return {
    id,
    source,
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
    numbers: a.numbers,
    duplicateOf: null,
    derivedFrom: [],
  };
}
