import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { modelScorer, type NerModelData, type Scorer } from "./tagger.js";

// The weights ship beside the code, in models/ at the package root (the same
// depth from src/ and from dist/).
const MODEL = new URL("../../../../models/ner-en.json.gz", import.meta.url);

export function loadNerModel(): Scorer {
  const data = JSON.parse(gunzipSync(readFileSync(MODEL)).toString("utf8")) as NerModelData;
  return modelScorer(data);
}
