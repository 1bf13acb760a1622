import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { loadNerModel } from "./entities/ner/model.js";
import type { Scorer } from "./entities/ner/tagger.js";

export type Nlp = ReturnType<typeof winkNLP>;

/** Loaded models, passed to the stages that read text. */
export interface LanguageTools {
  nlp: Nlp;
  /** The entity tagger's weights. */
  names: Scorer;
}

// The one process-wide cache in the engine, and read-only: wink-nlp changes
// its shared model each time it is instantiated, and the twentieth instance
// in a process throws ("Invalid string length"). Reading documents does not
// change it, so every run shares the one instance.
let loaded: LanguageTools | undefined;

export function loadLanguageTools(): LanguageTools {
  loaded ??= { nlp: winkNLP(model), names: loadNerModel() };
  return loaded;
}
