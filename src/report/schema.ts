import { z } from "zod";

// The report contract (synoptic.report/1). Fields may gain siblings, never lose
// or change meaning: external scorers read this JSON.

const id = z.string().min(1);
const offset = z.number().int().nonnegative();
/** ISO 8601 day with optional time and zone: YYYY-MM-DD[THH:MM[:SS][±HH:MM|Z]]. */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/);

export const RejectedSchema = z.object({
  source: z.string(),
  reason: z.string(),
  code: z.string().describe("machine-readable error code, e.g. SYN_INPUT_EMPTY"),
});

export const SpanSchema = z.object({ start: offset, end: offset });

export const RemovedLineSchema = z.object({
  text: z.string(),
  reason: z.string(),
  rule: z.string().describe("id of the cleaning rule that dropped the line"),
});

export const MentionSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  type: z.enum(["person", "organization", "location", "other"]),
  entity: id,
});

export const DateMentionSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  value: z.string().nullable(),
  anchor: z.enum(["absolute", "published", "inferred"]),
});

export const QuoteMentionSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  speaker: id.nullable(),
  speakerText: z.string().nullable(),
  speakerStart: offset.nullable(),
  speakerEnd: offset.nullable(),
  cue: z.string().nullable(),
});

export const DerivationSchema = z.object({ article: id, share: z.number().min(0).max(1) });

export const NumberMentionSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(["money", "count", "percent", "duration", "age"]),
  value: z.number(),
  unit: z
    .string()
    .describe(
      'currency symbol, the counted noun (singular), %, or the unit of a duration or an age ("year")',
    ),
  qualifier: z.string().describe('"at least", "about"… or ""'),
});

export const ArticleSchema = z.object({
  id,
  source: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  published: isoDay.nullable(),
  publishedInferred: z.boolean(),
  language: z.string().nullable(),
  url: z.string().nullable(),
  modified: z.string().nullable().describe("ISO 8601 date of the last update, as the page states it"),
  dateline: z.string().nullable().describe("place (and agency) of the dateline cut from the first paragraph"),
  text: z.string(),
  removed: z.array(RemovedLineSchema),
  sentences: z.array(SpanSchema),
  entities: z.array(MentionSchema),
  dates: z.array(DateMentionSchema),
  quotes: z.array(QuoteMentionSchema),
  numbers: z
    .array(NumberMentionSchema)
    .describe(
      "amounts of money, counts and percentages, normalized (value, unit, qualifier) so sources compare",
    ),
  duplicateOf: id.nullable(),
  derivedFrom: z.array(DerivationSchema),
});

export const EntitySchema = z.object({
  id,
  name: z.string(),
  type: z.enum(["person", "organization", "location", "other"]),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  roleSources: z
    .array(z.object({ role: z.string(), articles: z.array(id) }))
    .optional()
    .describe(
      "for each role, the articles that mention the person and write that role: outlets may differ on titles",
    ),
});

const cited = { sources: z.array(id).min(1) };

export const SummarySentenceSchema = z.object({
  text: z.string(),
  ...cited,
  evidence: z
    .array(z.object({ article: id, start: offset, end: offset }))
    .describe("the sentences this summary sentence was taken from or matched, as article spans"),
});

export const FactSchema = z.object({ text: z.string(), ...cited, support: z.number().int().nonnegative() });

export const QuoteVersionSchema = z.object({
  article: id,
  text: z.string(),
  fidelity: z.enum(["verbatim", "trimmed", "altered", "paraphrased"]),
  diff: z
    .array(z.object({ op: z.enum(["same", "added", "dropped"]), text: z.string() }))
    .describe(
      "word-level difference from the reference version: added words are this version's, dropped ones the reference's",
    ),
});

export const StoryQuoteSchema = z.object({
  speaker: id.nullable(),
  speakerText: z.string().nullable().describe("the speaker as the reference version's article writes it"),
  text: z.string(),
  versions: z.array(QuoteVersionSchema),
});

export const TimelineEntrySchema = z.object({ date: z.string(), text: z.string(), ...cited });

export const DiscrepancySchema = z.object({
  subject: z.string(),
  claims: z.array(z.object({ value: z.string(), text: z.string(), sources: z.array(id).min(1) })),
});

export const UniqueSchema = z.object({
  article: id,
  text: z.string(),
  /** Articles that give a figure or day of this text otherwise (see discrepancies): only the rest is the source's own. */
  contradictedBy: z.array(id).optional(),
});

export const StorySchema = z.object({
  id,
  title: z.string().nullable(),
  articles: z.array(id).min(1),
  firstSeen: isoDay.nullable(),
  lastSeen: isoDay.nullable(),
  summary: z.array(SummarySentenceSchema),
  facts: z.array(FactSchema),
  quotes: z.array(StoryQuoteSchema),
  timeline: z.array(TimelineEntrySchema),
  discrepancies: z.array(DiscrepancySchema),
  unique: z.array(UniqueSchema),
});

export const ReportSchema = z.object({
  schema: z.literal("synoptic.report/1"),
  generatedAt: z.string(),
  rejected: z.array(RejectedSchema),
  articles: z.array(ArticleSchema),
  entities: z.array(EntitySchema),
  stories: z.array(StorySchema),
});

export type Report = z.infer<typeof ReportSchema>;
export type ReportArticle = z.infer<typeof ArticleSchema>;
export type ReportStory = z.infer<typeof StorySchema>;
export type Rejected = z.infer<typeof RejectedSchema>;
export type RemovedLine = z.infer<typeof RemovedLineSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type QuoteMention = z.infer<typeof QuoteMentionSchema>;
export type Derivation = z.infer<typeof DerivationSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type SummarySentence = z.infer<typeof SummarySentenceSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type StoryQuote = z.infer<typeof StoryQuoteSchema>;
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export type Discrepancy = z.infer<typeof DiscrepancySchema>;
export type Unique = z.infer<typeof UniqueSchema>;

/** The JSON Schema (draft 2020-12) of the report, derived from the zod schema above. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
}
