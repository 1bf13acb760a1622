import { setCosine } from "../language/index.js";
import type { SummarySentence } from "../report/index.js";
import { type Candidate, candidatesOf, type SummaryArticle } from "./candidates.js";
import { printsSameWords, quotedPassages } from "./quoted.js";

/** A sentence of another article supports a candidate when their content words have this set-cosine. */
export const SUPPORT_SIMILARITY = 0.5;
/** A candidate this close (set-cosine) to one already chosen would say the same thing twice. */
const REDUNDANCY = 0.4;

interface Scored {
  candidate: Candidate;
  support: Candidate[];
  score: number;
}

/**
 * Extractive summary: real sentences of the articles, ranked by how many
 * outlets state them, how central they are and how early they come; each one
 * cites every article with a sentence that states it.
 */
export function summarize(articles: SummaryArticle[], maxWords: number): SummarySentence[] {
  const originals = articles.filter((a) => !a.duplicateOf);
  const byArticle = originals.map(candidatesOf);
  const all = byArticle.flat();
  const scored = all.map((c) => score(c, byArticle, originals));
  scored.sort((a, b) => b.score - a.score || a.candidate.position - b.candidate.position);
  const chosen: Scored[] = [];
  let words = 0;
  for (const s of scored) {
    if (words >= maxWords) break;
    if (chosen.some((c) => setCosine(c.candidate.tokens, s.candidate.tokens) >= REDUNDANCY)) continue;
    chosen.push(s);
    words += s.candidate.text.split(/\s+/).length;
  }
  chosen.sort((a, b) => meanPosition(a) - meanPosition(b));
  return chosen.map((s) => ({
    text: s.candidate.text,
    sources: [...new Set(s.support.map((c) => c.article))],
    evidence: s.support.map((c) => ({ article: c.article, start: c.start, end: c.end })),
  }));
}

function score(candidate: Candidate, byArticle: Candidate[][], articles: SummaryArticle[]): Scored {
  const support: Candidate[] = [candidate];
  const outlets = new Set<string>([outletKey(articles, candidate.article)]);
  const quoted = quotedPassages(candidate.text);
  for (const list of byArticle) {
    if (list[0]?.article === candidate.article) continue;
    let best: Candidate | undefined;
    let bestSim = SUPPORT_SIMILARITY;
    for (const other of list) {
      const sim = setCosine(candidate.tokens, other.tokens);
      if (sim >= bestSim && printsSameWords(quoted, other.text)) {
        best = other;
        bestSim = sim;
      }
    }
    if (best) {
      support.push(best);
      outlets.add(outletKey(articles, best.article));
    }
  }
  // Support across outlets first, then lead position (news puts the key facts first), then substance;
  // a sentence that is mostly quotation reports a voice, and goes after the facts.
  const value =
    outlets.size +
    (1 - candidate.position) * 0.8 +
    Math.min(candidate.tokens.size, 20) / 40 -
    quoteShare(candidate.text);
  return { candidate, support, score: value };
}

function outletKey(articles: SummaryArticle[], id: string): string {
  const a = articles.find((x) => x.id === id);
  return a?.outlet ?? id;
}

function meanPosition(s: Scored): number {
  return s.support.reduce((sum, c) => sum + c.position, 0) / s.support.length;
}

const QUOTED = /[“"‘][^“”"‘’]*[”"’]/g;

/** Share of the sentence's characters that stand inside quotation marks. */
function quoteShare(text: string): number {
  let quoted = 0;
  for (const m of text.matchAll(QUOTED)) quoted += m[0].length;
  return quoted / text.length;
}
