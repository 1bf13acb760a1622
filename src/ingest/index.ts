export { type Decoded, decodeBytes } from "./decode.js";
export { formatOf, parseBytes } from "./formats.js";
export { type ReadOptions, type ReadResult, readInputs } from "./read.js";
export { normalizeIsoDate, parseJsonLines, recordToInput } from "./records.js";
export type { ArticleInput } from "./types.js";
