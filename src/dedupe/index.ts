export { type DerivationItem, derive } from "./derivation.js";
export { type DedupeItem, findDuplicates } from "./duplicates.js";
export { DEFAULT_LSH, estimateJaccard, LshIndex, type LshOptions, minhash } from "./minhash.js";
export { shingles, textKey } from "./shingles.js";
