import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { RemovedLine } from "../../report/index.js";
import { cleanLines, HTML_PASSES } from "../text/clean.js";
import type { ScrapeMeta } from "../text/line.js";
import type { Extraction } from "../types.js";
import { fold, toBlocks } from "./blocks.js";
import { readPageMeta } from "./metadata.js";

export type HtmlResult =
  | ({ ok: true } & Extraction)
  | { ok: false; code: "SYN_EXTRACT_EMPTY" | "SYN_EXTRACT_TOO_COMPLEX"; detail: string };

export interface HtmlLimits {
  maxElements: number;
  maxDepth: number;
}

const OPEN_OR_CLOSE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g;
const VOID = new Set(
  "area base br col embed hr img input link meta param source track wbr p li option".split(" "),
);
const MIN_FALLBACK_WORDS = 8;
const MAX_REMOVED = 300;

/** Counts elements and nesting before any DOM is built: Readability's cost explodes on deep pages. */
export function measureMarkup(html: string): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  for (const m of html.matchAll(OPEN_OR_CLOSE)) {
    const tag = (m[2] as string).toLowerCase();
    if (VOID.has(tag)) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[0].endsWith("/>")) {
      elements++;
      depth++;
      if (depth > maxDepth) maxDepth = depth;
    }
  }
  return { elements, depth: maxDepth };
}

export function extractHtml(html: string, limits: HtmlLimits): HtmlResult {
  const size = measureMarkup(html);
  if (size.elements > limits.maxElements) {
    return {
      ok: false,
      code: "SYN_EXTRACT_TOO_COMPLEX",
      detail: `${size.elements} elements, limit ${limits.maxElements}`,
    };
  }
  if (size.depth > limits.maxDepth) {
    return {
      ok: false,
      code: "SYN_EXTRACT_TOO_COMPLEX",
      detail: `nesting ${size.depth} levels deep, limit ${limits.maxDepth}`,
    };
  }
  const { document } = parseHTML(
    html.includes("<html") ? html : `<!doctype html><html><body>${html}</body></html>`,
  );
  const meta = readPageMeta(document as unknown as Document);
  for (const el of document.querySelectorAll("script, style, noscript, template, svg, iframe")) el.remove();
  const page = document.body ? toBlocks(document.body as unknown as Node) : { paragraphs: [], dropped: [] };
  const article = runReadability(document as unknown as Document);
  let kept = article
    ? toBlocks(parseHTML(`<html><body>${article.content}</body></html>`).document.body as unknown as Node)
    : undefined;
  if (!kept || kept.paragraphs.length === 0) {
    kept = {
      paragraphs: page.paragraphs.filter((p) => p.split(" ").length >= MIN_FALLBACK_WORDS),
      dropped: [],
    };
  }
  if (kept.paragraphs.length === 0)
    return { ok: false, code: "SYN_EXTRACT_EMPTY", detail: "no paragraph of text in the page" };
  const title = meta.title ?? (article?.title ? fold(article.title) : null);
  const byline = meta.byline ?? (article?.byline ? fold(article.byline).replace(/^by\s+/i, "") : null);
  const known: ScrapeMeta = {};
  if (title) known.title = title;
  if (byline) known.byline = byline;
  if (meta.published) known.published = meta.published;
  const cleaned = cleanLines(kept.paragraphs, known, HTML_PASSES);
  if (cleaned.paragraphs.length === 0)
    return { ok: false, code: "SYN_EXTRACT_EMPTY", detail: "the article holds only site chrome" };
  const paragraphs = cleaned.paragraphs;
  return {
    ok: true,
    title,
    byline: cleaned.meta.byline ?? byline,
    published: cleaned.meta.published ?? null,
    outlet: meta.outlet ?? (article?.siteName ? fold(article.siteName) : null),
    url: meta.url ?? null,
    dateline: cleaned.meta.dateline ?? null,
    language: meta.language ?? null,
    text: paragraphs.join("\n\n"),
    removed: [
      ...cleaned.removed,
      ...removedBlocks(page.paragraphs, kept.paragraphs, [...page.dropped, ...kept.dropped], title),
    ],
  };
}

type ReadabilityArticle = ReturnType<Readability<string>["parse"]>;

function runReadability(doc: Document): ReadabilityArticle {
  try {
    return new Readability(doc).parse();
  } catch {
    return null;
  }
}

/** Every block of the page that did not make it into the article, with the reason it went. */
function removedBlocks(
  pageBlocks: string[],
  keptBlocks: string[],
  dropped: { text: string; reason: string }[],
  title: string | null,
): RemovedLine[] {
  const kept = new Set(keptBlocks.map((p) => p.toLowerCase()));
  const keptText = keptBlocks.join("\n").toLowerCase();
  const seen = new Set<string>();
  const out: RemovedLine[] = [];
  const add = (text: string, reason: string, rule: string) => {
    const key = text.toLowerCase();
    if (out.length >= MAX_REMOVED || seen.has(key) || kept.has(key)) return;
    seen.add(key);
    out.push({ text, reason, rule });
  };
  for (const d of dropped) add(d.text, d.reason, "html-not-prose");
  for (const block of pageBlocks) {
    const key = block.toLowerCase();
    if (title && key === title.toLowerCase()) add(block, "headline (kept as the title)", "headline");
    else if (!keptText.includes(key))
      add(block, "outside the main article (page chrome)", "html-boilerplate");
  }
  return out;
}
