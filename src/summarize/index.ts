export type { SummaryArticle } from "./candidates.js";
export { printsSameWords, quotedPassages } from "./quoted.js";
export { SUPPORT_SIMILARITY, type SummaryFocus, summarize } from "./select.js";
