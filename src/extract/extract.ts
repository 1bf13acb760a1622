import { type Rejection, reject } from "../errors.js";
import type { ArticleInput } from "../ingest/index.js";
import { extractHtml } from "./html/extract-html.js";
import { cleanScrape } from "./text/clean.js";
import type { Extraction, ExtractOptions } from "./types.js";

export type ExtractResult = { ok: true; extraction: Extraction } | { ok: false; rejection: Rejection };

/** One input in, one clean article out. Record fields given by the input win over what the page says. */
export function extractArticle(input: ArticleInput, opts: ExtractOptions): ExtractResult {
  const found = input.format === "html" ? fromHtml(input, opts) : fromText(input, opts);
  if ("rejection" in found) return { ok: false, rejection: found.rejection };
  const e = found;
  if (e.text.trim() === "")
    return { ok: false, rejection: reject(input.source, "SYN_EXTRACT_EMPTY", "every line was site chrome") };
  return {
    ok: true,
    extraction: {
      ...e,
      title: input.title ?? e.title,
      outlet: input.outlet ?? e.outlet,
      published: input.published ?? e.published,
      url: input.url ?? e.url,
    },
  };
}

function fromText(input: ArticleInput, opts: ExtractOptions): Extraction {
  if (!opts.clean) {
    return {
      title: null,
      byline: null,
      published: null,
      outlet: null,
      url: null,
      modified: null,
      dateline: null,
      language: null,
      text: input.content,
      removed: [],
    };
  }
  const { meta, paragraphs, removed } = cleanScrape(input.content);
  return {
    title: meta.title ?? null,
    byline: meta.byline ?? null,
    // A page that states only when it was updated was published on or before that day: the best date it gives.
    published: meta.published ?? meta.modified ?? null,
    outlet: meta.outlet ?? null,
    url: null,
    modified: meta.modified ?? null,
    dateline: meta.dateline ?? null,
    language: null,
    text: paragraphs.join("\n\n"),
    removed,
  };
}

function fromHtml(input: ArticleInput, opts: ExtractOptions): Extraction | { rejection: Rejection } {
  let r: ReturnType<typeof extractHtml>;
  try {
    r = extractHtml(input.content, { maxElements: opts.maxHtmlElements, maxDepth: opts.maxHtmlDepth });
  } catch (e) {
    // A DOM library may still overflow on pathological markup; that costs this page only.
    return { rejection: reject(input.source, "SYN_EXTRACT_TOO_COMPLEX", (e as Error).message) };
  }
  if (!r.ok) return { rejection: reject(input.source, r.code, r.detail) };
  const { ok: _ok, ...extraction } = r;
  return extraction;
}
