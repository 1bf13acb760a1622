import { endsSentence, type Line, type Pass, wordCount } from "../line.js";

// A press release as news sites and wires reprint it: the issuer's line on
// top ("NEWS PROVIDED BY" and the company), the release, then the issuer's
// boilerplate: "About the company", forward-looking statements, media and
// investor contacts, "SOURCE company". Only a page that reads as a release
// loses that tail, so a news story's own "About …" subheading stays.
const RELEASE_SIGN =
  /^(?:news provided by(?:\s+\p{Lu}.{1,60})?|source\s+\p{Lu}.{1,60}|forward[- ]looking statements?|safe harbou?r statement)\W*$|\/\s*(?:PR ?Newswire|Globe ?Newswire|Accesswire|EIN ?Presswire|PRWeb)\b[^/]{0,20}\/\s*--|--\s*\(\s*BUSINESS WIRE\s*\)\s*--/iu;
const TAIL_START =
  /^(?:about\s+\p{Lu}[\p{L}&.,'’ -]{1,60}|forward[- ]looking statements?|safe harbou?r statement|(?:media|press|investor)(?: relations)? contacts?:?|contacts?:?|for (?:further|more) information(?:,? (?:please )?contact)?:?)$/iu;
/** Body paragraphs before the tail: a release's boilerplate follows its news. */
const MIN_BODY_ABOVE = 2;

export const pressRelease: Pass = {
  id: "press-release",
  run(lines) {
    const live = lines.filter((l) => !l.drop);
    if (!live.some((l) => RELEASE_SIGN.test(l.text.trim()))) return;
    issuerLine(live);
    let body = 0;
    for (const [i, line] of live.entries()) {
      const text = line.text.trim();
      if (body >= MIN_BODY_ABOVE && wordCount(text) <= 8 && TAIL_START.test(text)) {
        for (const rest of live.slice(i))
          rest.drop ??= { rule: "press-release", reason: "the issuer's boilerplate closing a press release" };
        return;
      }
      if (endsSentence(text)) body++;
    }
    for (const line of live)
      if (/^source\s+\p{Lu}/u.test(line.text.trim()) && wordCount(line.text) <= 8)
        line.drop ??= { rule: "press-release", reason: "the issuer's boilerplate closing a press release" };
  },
};

/** "NEWS PROVIDED BY" and the company on the next line. */
function issuerLine(live: Line[]): void {
  const drop = { rule: "press-release", reason: "the issuer of a press release" };
  // "News provided by Sandveld Retail Group Ltd" on one line.
  for (const l of live)
    if (/^news provided by\s+\p{Lu}/iu.test(l.text.trim()) && wordCount(l.text) <= 12) l.drop ??= drop;
  const at = live.findIndex((l) => /^news provided by\W*$/i.test(l.text.trim()));
  if (at < 0) return;
  (live[at] as Line).drop ??= drop;
  const next = live[at + 1];
  if (next && wordCount(next.text) <= 8) next.drop ??= drop;
}
