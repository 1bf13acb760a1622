import { type Pass, wordCount } from "../line.js";

// Datelines open the first paragraph of wire and newspaper copy:
// "PORT ELLERY, Ohio (MPS) — A fire…", "SOLLAS POINT, Scotland, Sept 17 (MPS) - A rocket…",
// "Washington: The United States…". The place goes to metadata; the sentence keeps its start.
const CAPS_DATELINE =
  /^((?:\p{Lu}[\p{Lu}.'’-]+)(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}){0,2}(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?(?:\s*\([^()]{2,24}\))?)\s*(?:—|–|--|-)\s+(?=\S)/u;
const COLON_DATELINE = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}):\s+(?=\p{Lu})/u;
// Labels that open a paragraph with a colon but name no place.
const NOT_PLACES = new Set(
  "update updated analysis opinion breaking exclusive watch live comment editorial explainer review note correction warning background context summary key points quote photo video".split(
    " ",
  ),
);
const MIN_PARAGRAPH_WORDS = 8;
const FIRST_LINES = 4;

export const dateline: Pass = {
  id: "dateline",
  run(lines, meta) {
    const first = lines
      .filter((l) => !l.drop)
      .slice(0, FIRST_LINES)
      .find((l) => wordCount(l.text) >= MIN_PARAGRAPH_WORDS);
    if (!first || meta.dateline) return;
    const caps = CAPS_DATELINE.exec(first.text);
    const colon = caps ? undefined : COLON_DATELINE.exec(first.text);
    const m = caps ?? (colon && !NOT_PLACES.has((colon[1] as string).toLowerCase()) ? colon : undefined);
    if (!m) return;
    meta.dateline = (m[1] as string).trim();
    first.cut = { text: m[0].trim(), rule: "dateline", reason: "dateline (kept as the dateline)" };
    first.text = first.text.slice(m[0].length);
  },
};
