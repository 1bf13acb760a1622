// Discrepancies: the same subject given different values by different
// sources. A subject is found by context, not by value: claims whose
// sentences (with the sentence before) read alike are about the same thing,
// and if they then disagree on the day, the amount or the count, every value
// is reported with the articles that give it. Values are compared after
// normalization ("Thursday, May 1" and "May 1" agree; "$50m" and
// "$50 million" agree); a qualifier ("at least") is a difference worth showing.

import {
  contentTokens,
  findQuantities,
  numbersIn,
  pluralNoun,
  qualifierClass,
  setCosine,
} from "../language/index.js";
import type { Discrepancy } from "../report/index.js";
import { type CompareArticle, countsBack } from "./types.js";

/** Word-set cosine of two claims' contexts from which they are about the same subject. */
const SAME_SUBJECT = 0.3;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const DATE_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|\d+\w*)$/;

interface Claim {
  article: string;
  outlet: string;
  /** "date" or a quantity kind ("money:$", "count:worker"). */
  kind: string;
  /** Normalized value compared across sources. */
  key: string;
  /** Shown to the reader. */
  value: string;
  text: string;
  /** Content words of the sentence and the one before: what the claim is about. */
  context: Set<string>;
  /** Content words of the sentence alone. */
  words: Set<string>;
  /** Content words next to a quantity ("were evacuated"): whose count it is. */
  near: Set<string>;
  /** What befell the people it counts, read from `near` (FATES). */
  fates?: Set<string>;
  /** Every day the sentence names (dates), or every number it states (quantities), to see agreement. */
  also: Set<string>;
  /** In an article's first sentences, where its main event is told. */
  lead: boolean;
  /** The article's day of publication (ISO), when known. */
  published?: string;
  /** The lead's one figure of its kind: the first in the lead, alone of its kind in its sentence. */
  soleInLead?: boolean;
  /** The only figure of its kind in its sentence. */
  soleInSentence?: boolean;
  /** The only value of its kind in its article (stated once or repeated). */
  soleInArticle?: boolean;
  /** A count of a workforce ("jobs", "employees", "staff"): two leads' such counts are one subject. */
  workforce?: boolean;
  /** A range's ends ("between 40 and 60 million"), to see which single figures it allows. */
  range?: { low: number; high: number };
}

/** Sentences dated differently are the same event only if they share this much (word-set cosine)... */
const SAME_EVENT_SENTENCE = 0.25;
/** Two leads need less: articles date their main event in their first lines, each in its own words. */
const SAME_LEAD_EVENT = 0.22;
const LEAD_SENTENCES = 3;
/** Words either side of a quantity that say what is counted or done with it. */
const NEAR_WORDS = 5;

/**
 * For a sentence that makes a claim, the articles that give the same subject
 * another value: they must not be cited for it ("1.4 million inhalers" is not
 * backed by an outlet that says 1.2 million, whatever else they share).
 */
export type Contradictions = Map<string, Set<string>>;

export function findDiscrepancies(articles: readonly CompareArticle[]): {
  discrepancies: Discrepancy[];
  contradicted: Contradictions;
} {
  const claims = articles.filter((a) => !a.duplicateOf).flatMap(claimsOf);
  const discrepancies: Discrepancy[] = [];
  const contradicted: Contradictions = new Map();
  for (const group of subjects(claims)) {
    let found = false;
    for (const a of group)
      for (const b of group) {
        if (a.outlet === b.outlet || !disagree(a, b)) continue;
        found = true;
        contradicted.set(a.text, (contradicted.get(a.text) ?? new Set()).add(b.article));
      }
    if (found) discrepancies.push({ subject: subjectOf(group), claims: byValue(group) });
  }
  return { discrepancies, contradicted };
}

/**
 * Sentences of a summary or facts with the sources that contradict them
 * taken out of their citations (and evidence). An outlet that also states
 * the sentence's own value in it stays.
 */
export function withoutContradictors<T extends { text: string; sources: string[] }>(
  items: T[],
  contradicted: Contradictions,
): T[] {
  return items.map((item) => {
    const against = contradicted.get(item.text);
    if (!against) return item;
    const out = { ...item, sources: item.sources.filter((id) => !against.has(id)) };
    const withEvidence = out as T & { evidence?: { article: string }[] };
    if (withEvidence.evidence)
      withEvidence.evidence = withEvidence.evidence.filter((e) => !against.has(e.article));
    return out;
  });
}

function claimsOf(a: CompareArticle): Claim[] {
  const out: Claim[] = [];
  const outlet = a.outlet ?? a.id;
  const quoted = (at: number) => a.quotes.some((q) => q.start <= at && at < q.end);
  // The dateline was cut from the first paragraph; it still says where the lead's events happen.
  const place = a.dateline ? a.dateline.replace(/\([^()]*\)/g, " ") : "";
  const leadKinds = new Set<string>();
  a.sentences.forEach((s, i) => {
    const text = a.text.slice(s.start, s.end);
    const prev = a.sentences[i - 1];
    const before = prev ? a.text.slice(prev.start, prev.end) : "";
    const lead = i < LEAD_SENTENCES;
    const base = {
      article: a.id,
      outlet,
      published: a.published?.slice(0, 10),
      text,
      context: new Set(
        contentTokens(`${lead ? place : ""} ${before} ${text}`).filter((t) => !DATE_WORDS.test(t)),
      ),
      words: new Set(contentTokens(text).filter((t) => !DATE_WORDS.test(t))),
      lead,
    };
    // Speech has its own "today": days inside quotation marks are not the reporter's claims.
    const days = a.dates.filter(
      (d) => d.start >= s.start && d.start < s.end && !quoted(d.start) && !dayOfStatement(a.text, d.start),
    );
    const keys = days.map((d) => dayKey(d.value, d.text)).filter((k): k is string => k !== undefined);
    const first = days.find((d) => dayKey(d.value, d.text));
    if (first) {
      const key = dayKey(first.value, first.text) as string;
      out.push({
        ...base,
        kind: "date",
        key,
        value: first.value ?? first.text,
        near: new Set(),
        also: new Set(keys),
      });
    }
    const numbers = new Set([...numbersIn(text)].map(String));
    const quantities = findQuantities(text);
    for (const q of quantities) {
      // A share ("8% of its workforce") is of a whole by nature; a sum or count so told is a part.
      if (!q.kind.startsWith("percent") && PART_OF_WHOLE.test(text.slice(q.end, q.end + 60))) continue;
      // Trimmed first: the space beside the figure is no word of the window.
      const near = contentTokens(
        `${text.slice(0, q.start).trim().split(/\s+/).slice(-NEAR_WORDS).join(" ")} ${text
          .slice(q.end)
          .trim()
          .split(/\s+/)
          .slice(0, NEAR_WORDS + 1)
          .join(" ")}`,
      );
      const kind = comparedKind(q.kind);
      const sole =
        lead && !leadKinds.has(kind) && quantities.filter((o) => comparedKind(o.kind) === kind).length === 1;
      if (lead) leadKinds.add(kind);
      out.push({
        ...base,
        kind,
        soleInLead: sole,
        soleInSentence: quantities.filter((o) => comparedKind(o.kind) === kind).length === 1,
        workforce: WORKFORCE.test(q.kind),
        key: `${qualifierClass(q.qualifier)}|${q.low === undefined ? "" : `${q.low}-`}${q.value}`,
        range: q.low === undefined ? undefined : { low: q.low, high: q.value },
        value: q.text,
        near: new Set(near),
        fates: fatesOf(new Set(near)),
        also: numbers,
      });
    }
  });
  const values = new Map<string, Set<string>>();
  for (const c of out) values.set(c.kind, (values.get(c.kind) ?? new Set()).add(c.key));
  for (const c of out) c.soleInArticle = values.get(c.kind)?.size === 1;
  return out;
}

/** Leads of articles this many days apart tell different days of a story (the arrest, then the plea). */
const LEAD_DAYS_APART = 2;
const DAY_MS = 86_400_000;
/**
 * Two leads date one event unless their articles are days apart: a follow-up
 * leads with the day's new development ("arrested Monday", a week later
 * "pleaded not guilty on Tuesday"). Outlets tell one event in other verbs
 * ("sentenced", "jailed", "faced court"), so the verbs cannot tell them apart.
 */
function sameLeadEvent(a: Claim, b: Claim): boolean {
  if (!a.published || !b.published) return true;
  return Math.abs(Date.parse(a.published) - Date.parse(b.published)) / DAY_MS <= LEAD_DAYS_APART;
}

/** "…, the company said Monday", "told reporters on Friday": the day something was said, not the day it happened. */
const STATEMENT_BEFORE =
  /\b(?:said|says|told\s+(?:\S+\s+){0,2}?|announced|confirmed|added|reported|stated)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;
const dayOfStatement = (text: string, at: number): boolean =>
  STATEMENT_BEFORE.test(text.slice(Math.max(0, at - 40), at));

/** "£6m of the fee", "200 of the workers": a part of a whole another outlet may state. */
const PART_OF_WHOLE =
  /^\s+of\s+(?:the|its|their|this|that|his|her)\s+(?:\S+\s+)?(?:fee|total|sum|amount|price|bill|budget|cost|deal|payment|workforce|staff|employees|workers|people|passengers|residents|members)\b/i;

/**
 * What befell the people a count counts: two counts of people told with
 * different fates ("seven killed", "three missing") are two subjects, and
 * the same fate in other words ("killed", "died") is one.
 */
const FATES: [string, RegExp][] = [
  ["death", /^(?:kill|die|died|dead|death|fatal|fatalitie|perish|live)/],
  ["injury", /^(?:injur|hurt|wound|hospital|treat)/],
  ["missing", /^(?:missing|unaccounted)/],
  ["arrest", /^(?:arrest|detain|charged)/],
  ["rescue", /^(?:rescu|saved)/],
  ["evacuation", /^(?:evacuat|displac|homeless)/],
  ["attendance", /^(?:crowd|attend|spectator|front|turnout)/],
];
const NO_FATES = new Set<string>();
const fatesOf = (near: Set<string>): Set<string> =>
  new Set(FATES.filter(([, p]) => [...near].some((t) => p.test(t))).map(([f]) => f));

/** A day's ISO value, or for an undated article the weekday it names; anything vaguer is no claim. */
function dayKey(value: string | null, text: string): string | undefined {
  if (countsBack(text)) return undefined;
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const word = text.replace(/^(?:on|last|this|next)\s+/i, "").trim();
  return !value && WEEKDAY.test(word) ? word.toLowerCase() : undefined;
}

const HEDGED = new Set(["", "about"]);

/** Two claims on one subject disagree when neither sentence states the other's value. */
function disagree(a: Claim, b: Claim): boolean {
  if (a.key === b.key) return false;
  if (a.kind === "date") return ![...a.also].some((k) => b.also.has(k));
  if (a.range || b.range) return !withinRange(a, b);
  const [qa, va] = a.key.split("|");
  const [qb, vb] = b.key.split("|");
  // The same number bounded differently ("at least $50 million") is a difference; hedged ("about") it is not.
  if (va === vb) return qa !== qb && !(HEDGED.has(qa as string) && HEDGED.has(qb as string));
  // "about 4,800 children" rounds "4,812 children".
  if (
    (qa === "about" && roundsTo(Number(va), Number(vb))) ||
    (qb === "about" && roundsTo(Number(vb), Number(va)))
  )
    return false;
  // A sentence that also states the other's number does not deny it ("six of its 41 bus routes", "six bus routes").
  return !(b.also.has(va as string) || a.also.has(vb as string));
}

/** Whether a round figure is the other rounded to the round one's last non-zero digit (4,800 and 4,812). */
function roundsTo(round: number, exact: number): boolean {
  if (!Number.isInteger(round) || round === 0) return false;
  let unit = 1;
  while (round % (unit * 10) === 0) unit *= 10;
  // Two significant digits at least: "about 4,800" rounds 4,812, but "roughly 10%" is no rounding of 8%.
  return unit > 1 && Math.abs(round) / unit >= 10 && Math.round(exact / unit) * unit === round;
}

/**
 * A range agrees with a figure inside it, with "up to" its upper end and
 * "at least" its lower: "between 40 and 60 million" and "up to 60 million"
 * say the same. Two ranges agree only when their ends do.
 */
function withinRange(a: Claim, b: Claim): boolean {
  const [r, o] = a.range ? [a, b] : [b, a];
  const { low, high } = r.range as { low: number; high: number };
  if (o.range) return o.range.low === low && o.range.high === high;
  const [bound, raw] = o.key.split("|");
  const v = Number(raw);
  if (bound === "at most") return v === high;
  if (bound === "at least") return v === low;
  return v >= low && v <= high;
}

/**
 * Claims of one kind grouped by their contexts, closest pairs first, and a
 * group only grows when every pair across it reads alike (complete linkage:
 * a chain of loosely similar sentences must not join two different events).
 * One article's claims share a group only when they give the same value.
 */
function subjects(claims: Claim[]): Claim[][] {
  // Closest contexts first; between two figures of one sentence, the one told with the same words around it.
  const sim = (a: Claim, b: Claim) => setCosine(a.context, b.context) + setCosine(a.near, b.near);
  const fits = (a: Claim, b: Claim) =>
    a.article === b.article
      ? a.key === b.key
      : a.kind === b.kind && comparable(a.key, b.key) && sameSubject(a, b);
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i] as Claim;
      const b = claims[j] as Claim;
      if (a.article !== b.article && fits(a, b)) pairs.push([sim(a, b), i, j]);
    }
  }
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const groupOf = claims.map((_, i) => i);
  const members = new Map(claims.map((_, i) => [i, [i]]));
  for (const [, i, j] of pairs) {
    const gi = groupOf[i] as number;
    const gj = groupOf[j] as number;
    if (gi === gj) continue;
    const a = members.get(gi) as number[];
    const b = members.get(gj) as number[];
    if (!a.every((x) => b.every((y) => fits(claims[x] as Claim, claims[y] as Claim)))) continue;
    for (const y of b) groupOf[y] = gi;
    a.push(...b);
    members.delete(gj);
  }
  return [...members.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort((x, y) => x - y).map((x) => claims[x] as Claim));
}

function sameSubject(a: Claim, b: Claim): boolean {
  const context = setCosine(a.context, b.context);
  const fatesA = a.fates ?? NO_FATES;
  const fatesB = b.fates ?? NO_FATES;
  const counted = a.kind.startsWith("count:") && fatesA.size > 0 && fatesB.size > 0;
  if (counted && ![...fatesA].some((f) => fatesB.has(f))) return false;
  const nearShared = counted || [...a.near].some((t) => b.near.has(t) && !a.kind.endsWith(`:${t}`));
  // Two leads tell the main event in their own words: its day, and its one figure of a kind
  // ("cut 1,200 jobs, or 8% of its workforce" against "1,250 employees, roughly 10% of its staff").
  // A count, of so many things, also needs a word beside it in common ("two people familiar with…").
  const leadsAlike = Math.max(context, setCosine(a.words, b.words)) >= SAME_LEAD_EVENT;
  if (a.kind === "date" && a.lead && b.lead) return leadsAlike && sameLeadEvent(a, b);
  const specific = !a.kind.startsWith("count:") || nearShared || (a.workforce && b.workforce);
  if (a.soleInLead && b.soleInLead && leadsAlike && specific) return true;
  // Two leads' counts of the dead (or the missing…) in one story are one subject, however else the leads are told;
  // so are two counts of one event's crowd, wherever they stand.
  if (counted && a.lead && b.lead) return true;
  if (counted && fatesA.has("attendance") && fatesB.has("attendance")) return true;
  if (sameThingCounted(a, b, context) || sameSumNamed(a, b)) return true;
  if (context < SAME_SUBJECT) return false;
  if (a.kind !== "date") return nearShared;
  return setCosine(a.words, b.words) >= SAME_EVENT_SENTENCE;
}

/** Counts that name no particular thing: their noun says nothing of the subject. */
const GENERIC_COUNT =
  /^count:(?:people|person|time|year|day|week|month|hour|minute|season|night|game|match|round|thing|way|case|one|other|part|point)$/;
/** Below this, even two counts of one particular thing are about different moments of a story. */
const SAME_THING_CONTEXT = 0.2;

/**
 * "about 8,400 households" and "about 4,800 households", "Three firefighters
 * were hurt" and "Four firefighters were injured": a count of one particular
 * thing, with the same fate or none, is one subject at a lower bar of context.
 */
function sameThingCounted(a: Claim, b: Claim, context: number): boolean {
  if (!a.kind.startsWith("count:") || GENERIC_COUNT.test(a.kind) || context < SAME_THING_CONTEXT)
    return false;
  // An article that counts the thing twice over ("12,400 acres" this fire, "3,100 acres" the last) says which is which only in words.
  if (!a.soleInArticle || !b.soleInArticle) return false;
  const fa = [...(a.fates ?? NO_FATES)].sort().join();
  const fb = [...(b.fates ?? NO_FATES)].sort().join();
  return fa === fb;
}

/** What a sum is of: "the loss at $2.1 million", "put its losses at about $1.2 million". */
const SUM_SUBJECTS = new Set(
  "loss damage cost bill fine settlement ransom bail budget compensation fee reward bid valuation".split(" "),
);
// The word list's form of a word: "losses" (its stem "losse") is "loss", "costs" is "cost".
const singular = (t: string) => (t === "losse" ? "loss" : /ss$/.test(t) ? t : t.replace(/s$/, ""));

/** Two sums, each alone of its kind in its sentence, that name the same thing they sum: one subject. */
function sameSumNamed(a: Claim, b: Claim): boolean {
  if (!a.kind.startsWith("money:") || !a.soleInSentence || !b.soleInSentence) return false;
  if (!a.soleInArticle || !b.soleInArticle) return false;
  const named = (c: Claim) => new Set([...c.near].map(singular).filter((t) => SUM_SUBJECTS.has(t)));
  const nb = named(b);
  return [...named(a)].some((t) => nb.has(t));
}

/**
 * Counts of people are compared whatever noun counts them: "212 people" and
 * "214 passengers", "1,200 jobs" and "1,250 employees" give one number.
 */
const PEOPLE_COUNT =
  /^count:(?:people|person|passenger|resident|worker|employee|staff|job|position|crew|personnel|civilian|villager|member)$/;
const WORKFORCE = /^count:(?:worker|employee|staff|job|position|personnel)$/;
const comparedKind = (kind: string): string => (PEOPLE_COUNT.test(kind) ? "count:people" : kind);

/** An ISO day and a bare weekday cannot be told apart: they are not compared. */
const comparable = (a: string, b: string): boolean => /^\d/.test(a) === /^\d/.test(b);

function byValue(group: Claim[]): Discrepancy["claims"] {
  const values = new Map<string, Claim[]>();
  for (const c of group) values.set(c.key, [...(values.get(c.key) ?? []), c]);
  return [...values.values()].map((cs) => ({
    value: (cs[0] as Claim).value,
    text: (cs[0] as Claim).text,
    sources: [...new Set(cs.map((c) => c.article))],
  }));
}

/** What the claims are about: the kind, and the words their sentences share. */
function subjectOf(group: Claim[]): string {
  const kind = (group[0] as Claim).kind;
  const label =
    kind === "date"
      ? "date"
      : kind.startsWith("money:")
        ? `amount (${kind.slice(6)})`
        : kind.startsWith("percent:")
          ? "percentage"
          : kind === "count:people"
            ? "number of people"
            : kind.startsWith("duration:")
              ? `duration (${pluralNoun(kind.slice(9))})`
              : kind.startsWith("age:")
                ? "age"
                : kind === "score:"
                  ? "score"
                  : `number of ${pluralNoun(kind.slice(6))}`;
  const shared = [...(group[0] as Claim).context].filter((t) => group.every((c) => c.context.has(t)));
  return shared.length ? `${label}: ${shared.slice(0, 6).join(" ")}` : label;
}
