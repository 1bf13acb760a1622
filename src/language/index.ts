export { type Annotation, annotate } from "./annotate.js";
export { findDates } from "./dates/find.js";
export { detectLanguage } from "./detect.js";
export { nameKey } from "./entities/consistency.js";
export { findNames, type NameSpan, type NameType } from "./entities/ner/tagger.js";
export { tokenize as nameTokens } from "./entities/ner/tokenize.js";
export { attachRoleSources } from "./entities/role-sources.js";
export { resolveSpeakers } from "./entities/speakers.js";
export { disagreeOnFigures } from "./figures.js";
export {
  findNumbers,
  findQuantities,
  type NumberMention,
  numbersIn,
  pluralNoun,
  type Quantity,
  qualifierClass,
} from "./numbers.js";
export { findQuotes } from "./quotes/find.js";
export { splitSentences } from "./sentences.js";
export { jaccard, setCosine } from "./similarity.js";
export { articleSpecifics, namesEverySpecific, type TextSpecifics } from "./specifics.js";
export { contentTokens, stem, words } from "./tokens.js";
export { type LanguageTools, loadLanguageTools } from "./tools.js";
