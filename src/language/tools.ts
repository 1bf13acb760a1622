import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

export type Nlp = ReturnType<typeof winkNLP>;

/** Loaded models, made once per run and passed in: stages keep no module-level state. */
export interface LanguageTools {
  nlp: Nlp;
}

export function createLanguageTools(): LanguageTools {
  return { nlp: winkNLP(model) };
}
