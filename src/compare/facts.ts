// Facts: the statements of a story, each grouped with the sentences of other
// articles that state it in other words, and supported by the outlets that
// print it. A statement is a sentence; two sentences state the same fact when
// their content words overlap as much as the summary asks of its support.

import {
  articleSpecifics,
  contentTokens,
  disagreeOnFigures,
  namesEverySpecific,
  setCosine,
} from "../language/index.js";
import type { Fact } from "../report/index.js";
import { central } from "./central.js";
import type { CompareArticle } from "./types.js";

/** Same threshold as a summary sentence's support: a fact and the summary agree on what is stated where. */
const SAME_STATEMENT = 0.5;
/** Fewer content words than this is a fragment ("Saying so."), not a statement. */
const MIN_TOKENS = 5;

// Words news copy uses for one another ("a historic deal" ~ "the agreement"): compared as one.
const SAME_WORD: Record<string, string> = {
  agreement: "deal",
  pact: "deal",
  accord: "deal",
  treaty: "deal",
  announced: "said",
  stated: "said",
  told: "said",
  added: "said",
  confirmed: "said",
  declared: "said",
};
/** Six letters stand for the word: "mediator", "mediating" and "mediation" are one (a crude stem, for recall). */
const STEM_LENGTH = 6;
const plainWord = (t: string): string => (SAME_WORD[t] ?? t).slice(0, STEM_LENGTH);

interface Statement {
  article: string;
  outlet: string;
  order: number;
  text: string;
  tokens: Set<string>;
  /** Words inside quotation marks, when the sentence quotes someone. */
  quoted: Set<string> | null;
}

/**
 * Two sentences that each quote someone state one fact only if the quotes
 * share words: "X said A" and "X said B" share the speaker, name and role,
 * often enough to pass SAME_STATEMENT on their own.
 */
const SAME_QUOTE = 0.25;

export function groupFacts(articles: readonly CompareArticle[]): Fact[] {
  const stated = articleSpecifics(articles);
  const facts: Statement[][] = [];
  let order = 0;
  for (const a of articles) {
    if (a.duplicateOf) continue;
    for (const s of a.sentences) {
      const text = a.text.slice(s.start, s.end);
      const tokens = new Set(contentTokens(text).map(plainWord));
      if (tokens.size < MIN_TOKENS) continue;
      const quoted = quotedWords(a, s.start, s.end);
      const st: Statement = { article: a.id, outlet: a.outlet ?? a.id, order: order++, text, tokens, quoted };
      const home = bestFact(facts, st);
      if (home) home.push(st);
      else facts.push([st]);
    }
  }
  return facts
    .map((f) => {
      const text = central(f).text;
      // An article that never names a name or states a figure of the fact's wording does not back it.
      const backing = f.filter((s) => s.text === text || namesEverySpecific(text, stated(s.article)));
      const fact = {
        text,
        sources: [...new Set(backing.map((s) => s.article))],
        support: new Set(backing.map((s) => s.outlet)).size,
      };
      return { fact, first: (f[0] as Statement).order };
    })
    .sort((a, b) => b.fact.support - a.fact.support || a.first - b.first)
    .map(({ fact }) => fact);
}

/** The fact this sentence states too: the closest one that has no sentence of its article yet. */
function bestFact(facts: Statement[][], st: Statement): Statement[] | undefined {
  let best: Statement[] | undefined;
  let bestSim = SAME_STATEMENT;
  for (const f of facts) {
    if (f.some((s) => s.article === st.article)) continue;
    const sim = Math.max(...f.map((s) => statementSimilarity(s, st)));
    if (sim >= bestSim) {
      best = f;
      bestSim = sim;
    }
  }
  return best;
}

function statementSimilarity(a: Statement, b: Statement): number {
  if (
    a.quoted &&
    b.quoted &&
    (setCosine(a.quoted, b.quoted) < SAME_QUOTE || changedWords(a.quoted, b.quoted))
  )
    return 0;
  const sim = setCosine(a.tokens, b.tokens);
  // Sentences that differ on a figure or a day are two claims (a discrepancy), not one fact; checked
  // only for sentences close enough to be one, the rest never pay for it.
  return sim >= SAME_STATEMENT && disagreeOnFigures(a.text, b.text) ? 0 : sim;
}

/**
 * Two versions of a quote that each have words the other lacks: one outlet
 * changed it, and a fact in one wording is not backed by the other (a part
 * of the quote, all its words in the whole, still is).
 */
function changedWords(a: Set<string>, b: Set<string>): boolean {
  return [...a].some((w) => !b.has(w)) && [...b].some((w) => !a.has(w));
}

/** The words of the quotes that fall in a sentence, or null when it quotes no one. */
function quotedWords(a: CompareArticle, start: number, end: number): Set<string> | null {
  const parts = a.quotes
    .filter((q) => q.start < end && q.end > start)
    .map((q) => a.text.slice(Math.max(q.start, start), Math.min(q.end, end)));
  if (parts.length === 0) return null;
  const words = new Set(contentTokens(parts.join(" ")).map(plainWord));
  return words.size ? words : null;
}
