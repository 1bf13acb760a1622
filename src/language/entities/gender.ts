// A first name's gender, to keep "she said" from a man named just before.
// The lists are gender-detection-from-name's (English, Italian, Spanish,
// French, German, Turkish given names); a name the lists give both genders
// ("Andrea", "Jordan", "Sam") has none here, so a pronoun is never kept from
// its person by a guess.
import { createRequire } from "node:module";

type Gender = "m" | "f";
const LANGUAGES = ["en", "it", "es", "fr", "de", "tr"];

let lists: Map<string, string>[] | undefined;

/** Loaded on first use: the lists are large, and only pronoun resolution reads them. */
function nameLists(): Map<string, string>[] {
  if (!lists) {
    const require = createRequire(import.meta.url);
    lists = LANGUAGES.map((l) => require(`gender-detection-from-name/names/${l}.js`) as Map<string, string>);
  }
  return lists;
}

/** "m" or "f" when every list that knows the first name agrees, else null. */
export function firstNameGender(first: string | null): Gender | null {
  if (!first) return null;
  const key = first.toLowerCase();
  const seen = new Set<string>();
  for (const list of nameLists()) {
    const g = list.get(key);
    if (g) seen.add(g);
  }
  if (seen.size !== 1) return null;
  return seen.has("female") ? "f" : seen.has("male") ? "m" : null;
}

/** Whether any of the lists knows the word as a given name ("Odile", "Tariq"). */
export function isKnownFirstName(word: string): boolean {
  const key = word.toLowerCase();
  return nameLists().some((list) => list.has(key));
}
