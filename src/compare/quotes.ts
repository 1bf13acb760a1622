// Quote fidelity: the versions of one quote across a story's articles, each
// compared with the reference version word by word. Typography (curly or
// straight marks, dashes, punctuation, the case of a letter) never counts.

import { contentTokens } from "../language/index.js";
import type { StoryQuote } from "../report/index.js";

export interface QuoteSource {
  article: string;
  quotes: { text: string; speakerText: string | null }[];
  /** Articles this one took its text from (derivation, copy): their version of a quote is the one it copied. */
  derivedFrom?: readonly string[];
}

export type Fidelity = "verbatim" | "trimmed" | "altered" | "paraphrased";
export interface DiffPart {
  op: "same" | "added" | "dropped";
  text: string;
}
export interface QuoteVersion {
  article: string;
  text: string;
  fidelity: Fidelity;
  /** Word-level difference from the reference: "added" words are this version's own, "dropped" the reference's. */
  diff: DiffPart[];
}
export interface QuoteGroup extends StoryQuote {
  /** The speaker as the reference version's article writes it. */
  speakerText: string | null;
  versions: QuoteVersion[];
}

/** A whole quote this long, word for word (alone or inside a longer version), is one quote even when outlets name different speakers. */
const WHOLE_QUOTE_WORDS = 8;
/** Quotes sharing a run of this many words are versions of one quote. */
const SHARED_RUN = 4;
/** Below this share of its words found in order in the reference, a version is a paraphrase. */
const ALTERED_MIN_COVERAGE = 0.5;
const ELLIPSIS = /…|\.\s?\.\s?\./;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

const wordsOf = (text: string): string[] => text.match(WORD) ?? [];
const norm = (w: string): string => w.toLowerCase().replace(/’/g, "'");

interface Instance {
  article: string;
  sources: ReadonlySet<string>;
  order: number;
  text: string;
  speakerText: string | null;
  keys: string[];
}

export function compareQuotes(sources: readonly QuoteSource[]): QuoteGroup[] {
  const instances: Instance[] = [];
  for (const s of sources) {
    for (const q of s.quotes) {
      const keys = wordsOf(q.text).map(norm);
      const sources = new Set(s.derivedFrom ?? []);
      if (keys.length) instances.push({ ...q, article: s.article, sources, order: instances.length, keys });
    }
  }
  return groupInstances(instances)
    .map(toGroup)
    .sort((a, b) => b.versions.length - a.versions.length || a.order - b.order)
    .map(({ order: _order, ...g }) => g);
}

/**
 * Versions of one quote share a run of words with two content words in it,
 * or one long one (or are the same whole quote). Grouping is greedy, longest quotes first, and
 * never joins speakers known to differ (two surnames, two roles, "he" and
 * "she"): two people can both say "it's going to be up to them".
 */
function groupInstances(instances: Instance[]): Instance[][] {
  const groups: { members: Instance[]; runs: Set<string>; who: Map<string, string> }[] = [];
  const byLength = [...instances].sort((a, b) => b.keys.length - a.keys.length || a.order - b.order);
  for (const q of byLength) {
    const runs = runsOf(q.keys);
    const who = identityOf(q.speakerText);
    // The same whole sentence of some length is one quote whoever is said to have said it: that is
    // the "who said it" a comparison must show, not two people who happened to say the same words.
    const whole = q.keys.length >= WHOLE_QUOTE_WORDS ? `=${q.keys.join(" ")}` : undefined;
    // So is such a sentence printed word for word inside a longer version (a trimmed quote, given to another).
    const inside = whole ? ` ${q.keys.join(" ")} ` : undefined;
    const group =
      (whole ? groups.find((g) => g.runs.has(whole)) : undefined) ??
      (inside
        ? groups.find((g) => g.members.some((m) => ` ${m.keys.join(" ")} `.includes(inside)))
        : undefined) ??
      groups.find(
        (g) => [...runs].some((r) => g.runs.has(r)) && [...who].every(([k, v]) => (g.who.get(k) ?? v) === v),
      );
    if (group) {
      group.members.push(q);
      for (const r of runs) group.runs.add(r);
      for (const [k, v] of who) group.who.set(k, v);
    } else groups.push({ members: [q], runs, who });
  }
  return groups.map((g) => g.members.sort((a, b) => a.order - b.order));
}

/** One long content word ("methodology") is distinctive enough to tie two runs of words. */
const DISTINCTIVE_LENGTH = 7;
// Contractions and verbs of everyday speech that carry no content of their own.
const SPOKEN_FILLER = new Set(
  "it's that's there's we're they're you're i'm he's she's won't don't can't isn't aren't going get got".split(
    " ",
  ),
);

function runsOf(keys: string[]): Set<string> {
  const out = new Set([`=${keys.join(" ")}`]);
  for (let j = 0; j + SHARED_RUN <= keys.length; j++) {
    const run = keys.slice(j, j + SHARED_RUN);
    const content = contentTokens(run.join(" ")).filter((t) => !SPOKEN_FILLER.has(t));
    if (content.length >= 2 || content.some((t) => t.length >= DISTINCTIVE_LENGTH)) out.add(run.join(" "));
  }
  return out;
}

const PRONOUN_GENDER: Record<string, string> = { he: "m", him: "m", she: "f", her: "f" };
const DESCRIBED = /^(?:the|a|an)\s+(.+)$/i;
// Title words before a name are not the name.
const TITLE =
  /^(?:mr|mrs|ms|dr|president|minister|secretary|judge|senator|governor|mayor|chief|vice|prime|state|general)$/i;

/** What a speaker as written tells about who it is: a surname, a role, or a pronoun's gender. */
function identityOf(speaker: string | null): Map<string, string> {
  const who = new Map<string, string>();
  const s = speaker?.trim();
  if (!s) return who;
  const gender = PRONOUN_GENDER[s.toLowerCase()];
  const described = DESCRIBED.exec(s);
  if (gender) who.set("gender", gender);
  else if (described) who.set("role", (described[1] as string).toLowerCase());
  else {
    const names = (s.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => !TITLE.test(w));
    const last = names[names.length - 1];
    if (last) who.set("surname", last.toLowerCase());
  }
  return who;
}

/** One version per article: the parts it prints of the quote, in its order, joined by an ellipsis. */
interface Version {
  article: string;
  sources: ReadonlySet<string>;
  order: number;
  text: string;
  speakerText: string | null;
  parts: string[][];
  keys: string[];
}

function versionsOf(group: Instance[]): Version[] {
  const byArticle = new Map<string, Instance[]>();
  for (const q of group) byArticle.set(q.article, [...(byArticle.get(q.article) ?? []), q]);
  return [...byArticle.values()].map((qs) => {
    const parts = qs.flatMap((q) => q.text.split(ELLIPSIS).map((p) => wordsOf(p).map(norm)));
    const first = qs[0] as Instance;
    return {
      article: first.article,
      sources: first.sources,
      order: first.order,
      text: qs.map((q) => q.text.trim()).join(" … "),
      speakerText: qs.find((q) => q.speakerText)?.speakerText ?? null,
      parts: parts.filter((p) => p.length),
      keys: qs.flatMap((q) => q.keys),
    };
  });
}

function toGroup(group: Instance[]): QuoteGroup & { order: number } {
  const versions = versionsOf(group);
  const reference = pickReference(versions);
  return {
    speaker: null,
    speakerText: namedSpeaker([reference, ...versions]),
    text: reference.text,
    order: Math.min(...versions.map((v) => v.order)),
    versions: versions
      .sort((a, b) => a.order - b.order)
      .map((v) => ({
        article: v.article,
        text: v.text,
        fidelity: fidelityOf(v, reference),
        diff: diffWords(wordsOf(v.text), wordsOf(reference.text)),
      })),
  };
}

/** The first speaker written as a name, else as a role, else as a pronoun. */
function namedSpeaker(versions: Version[]): string | null {
  const written = versions.map((v) => v.speakerText).filter((x): x is string => !!x);
  return (
    written.find((x) => identityOf(x).has("surname")) ??
    written.find((x) => identityOf(x).has("role")) ??
    written[0] ??
    null
  );
}

/**
 * The fullest version that the others agree with: the one most other versions
 * are verbatim or trimmed copies of; then the one whose article others took
 * their text from (derivedFrom), since a rewrite changes a quote on the way
 * and not before it; then the longest. An outlet that altered the quote does
 * not become the yardstick by having the most words.
 */
function pickReference(versions: Version[]): Version {
  let best = versions[0] as Version;
  let bestScore = -1;
  for (const candidate of versions) {
    const others = versions.filter((v) => v !== candidate);
    const faithful = others.filter((v) => ["verbatim", "trimmed"].includes(fidelityOf(v, candidate))).length;
    const copiedBy = others.filter((v) => v.sources.has(candidate.article)).length;
    const score = faithful * 1e8 + copiedBy * 1e5 + Math.min(candidate.keys.length, 1e5 - 1);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function fidelityOf(v: Pick<Version, "parts" | "keys">, ref: Pick<Version, "keys">): Fidelity {
  const same = v.keys.length === ref.keys.length && v.keys.every((k, i) => k === ref.keys[i]);
  if (same) return "verbatim";
  if (partsInOrder(v.parts, ref.keys)) return "trimmed";
  const coverage = lcsLength(v.keys, ref.keys) / Math.max(1, v.keys.length);
  return coverage >= ALTERED_MIN_COVERAGE ? "altered" : "paraphrased";
}

/** Every part is a contiguous run of the reference, each after the one before. */
function partsInOrder(parts: string[][], ref: string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = indexOfRun(ref, part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return parts.length > 0;
}

function indexOfRun(hay: string[], run: string[], from: number): number {
  for (let i = from; i + run.length <= hay.length; i++) {
    let j = 0;
    while (j < run.length && hay[i + j] === run[j]) j++;
    if (j === run.length) return i;
  }
  return -1;
}

function lcsTable(a: string[], b: string[]): number[][] {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = t[i] as number[];
      row[j] =
        a[i] === b[j]
          ? ((t[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((t[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  return t;
}

const lcsLength = (a: string[], b: string[]): number => (lcsTable(a, b)[0] as number[])[0] as number;

/** Word-level diff of a version against the reference, on normalized words, shown in the version's own spelling. */
function diffWords(version: string[], reference: string[]): DiffPart[] {
  const a = version.map(norm);
  const b = reference.map(norm);
  const t = lcsTable(a, b);
  const out: DiffPart[] = [];
  const push = (op: DiffPart["op"], word: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else out.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push("same", version[i] as string);
      i++;
      j++;
    } else if (
      j < b.length &&
      (i >= a.length || ((t[i] as number[])[j + 1] as number) >= ((t[i + 1] as number[])[j] as number))
    ) {
      push("dropped", reference[j] as string);
      j++;
    } else {
      push("added", version[i] as string);
      i++;
    }
  }
  return out;
}
