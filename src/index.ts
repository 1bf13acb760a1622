// The library's public surface: analyze() and the report types.
export { type AnalyzeInput, type ArticleRecord, analyze, analyzeInputs } from "./analyze.js";
export {
  type AnalyzeOptions,
  type AnalyzeSettings,
  DEFAULT_OPTIONS,
  type Limits,
  type ProgressEvent,
} from "./config/defaults.js";
export { ERRORS, type ErrorCode, type Rejection } from "./errors.js";
export type { Report, ReportArticle, ReportStory } from "./report/index.js";
export { ReportSchema, reportJsonSchema } from "./report/index.js";
export { renderHtml, renderJson, renderMarkdown } from "./report/render.js";
