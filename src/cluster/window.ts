// The time window of a story. A story is a run of news about one event: an
// article published long after a story's last article (or long before its
// first) starts another story, however alike the words — next year's budget
// is not this year's. The window moves with the story: each new article
// stretches its span. Undated articles and stories with no dated article are
// not held back.

import type { Story } from "./story.js";

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO day or date-time ("2026-03-04", "2026-03-04T10:00Z"), or null. */
export function dayNumber(iso: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

/** The first and last day of a story's dated members. */
export interface Span {
  first: number;
  last: number;
}

export class TimeWindow {
  /**
   * @param days each article's day (dayNumber), by place in arrival order
   * @param width how many days a story reaches past its first and last article; null: no window
   */
  constructor(
    private readonly days: readonly (number | null)[],
    private readonly width: number | null,
  ) {}

  get active(): boolean {
    return this.width !== null;
  }

  spanOf(members: readonly number[]): Span | null {
    let span: Span | null = null;
    for (const m of members) span = this.stretch(span, m);
    return span;
  }

  /** The span once `member` has joined. */
  stretch(span: Span | null, member: number): Span | null {
    const d = this.days[member];
    if (d === null || d === undefined) return span;
    return span ? { first: Math.min(span.first, d), last: Math.max(span.last, d) } : { first: d, last: d };
  }

  /** Whether the article at `member` may join a story of this span. */
  admits(span: Span | null, member: number): boolean {
    const d = this.days[member];
    if (this.width === null || span === null || d === null || d === undefined) return true;
    return d >= span.first - this.width && d <= span.last + this.width;
  }

  /** Whether two stories are close enough in time to be one. */
  meets(a: Span | null, b: Span | null): boolean {
    if (this.width === null || a === null || b === null) return true;
    return a.first - this.width <= b.last && b.first - this.width <= a.last;
  }

  spans(stories: readonly Story[]): (Span | null)[] {
    return stories.map((s) => (this.width === null ? null : this.spanOf(s.members)));
  }
}

/** No window: every story admits every article. */
export const NO_WINDOW = new TimeWindow([], null);
