import type { Rejection } from "../errors.js";

// Every option and limit of the engine in one place, with its default and why.

export interface Limits {
  /** Largest input file read, in bytes: protects memory from a runaway scrape. */
  maxFileBytes: number;
  /** Largest decompressed size of a .gz input: guards against compression bombs. */
  maxGunzipBytes: number;
  /** Pages with more elements are rejected: Readability's cost explodes past this. */
  maxHtmlElements: number;
  /** Nesting past this depth is flattened before parsing: real news pages stay under 40 levels, Readability's time explodes past a few hundred. */
  maxHtmlDepth: number;
}

export interface AnalyzeOptions {
  /** Words per story summary (whole sentences; the last may pass it by less than a sentence). */
  summaryWords: number;
  /** Optional hard limit of each summary in UTF-8 bytes (fixed-size slots). */
  summaryBytes?: number;
  /** Optional question or topic the summaries should answer first. */
  summaryFocus?: string;
  /** Treat record text as already clean: no line is removed. */
  clean: boolean;
  /** Clock at the edge: the report's generatedAt. */
  now: () => Date;
  limits: Limits;
  /** Cosine similarity (TF-IDF) for an article to join a story: 0.25 scored best on DUC 2006+2007 (npm run eval -- stories). */
  storyThreshold: number;
  /**
   * Days a story reaches past its first and last article: a later article joins
   * another story, however alike. null (the default): no window, for piles of
   * coverage that follow one subject over months or years (DUC's topics span
   * years: a 90-day window halves their B-cubed F1, npm run eval -- stories).
   */
  storyWindowDays: number | null;
  /** Word-shingle Jaccard above which two texts are copies of one another. */
  duplicateThreshold: number;
  /** Share of an article's sentences found in another before it counts as derived from it. */
  derivationMinShare: number;
  /** Called as work advances; the CLI turns it into a progress bar. */
  onProgress?: (event: ProgressEvent) => void;
  /** Called once per rejected input, as it happens. */
  onReject?: (rejection: Rejection) => void;
}

export interface ProgressEvent {
  phase: "read" | "extract" | "language" | "stories";
  done: number;
  total: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxGunzipBytes: 200 * 1024 * 1024,
  maxHtmlElements: 100_000,
  maxHtmlDepth: 120,
};

export const DEFAULT_OPTIONS: AnalyzeOptions = {
  summaryWords: 100,
  clean: true,
  now: () => new Date(),
  limits: DEFAULT_LIMITS,
  storyThreshold: 0.25,
  storyWindowDays: null,
  duplicateThreshold: 0.85,
  derivationMinShare: 0.3,
};

/** What a caller may pass: any option, and any subset of the limits. */
export type AnalyzeSettings = Partial<Omit<AnalyzeOptions, "limits">> & { limits?: Partial<Limits> };

export function resolveOptions(partial: AnalyzeSettings = {}): AnalyzeOptions {
  return { ...DEFAULT_OPTIONS, ...partial, limits: { ...DEFAULT_LIMITS, ...partial.limits } };
}
