import { createHash } from "node:crypto";
import { type Rejection, reject } from "../errors.js";
import type { ArticleInput } from "../ingest/index.js";

export interface Identified {
  id: string;
  input: ArticleInput;
}

/**
 * Stable ids: the given id, else a hash of the content as read (so a cleaner
 * change never renames an article). The same content twice gets "-2", "-3".
 * A given id used twice is an input error: the later record is rejected.
 */
export function assignIds(inputs: ArticleInput[]): { articles: Identified[]; rejected: Rejection[] } {
  const used = new Map<string, string>();
  const articles: Identified[] = [];
  const rejected: Rejection[] = [];
  for (const input of inputs) {
    if (input.id !== undefined) {
      const first = used.get(input.id);
      if (first !== undefined) {
        rejected.push(
          reject(input.source, "SYN_INPUT_DUPLICATE_ID", `"${input.id}" is already the id of ${first}`),
        );
        continue;
      }
      used.set(input.id, input.source);
      articles.push({ id: input.id, input });
      continue;
    }
    const base = contentId(input.content);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.set(id, input.source);
    articles.push({ id, input });
  }
  return { articles, rejected };
}

export function contentId(content: string): string {
  return createHash("sha256").update(content.replace(/\r\n?/g, "\n").trim()).digest("hex").slice(0, 16);
}
