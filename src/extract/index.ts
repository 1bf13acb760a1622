export { type ExtractResult, extractArticle } from "./extract.js";
export { cleanScrape, PASSES } from "./text/clean.js";
export type { Extraction, ExtractOptions } from "./types.js";
