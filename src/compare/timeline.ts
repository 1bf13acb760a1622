// The story's dated events on a calendar: each sentence that carries a day
// (or a month) becomes an event on that date, and sentences of different
// articles about the same thing on the same date are one entry with all
// their sources.

import { contentTokens, disagreeOnFigures, setCosine } from "../language/index.js";
import type { TimelineEntry } from "../report/index.js";
import { central } from "./central.js";
import { type CompareArticle, countsBack } from "./types.js";

/** Two sentences dated the same day this alike (word-set cosine) tell the same event. */
const SAME_EVENT = 0.3;
const DAY_OR_MONTH = /^\d{4}-\d{2}(?:-\d{2})?$/;

interface Dated {
  date: string;
  article: string;
  text: string;
  tokens: Set<string>;
}

export function buildTimeline(articles: readonly CompareArticle[]): TimelineEntry[] {
  const byDate = new Map<string, Dated[]>();
  for (const a of articles) {
    if (a.duplicateOf) continue;
    for (const d of datedSentences(a)) byDate.set(d.date, [...(byDate.get(d.date) ?? []), d]);
  }
  const entries: TimelineEntry[] = [];
  for (const [date, list] of byDate) {
    for (const event of sameEvents(list)) {
      entries.push({ date, text: central(event).text, sources: [...new Set(event.map((d) => d.article))] });
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || b.sources.length - a.sources.length);
}

function datedSentences(a: CompareArticle): Dated[] {
  const out: Dated[] = [];
  for (const d of a.dates) {
    if (!d.value || !DAY_OR_MONTH.test(d.value) || countsBack(d.text)) continue;
    // Speech keeps its own calendar ("I've got an exam on Thursday"): only the reporter's dates place events.
    if (a.quotes.some((q) => q.start <= d.start && d.start < q.end)) continue;
    const s = a.sentences.find((x) => x.start <= d.start && d.start < x.end);
    if (!s) continue;
    const text = a.text.slice(s.start, s.end);
    // A sentence is one event, on the first date it names; later dates in it date something else.
    if (out.some((o) => o.text === text)) continue;
    out.push({ date: d.value, article: a.id, text, tokens: new Set(contentTokens(text)) });
  }
  return out;
}

function sameEvents(list: Dated[]): Dated[][] {
  const events: Dated[][] = [];
  for (const d of list) {
    // "burned for eleven hours" and "burned for nine hours" are one event told two ways: two entries.
    const event = events.find(
      (e) =>
        e.some((x) => setCosine(x.tokens, d.tokens) >= SAME_EVENT) &&
        !e.some((x) => disagreeOnFigures(x.text, d.text)),
    );
    if (event) event.push(d);
    else events.push([d]);
  }
  return events;
}
