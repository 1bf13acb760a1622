import { type ClusterName, nameTerms, withNames } from "./names.js";
import { Postings } from "./postings.js";
import { mergeClose, type RefineOptions, refine } from "./refine.js";
import { wordCosine } from "./similarity.js";
import { addMember, firstMember, type Story, storyOf } from "./story.js";
import { DocumentFrequencies, documentTokens, type Vector } from "./tfidf.js";
import { dayNumber, type Span, TimeWindow } from "./window.js";

export interface ClusterItem {
  id: string;
  title: string | null;
  text: string;
  /** Set for copies: they join their original's story whatever their words. */
  duplicateOf: string | null;
  /** Names the tagger found in the text; absent, the article is clustered by its words alone. */
  entities?: readonly ClusterName[];
  /** ISO day of publication; with a window, a story admits articles only near its own days. */
  published?: string | null;
}

export interface StoryGroup {
  /** Stable: named after the earliest article of the story. */
  id: string;
  articles: string[];
  /** The article closest to the story's centre, for its title. */
  central: string;
}

/**
 * The refinement's thresholds as multiples of the joining threshold, so one
 * knob sets how strict stories are. Measured on DUC 2006+2007 (see
 * `npm run eval -- stories`): merging stories as alike as the joining
 * threshold (names keep apart the large ones that are two events, refine.ts;
 * without that guard 1.2 was best), keeping articles down to 0.6 of it, and splitting camps that are less alike
 * than 1.6 of it.
 */
const MERGE_FACTOR = 1;
const ATTACH_FACTOR = 0.6;
const SPLIT_FACTOR = 1.6;
const REFINE_ROUNDS = 4;

function refineOptions(threshold: number): RefineOptions {
  return {
    merge: threshold * MERGE_FACTOR,
    attach: threshold * ATTACH_FACTOR,
    split: threshold * SPLIT_FACTOR,
    rounds: REFINE_ROUNDS,
  };
}

/**
 * Online clustering in arrival order (each article joins the story whose
 * centroid is most similar, cosine >= threshold, or founds one), then a
 * refinement pass that merges, moves and splits (refine.ts). Copies stay out
 * of the refinement and end in their original's story. With `windowDays`, a
 * story admits only articles published within that many days of its own
 * first and last article, and two stories further apart never merge.
 */
export function clusterStories(
  items: ClusterItem[],
  threshold: number,
  refinement: RefineOptions | null = refineOptions(threshold),
  windowDays: number | null = null,
): StoryGroup[] {
  const vectors = articleVectors(items);
  const originals = originalsOf(items);
  const window = new TimeWindow(
    items.map((it) => dayNumber(it.published)),
    windowDays,
  );
  const online = clusterOnline(vectors, originals, threshold, window);
  const stories = refinement
    ? refine(online, vectors, refinement, window)
    : mergeClose(online, threshold, window);
  return withCopies(stories, originals).map((s) => toGroup(s, items, vectors));
}

/**
 * Words kept per article: twice the default of a TF-IDF vector (tfidf.ts).
 * Articles of one story told from different sides share few of their very
 * heaviest words but many of the next ones; on DUC 2006+2007 (`npm run eval
 * -- stories`, with refine.ts attachByNames) 60 words gave F1 0.883, 100 gave
 * 0.897, 120 gave 0.904 and 150 gave 0.902, precision falling past 120 as
 * common words come in.
 */
const WORD_TERMS = 120;

/**
 * Names kept per article: an article names fewer things than it uses words,
 * and past its main actors the list runs into bylines and passing mentions.
 */
const NAME_TERMS = 20;

/** Each article's TF-IDF words and, beside them, its TF-IDF names (similarity.ts keeps the two apart). */
function articleVectors(items: ClusterItem[]): Vector[] {
  const words = new DocumentFrequencies(WORD_TERMS);
  const tokens = items.map((it) => documentTokens(it.title, it.text));
  for (const t of tokens) words.add(t);
  const names = new DocumentFrequencies(NAME_TERMS);
  const terms = items.map((it) => nameTerms(it.entities ?? []));
  for (const t of terms) names.add(t);
  return tokens.map((t, i) => withNames(words.vector(t), names.vector(terms[i] as string[])));
}

/** For each copy, the place of the first article it copies (following chains of copies). */
function originalsOf(items: ClusterItem[]): Map<number, number> {
  const place = new Map(items.map((it, i) => [it.id, i]));
  const out = new Map<number, number>();
  items.forEach((item, i) => {
    const o = item.duplicateOf ? place.get(item.duplicateOf) : undefined;
    if (o !== undefined && o < i) out.set(i, out.get(o) ?? o);
  });
  return out;
}

function clusterOnline(
  vectors: Vector[],
  originals: Map<number, number>,
  threshold: number,
  window: TimeWindow,
): Story[] {
  const stories: Story[] = [];
  const spans: (Span | null)[] = [];
  const postings = new Postings();
  vectors.forEach((vector, i) => {
    if (originals.has(i)) return;
    const candidates = postings.sharing(vector).filter((c) => window.admits(spans[c] ?? null, i));
    const target = bestStory(candidates, stories, vector, threshold);
    if (target !== undefined) {
      addMember(stories[target] as Story, i, vector);
      postings.add(target, vector);
      spans[target] = window.stretch(spans[target] ?? null, i);
    } else {
      postings.add(stories.length, vector);
      spans.push(window.stretch(null, i));
      stories.push(storyOf([i], vectors));
    }
  });
  return stories;
}

function bestStory(candidates: number[], stories: Story[], v: Vector, threshold: number): number | undefined {
  let best: number | undefined;
  let bestScore = threshold;
  for (const c of candidates) {
    const score = wordCosine((stories[c] as Story).centre, v);
    if (score >= bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** Copies join the story of their original; their words do not move its centroid. */
function withCopies(stories: Story[], originals: Map<number, number>): Story[] {
  const storyOfMember = new Map<number, Story>();
  for (const s of stories) for (const m of s.members) storyOfMember.set(m, s);
  // Every article that is not a copy is in a story.
  for (const [copy, original] of originals) (storyOfMember.get(original) as Story).members.push(copy);
  return stories;
}

function toGroup(s: Story, items: ClusterItem[], vectors: Vector[]): StoryGroup {
  const members = [...s.members].sort((a, b) => a - b);
  let central = members[0] as number;
  let bestScore = -1;
  for (const m of members) {
    const score = wordCosine(s.centre, vectors[m] as Vector) + (items[m]?.title ? 0.05 : 0);
    if (score > bestScore) {
      bestScore = score;
      central = m;
    }
  }
  return {
    id: `s-${(items[firstMember(s)] as ClusterItem).id}`,
    articles: members.map((m) => (items[m] as ClusterItem).id),
    central: (items[central] as ClusterItem).id,
  };
}
