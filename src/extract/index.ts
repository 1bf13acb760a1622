export { type ExtractResult, extractArticle } from "./extract.js";
export {
  countTemplateLines,
  MIN_TEMPLATE_ARTICLES,
  removeTemplateLines,
  type TemplateCounts,
  templateKey,
} from "./templates.js";
export { cleanScrape, PASSES } from "./text/clean.js";
export type { Extraction, ExtractOptions } from "./types.js";
