import type { Discrepancy, Fact, StoryQuote, TimelineEntry, Unique } from "../report/index.js";

/** What comparing a story's sources yields. */
export interface StoryComparison {
  facts: Fact[];
  quotes: StoryQuote[];
  timeline: TimelineEntry[];
  discrepancies: Discrepancy[];
  unique: Unique[];
}

/**
 * Comparison across sources (facts, quote fidelity, discrepancies, unique
 * statements, timeline) is the comparison issue's work. Until it lands the
 * stage answers with honest empty lists, never guesses.
 */
export function compareStory(): StoryComparison {
  return { facts: [], quotes: [], timeline: [], discrepancies: [], unique: [] };
}
