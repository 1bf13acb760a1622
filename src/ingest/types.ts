/** One article as it enters the engine: decoded text or HTML plus what the input said about it. */
export interface ArticleInput {
  /** Input path (with ":line" or "[index]" for records), or "stdin:line". */
  source: string;
  format: "text" | "html";
  content: string;
  id?: string;
  url?: string;
  title?: string;
  outlet?: string;
  /** Normalized ISO 8601, trusted over anything extracted. */
  published?: string;
  /** Charset the bytes were decoded from, for the record. */
  encoding?: string;
}
