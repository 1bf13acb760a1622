export type { SummaryArticle } from "./candidates.js";
export { SUPPORT_SIMILARITY, summarize } from "./select.js";
