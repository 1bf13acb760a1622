// The speaker as a match wrote it, tidied into a mention the entity registry can read.
import { isTitleWord } from "../entities/names.js";

const AFFILIATION = /^(.*?)\s+of\s+(?:the\s+)?\p{Lu}[\s\S]*$/u;
const CAPITALIZED = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * "Jane Doe of Harbour University" is Jane Doe: the affiliation after a full name is dropped, so
 * the name is read as the person's, not the institution's. A title that takes "of" stays whole:
 * "Secretary of State Jane Doe", "Bank of England".
 */
export function tidySpeaker(written: string): string {
  // A name's pattern allows dots for initials ("J. Doe"); a sentence's full stop is not part of it.
  const text = written.replace(/(\p{L}{3,})\.$/u, "$1");
  const m = AFFILIATION.exec(text);
  if (!m) return text;
  const words = (m[1] as string).split(/\s+/);
  const last = words[words.length - 1] as string;
  const named = words.filter((w) => CAPITALIZED.test(w) && !isTitleWord(w.replace(/\.$/, "")));
  return named.length >= 2 && CAPITALIZED.test(last) && !isTitleWord(last) ? (m[1] as string) : text;
}
