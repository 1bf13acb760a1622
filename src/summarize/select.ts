import {
  articleSpecifics,
  contentTokens,
  disagreeOnFigures,
  namesEverySpecific,
  setCosine,
} from "../language/index.js";
import type { SummarySentence } from "../report/index.js";
import { type Candidate, candidatesOf, type SummaryArticle } from "./candidates.js";
import { printsSameWords, quotedPassages } from "./quoted.js";

/** A sentence of another article supports a candidate when their content words have this set-cosine. */
export const SUPPORT_SIMILARITY = 0.5;
/** A candidate this close (set-cosine) to one already chosen would say the same thing twice. */
const REDUNDANCY = 0.4;
/**
 * A candidate this close to a sentence the reader already knows restates it
 * (an update says what is new). Higher than REDUNDANCY: an update may recall
 * background in new words; on DUC 2007's update task 0.75 scored best of
 * 0.4-0.75 (ROUGE-2 of B given A 0.0866 against 0.0841 without A, raw texts).
 */
const KNOWN_REDUNDANCY = 0.75;

interface Scored {
  candidate: Candidate;
  support: Candidate[];
  score: number;
}

/**
 * Extractive summary: real sentences of the articles, ranked by how many
 * outlets state them, how central they are and how early they come; each one
 * cites every article with a sentence that states it. With `known` sentences
 * it is an update: nothing the reader was already told is said again.
 */
export interface SummaryFocus {
  /** Sentences the reader already knows: their restatements are left out (an update summary). */
  known?: readonly string[];
  /** A question or topic the reader wants answered: sentences that speak to it rank higher. */
  focus?: string;
  /** A hard limit in UTF-8 bytes (sentences joined by a space), for fixed-size slots; words still cap it. */
  maxBytes?: number;
  /** For a sentence, the articles that give its figure or day otherwise (the comparison's discrepancies). */
  contradicted?: ReadonlyMap<string, ReadonlySet<string>>;
}

export function summarize(
  articles: SummaryArticle[],
  maxWords: number,
  {
    known = [],
    focus = "",
    maxBytes = Number.POSITIVE_INFINITY,
    contradicted = new Map(),
  }: SummaryFocus = {},
): SummarySentence[] {
  const knownTokens = known.map((t) => new Set(contentTokens(t)));
  const focusTokens = new Set(contentTokens(focus).filter((t) => !ASKING.has(t)));
  const originals = articles.filter((a) => !a.duplicateOf);
  const byArticle = originals.map(candidatesOf);
  const all = byArticle.flat();
  const centre = centroid(all);
  const outletOf = new Map(originals.map((a) => [a.id, a.outlet ?? a.id]));
  const scored = all.map((c) => score(c, byArticle, outletOf, centre, focusTokens));
  scored.sort((a, b) => b.score - a.score || a.candidate.position - b.candidate.position);
  const chosen: Scored[] = [];
  let words = 0;
  let bytes = -1;
  for (const s of scored) {
    if (words >= maxWords) break;
    const size = Buffer.byteLength(s.candidate.text) + 1;
    if (bytes + size > maxBytes) continue;
    if (chosen.some((c) => setCosine(c.candidate.tokens, s.candidate.tokens) >= REDUNDANCY)) continue;
    if (knownTokens.some((k) => setCosine(k, s.candidate.tokens) >= KNOWN_REDUNDANCY)) continue;
    // A figure more articles give otherwise than state it is in dispute: the discrepancies show it, not the summary.
    const against = contradicted.get(s.candidate.text) ?? new Set<string>();
    const backers = s.support.filter(
      (c) => !against.has(c.article) && !disagreeOnFigures(s.candidate.text, c.text),
    );
    if (against.size > new Set(backers.map((c) => c.article)).size) continue;
    chosen.push(s);
    words += s.candidate.text.split(/\s+/).length;
    bytes += size;
  }
  chosen.sort((a, b) => meanPosition(a) - meanPosition(b));
  const stated = articleSpecifics(originals);
  return chosen.map((s) => {
    // An outlet that tells the same event with another figure or day shows the sentence matters (it ranks
    // by it) but does not back it: it is no source, and the comparison lists the two as a discrepancy.
    // Nor does one that never names a name or states a figure of the sentence ("Radio Tambaya").
    const backing = s.support.filter(
      (c) =>
        c === s.candidate ||
        (!disagreeOnFigures(s.candidate.text, c.text) &&
          namesEverySpecific(s.candidate.text, stated(c.article))),
    );
    return {
      text: s.candidate.text,
      sources: [...new Set(backing.map((c) => c.article))],
      evidence: backing.map((c) => ({ article: c.article, start: c.start, end: c.end })),
    };
  });
}

function score(
  candidate: Candidate,
  byArticle: Candidate[][],
  outletOf: Map<string, string>,
  centre: Map<string, number>,
  focus: Set<string>,
): Scored {
  const support: Candidate[] = [candidate];
  const outlets = new Set<string>([outletOf.get(candidate.article) ?? candidate.article]);
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
      outlets.add(outletOf.get(best.article) ?? best.article);
    }
  }
  // Support across outlets first, then lead position (news puts the key facts first), then substance;
  // a sentence that is mostly quotation reports a voice, and goes after the facts.
  // Centrality: how much of the story's common vocabulary the sentence carries.
  const value =
    outlets.size +
    Math.sqrt(support.length - 1) * 0.5 +
    centrality(candidate, centre) * W_CENTRALITY +
    (1 - candidate.position) * W_LEAD +
    Math.min(candidate.tokens.size, 20) / 40 +
    focusScore(candidate, focus) * W_FOCUS -
    quoteShare(candidate.text);
  return { candidate, support, score: value };
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

// Weights measured on DUC 2006 (npm run eval -- summary): centrality 0 gave ROUGE-2 0.075, 1 gave
// 0.083, 3 gives the best (2 and 4 lower). The lead bonus, measured on texts cleaned as the pipeline
// cleans them, with each cluster's question as focus: 0 gave 0.0935, 0.1 0.0942, 0.15 0.0950,
// 0.2 0.0945, 0.3 0.0948, 0.8 0.0932 (without a focus 0.0909 to 0.0896). Support across outlets
// already favours what the leads say; a small bonus keeps the key facts first.
const W_CENTRALITY = 3;
const W_LEAD = 0.15;
// Focus weight measured on DUC 2006 (texts cleaned as the pipeline cleans them) with each cluster's
// question as focus: 1 gave ROUGE-2 0.0917, 1.25 0.0930, 1.5 gives 0.0932, 3 gave 0.0914 (0.0896 without).
const W_FOCUS = 1.5;

/** Document frequency of each content word across the story's sentences, normalised to the most common. */
function centroid(all: Candidate[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const c of all) for (const t of c.tokens) df.set(t, (df.get(t) ?? 0) + 1);
  const max = Math.max(1, ...df.values());
  for (const [t, n] of df) df.set(t, n / max);
  return df;
}

// Words that ask rather than name what is asked about ("Discuss the effects of…").
const ASKING = new Set(
  "discuss describe explain include identify list give provide information regarding concerning".split(" "),
);

/** How much of the reader's question the sentence speaks to: focus words it carries, per its length. */
function focusScore(c: Candidate, focus: Set<string>): number {
  if (focus.size === 0 || c.tokens.size === 0) return 0;
  let hits = 0;
  for (const t of c.tokens) if (focus.has(t)) hits++;
  return hits / Math.sqrt(c.tokens.size);
}

function centrality(c: Candidate, centre: Map<string, number>): number {
  if (c.tokens.size === 0) return 0;
  let sum = 0;
  for (const t of c.tokens) sum += centre.get(t) ?? 0;
  return sum / Math.sqrt(c.tokens.size);
}
