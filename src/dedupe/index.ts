export { type DerivationItem, derive } from "./derivation.js";
export { type DedupeItem, findDuplicates } from "./duplicates.js";
export { shingles, textKey } from "./shingles.js";
