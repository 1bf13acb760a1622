// One name, one kind, across the corpus. The tagger reads each mention in its
// own context and sometimes calls a capital a person or a president's surname
// a place; the other mentions of the same name settle it.

import type { Mention, ReportArticle } from "../../report/index.js";
import { followedByWhich, inCompanyContext } from "./names.js";

/**
 * Long and short forms that news writes for the same few bodies and
 * countries everywhere: one key for both.
 */
const SHORT_FORM: Record<string, string> = {
  "united states": "us",
  "united states of america": "us",
  usa: "us",
  "united kingdom": "uk",
  "united nations": "un",
  "european union": "eu",
};

/** "U.S.", "US", "the US" and "the United States" are one name; so are "Acme's" and "Acme". Shared with clustering. */
export function nameKey(text: string): string {
  const key = text
    .toLowerCase()
    .replace(/\./g, "")
    .replace(/['’]s$/u, "")
    .replace(/^the\s+/u, "")
    .replace(/\s+/gu, " ")
    .trim();
  return SHORT_FORM[key] ?? key;
}

export function harmonizeNames(articles: ReportArticle[]): void {
  const fullNames = new Set<string>();
  const surnames = new Set<string>();
  const types = new Map<string, Map<Mention["type"], number>>();
  const notPeople = new Set<string>();
  // A name followed by "which" anywhere is no person in any of its mentions.
  const companies = new Set<string>();
  for (const a of articles)
    for (const m of a.entities) {
      if (followedByWhich(a.text, m.end)) notPeople.add(m.text);
      if (inCompanyContext(a.text, m.start, m.end)) companies.add(nameKey(m.text));
    }
  // "Kerr's shares" may be a person's: a name someone bears in full is no company.
  for (const a of articles)
    for (const m of a.entities)
      if (m.type === "person" && m.text.includes(" "))
        for (const part of [m.text, ...m.text.split(/\s+/)]) companies.delete(nameKey(part));
  for (const a of articles)
    for (const m of a.entities) {
      const words = m.text.split(/\s+/);
      if (notPeople.has(m.text) && m.type === "person") m.type = "organization";
      if (companies.has(nameKey(m.text))) m.type = "organization";
      if (m.type === "person" && words.length > 1) {
        fullNames.add(m.text);
        surnames.add(words[words.length - 1] as string);
      }
      const counts = types.get(nameKey(m.text)) ?? new Map<Mention["type"], number>();
      types.set(nameKey(m.text), counts.set(m.type, (counts.get(m.type) ?? 0) + 1));
    }
  for (const a of articles)
    for (const m of a.entities) {
      if (m.type !== "person") cutToPerson(m, fullNames);
      // A full name that is a person elsewhere is one here too, unless most mentions say otherwise (below).
      if (fullNames.has(m.text)) m.type = "person";
      if (m.type === "person" || m.text.includes(" ")) continue;
      // The surname of someone named in full is that person, whatever this context suggested.
      if (surnames.has(m.text)) m.type = "person";
    }
  for (const a of articles)
    for (const m of a.entities) {
      // A surname keeps the person type it took above; longer names go by their majority too.
      if (!m.text.includes(" ") && surnames.has(m.text)) continue;
      const counts = types.get(nameKey(m.text));
      if (counts) m.type = majority(counts, m.type);
    }
}

/** "State Jane Doe" (the end of a title read as an organization) is Jane Doe. */
function cutToPerson(m: Mention, fullNames: Set<string>): void {
  for (const name of fullNames)
    if (m.text.endsWith(` ${name}`)) {
      m.start = m.end - name.length;
      m.text = name;
      m.type = "person";
      return;
    }
}

/** The most frequent type; a tie keeps the mention's own. */
function majority(counts: Map<Mention["type"], number>, own: Mention["type"]): Mention["type"] {
  let best = own;
  for (const [type, n] of counts) if (n > (counts.get(best) ?? 0)) best = type;
  return best;
}
