// What one article says that no other article of the story says: its
// sentences with no counterpart, in any wording, among the other articles.

import { contentTokens, setCosine } from "../language/index.js";
import type { Unique } from "../report/index.js";
import type { Contradictions } from "./discrepancies.js";
import type { CompareArticle } from "./types.js";

/** A sentence this close (word-set cosine) to one of another article is said there too. */
const COUNTERPART_SIMILARITY = 0.35;
/** ...or this share of its words all appear in one other article (a sentence split or merged). */
const COVERED_SHARE = 0.7;
/** Too few content words to be a statement of its own ("Saying so."). */
const MIN_TOKENS = 5;

interface Sentence {
  paragraph: number;
  text: string;
  tokens: Set<string>;
}

/**
 * A sentence another article tells with another figure or day is still
 * listed (its other words may be this source's alone), with the articles
 * that contradict it, so a reader does not take it for a claim no one else makes.
 */
export function findUnique(
  articles: readonly CompareArticle[],
  contradicted: Contradictions = new Map(),
): Unique[] {
  const originals = articles.filter((a) => !a.duplicateOf);
  if (originals.length < 2) return [];
  const sentences = new Map(originals.map((a) => [a.id, sentencesOf(a)]));
  const vocab = new Map(originals.map((a) => [a.id, new Set(contentTokens(a.text))]));
  const out: Unique[] = [];
  for (const a of originals) {
    const others = originals.filter((o) => o.id !== a.id);
    let run: Sentence[] = [];
    const flush = () => {
      const against = [...new Set(run.flatMap((s) => [...(contradicted.get(s.text) ?? [])]))].sort();
      if (run.length)
        out.push({
          article: a.id,
          text: run.map((s) => s.text).join(" "),
          ...(against.length ? { contradictedBy: against } : {}),
        });
      run = [];
    };
    for (const s of sentences.get(a.id) ?? []) {
      const said =
        s.tokens.size < MIN_TOKENS ||
        others.some((o) => saidIn(s, sentences.get(o.id) ?? [], vocab.get(o.id)));
      if (said || (run.length && run[run.length - 1]?.paragraph !== s.paragraph)) flush();
      if (!said) run.push(s);
    }
    flush();
  }
  return out;
}

function saidIn(s: Sentence, other: Sentence[], vocab: Set<string> | undefined): boolean {
  if (other.some((o) => setCosine(s.tokens, o.tokens) >= COUNTERPART_SIMILARITY)) return true;
  if (!vocab) return false;
  let found = 0;
  for (const t of s.tokens) if (vocab.has(t)) found++;
  return found / s.tokens.size >= COVERED_SHARE;
}

function sentencesOf(a: CompareArticle): Sentence[] {
  const breaks: number[] = [];
  for (let i = a.text.indexOf("\n\n"); i >= 0; i = a.text.indexOf("\n\n", i + 2)) breaks.push(i);
  return a.sentences.map((s) => {
    const text = a.text.slice(s.start, s.end);
    return {
      paragraph: breaks.filter((b) => b < s.start).length,
      text,
      tokens: new Set(contentTokens(text)),
    };
  });
}
