import { type Pass, wordCount } from "../line.js";

// Datelines open the first paragraph of wire and newspaper copy:
// "PORT ELLERY, Ohio (MPS) — A fire…", "SOLLAS POINT, Scotland, Sept 17 (MPS) - A rocket…",
// "Washington: The United States…". The place goes to metadata; the sentence keeps its start.
const CAPS_DATELINE =
  /^((?:\p{Lu}[\p{Lu}.'’-]+)(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}){0,2}(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?(?:\s*\([^()]{2,24}\))?)\s*(?:—|–|--|-)\s+(?=\S)/u;
// "New Delhi, Dec 3 (PTI)": place, day and agency, then the story without a dash.
const AGENCY_DATELINE =
  /^(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2},\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*\(\p{Lu}[\p{Lu}\p{Ll}&/-]{1,15}\))\s*[:—–-]?\s+(?=\S)/u;
// Press-release wires: "PORTLAND, Ore., March 10, 2027 /PRNewswire/ --", "ATLANTA--(BUSINESS WIRE)--".
const RELEASE_DATELINE =
  /^((?:\p{Lu}[\p{Lu}.'’ -]+)(?:,\s+[\p{L}.]+(?:\s[\p{L}.]+)?)?(?:,\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4})?\s*(?:\/[^/]{2,40}\/|--\s*\([^()]{2,40}\)))\s*--\s*(?=\S)/u;
const COLON_DATELINE = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}):\s+(?=\p{Lu})/u;
// "AMRAVALLI: The party…": a place in capitals with a colon, the Indian papers' form; any of the first lines.
// Not a data card's label: "VEHICLE: Skua-2 · PAYLOAD: …" holds more labels and separators.
const CAPS_COLON_DATELINE = /^(\p{Lu}{3,}(?:\s\p{Lu}{2,}){0,2}):\s+(?=\p{Lu})(?!.*(?:\s·\s|\s\p{Lu}{3,}:))/u;
// Labels that open a paragraph with a colon or a dash but name no place ("FILE -", "Analysis:").
const NOT_PLACES = new Set(
  "update updated posted published analysis opinion breaking exclusive watch live comment editorial explainer review note correction warning background context summary key points quote photo video file developing urgent flash".split(
    " ",
  ),
);
const MIN_PARAGRAPH_WORDS = 8;
const FIRST_LINES = 4;

export const dateline: Pass = {
  id: "dateline",
  run(lines, meta) {
    if (meta.dateline) return;
    // A standfirst may come before the story's first paragraph: later paragraphs may open with
    // a dateline in capitals, the more certain form; "Place:" only opens the first.
    const paragraphs = lines
      .filter((l) => !l.drop)
      .slice(0, FIRST_LINES)
      .filter((l) => wordCount(l.text) >= MIN_PARAGRAPH_WORDS);
    for (const [i, paragraph] of paragraphs.entries()) {
      const m = datelineOf(paragraph.text, i === 0);
      if (!m) continue;
      meta.dateline = (m[1] as string).trim();
      paragraph.cut = { text: m[0].trim(), rule: "dateline", reason: "dateline (kept as the dateline)" };
      paragraph.text = paragraph.text.slice(m[0].length);
      return;
    }
  },
};

function datelineOf(text: string, first: boolean): RegExpExecArray | undefined {
  const m =
    RELEASE_DATELINE.exec(text) ??
    CAPS_DATELINE.exec(text) ??
    AGENCY_DATELINE.exec(text) ??
    CAPS_COLON_DATELINE.exec(text) ??
    (first ? COLON_DATELINE.exec(text) : null);
  if (!m) return undefined;
  const label = (m[1] as string).toLowerCase();
  return NOT_PLACES.has(label) || NOT_PLACES.has(label.split(/[\s,(]/)[0] as string) ? undefined : m;
}
