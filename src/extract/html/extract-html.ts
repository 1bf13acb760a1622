import type { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { RemovedLine } from "../../report/index.js";
import { cleanLines, HTML_PASSES } from "../text/clean.js";
import { type ScrapeMeta, wordCount } from "../text/line.js";
import { bylineNames, NAME, splitDatedByline } from "../text/rules/byline.js";
import type { Extraction } from "../types.js";
import { type Blocks, fold, removePullQuotes, toBlocks } from "./blocks.js";
import { hostOf, type PageMeta, readPageMeta } from "./metadata.js";
import { prepareMarkup } from "./prepare.js";
import { TunedReadability } from "./readability.js";

export type HtmlResult =
  | ({ ok: true } & Extraction)
  | { ok: false; code: "SYN_EXTRACT_EMPTY" | "SYN_EXTRACT_TOO_COMPLEX"; detail: string };

export interface HtmlLimits {
  maxElements: number;
  maxDepth: number;
}

const MIN_FALLBACK_WORDS = 8;
const MAX_REMOVED = 300;
/** Page blocks shorter than this count as kept only when a kept paragraph is exactly them. */
const SHORT_BLOCK_WORDS = 5;

export function extractHtml(html: string, limits: HtmlLimits): HtmlResult {
  const prepared = prepareMarkup(html, limits.maxDepth);
  if (prepared.elements > limits.maxElements) {
    return {
      ok: false,
      code: "SYN_EXTRACT_TOO_COMPLEX",
      detail: `${prepared.elements} elements, limit ${limits.maxElements}`,
    };
  }
  const markup = prepared.html;
  const { document } = parseHTML(
    /<html[\s>]/i.test(markup) ? markup : `<!doctype html><html><body>${markup}</body></html>`,
  );
  const doc = document as unknown as Document;
  adoptStrayNodes(doc);
  const meta = readPageMeta(doc, prepared.jsonLd, prepared.appData);
  const site = hostOf(meta.url) ?? null;
  const heading = fold(doc.querySelector("h1")?.textContent ?? "");
  // Read before Readability changes the page; only needed when the metadata names no writer.
  const namedOnPage = meta.byline ? undefined : pageByline(doc);
  const pulled = doc.body ? removePullQuotes(doc.body) : [];
  const page = doc.body ? toBlocks(doc.body, site) : { paragraphs: [], dropped: [] };
  const article = runReadability(doc);
  let kept = article?.content ? toBlocks(article.content, site) : undefined;
  if (meta.body && fallsShortOf(kept?.paragraphs ?? [], meta.body))
    kept = { paragraphs: bodyParagraphs(meta.body), dropped: [] };
  else if (meta.body && kept) kept = continuedFromBody(kept, meta.body) ?? kept;
  // A page rendered in the browser: its data may hold texts besides the article, so it is read only for an empty page.
  if (meta.app && wordsIn(kept?.paragraphs ?? []) < MIN_SHOWN_WORDS) {
    kept = { paragraphs: bodyParagraphs(meta.app.body), dropped: [] };
    meta.published ??= meta.app.published;
    meta.byline ??= meta.app.byline;
  }
  if (!kept || kept.paragraphs.length === 0) {
    kept = {
      paragraphs: page.paragraphs.filter((p) => p.split(" ").length >= MIN_FALLBACK_WORDS),
      dropped: [],
    };
  }
  if (kept.paragraphs.length === 0)
    return { ok: false, code: "SYN_EXTRACT_EMPTY", detail: "no paragraph of text in the page" };
  const outlet =
    meta.outlet ??
    (article?.siteName ? fold(article.siteName) : null) ??
    siteOfTitle(meta.documentTitle, page.paragraphs) ??
    hostOf(meta.url) ??
    null;
  const title = pageTitle(meta, article, outlet, heading);
  // Readability may give a body JSON-LD calls the author ("BNR News"): a writer the page names comes first.
  const readByline = article?.byline ? fold(article.byline).replace(BYLINE_WORD, "") : "";
  const bodyOnly =
    readByline !== "" && meta.bodyAuthor !== undefined && sameName(readByline, meta.bodyAuthor);
  const dated = splitDatedByline(
    meta.byline ??
      ((bodyOnly ? namedOnPage : undefined) || readByline || namedOnPage || meta.bodyAuthor || ""),
  );
  const byline = dated.byline ? bylineNames(dated.byline) : null;
  const known: ScrapeMeta = {};
  if (title) known.title = title;
  if (byline) known.byline = byline;
  const published = meta.published ?? dated.published;
  if (published) known.published = published;
  const cleaned = cleanLines(kept.paragraphs, known, HTML_PASSES);
  if (cleaned.paragraphs.length === 0)
    return { ok: false, code: "SYN_EXTRACT_EMPTY", detail: "the article holds only site chrome" };
  const paragraphs = cleaned.paragraphs;
  return {
    ok: true,
    title,
    byline: cleaned.meta.byline ?? byline,
    published: cleaned.meta.published ?? cleaned.meta.modified ?? null,
    outlet,
    modified: meta.modified ?? cleaned.meta.modified ?? null,
    url: meta.url ?? null,
    dateline: cleaned.meta.dateline ?? null,
    language: meta.language ?? null,
    text: paragraphs.join("\n\n"),
    removed: [
      ...cleaned.removed,
      ...removedBlocks(
        page.paragraphs,
        kept.paragraphs,
        [...pulled, ...page.dropped, ...kept.dropped],
        title,
        cleaned.meta.byline ?? byline,
      ),
    ],
  };
}

const BYLINE_WORD = /^(?:(?:opinion|analysis|column|commentary|review)\s+)?(?:by|von|par|por|door)\s+/i;
const sameName = (a: string, b: string) => squash(a) === squash(b);

/** Boxes that hold the writer's name, by the names pages give them. */
const BYLINE_BOX =
  '[data-testid*="byline" i], [data-component*="byline" i], [class*="byline" i], [class*="author-name" i], [data-testid*="author" i]';

/** The first name-like line inside a byline box: "Hollis Penmarrow" over "BNR News, Somerwick". */
function pageByline(doc: Document): string | undefined {
  for (const box of doc.querySelectorAll(BYLINE_BOX)) {
    for (const el of [box, ...box.querySelectorAll("*")]) {
      if (el.children.length > 0) continue;
      const text = fold(el.textContent ?? "").replace(BYLINE_WORD, "");
      if (NAME.test(text) && text.split(" ").length <= 4) return text;
    }
  }
  return undefined;
}

/**
 * The headline the page states, else Readability's reading of `<title>`
 * (which drops a site-name part), else `<title>` itself; a trailing or
 * leading site name is cut either way.
 */
function pageTitle(
  meta: PageMeta,
  article: ReadabilityArticle,
  outlet: string | null,
  heading: string,
): string | null {
  // The page's headline, when `<title>` holds it whole: Readability would cut "Vote: …" at the colon.
  const headline =
    heading.split(" ").length >= 3 && meta.documentTitle && fold(meta.documentTitle).includes(heading)
      ? heading
      : undefined;
  const raw =
    meta.title ?? headline ?? (article?.title ? fold(article.title) : undefined) ?? meta.documentTitle;
  if (!raw) return null;
  // "Opinion | <the page's headline>": a section label before the headline goes.
  const labelled = heading ? fold(raw).split(SEPARATOR) : [];
  if (labelled.length === 2 && labelled[1] === heading && (labelled[0] as string).split(" ").length <= 3)
    return heading;
  return withoutSiteName(fold(raw), outlet);
}

const SEPARATOR = /\s+(?:[|\-–—·»/]|::)\s+/;
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function withoutSiteName(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = squash(outlet).replace(/(com|org|net|co|uk)$/, "");
  if (!site) return title;
  const isSite = (part: string) => {
    const p = squash(part);
    return p !== "" && (p === site || p === squash(outlet) || (site.length >= 4 && p.startsWith(site)));
  };
  const last = parts[parts.length - 1] as string;
  const first = parts[0] as string;
  if (isSite(last)) return title.slice(0, title.length - last.length).replace(/\s+(?:[|\-–—·»/]|::)\s*$/, "");
  if (isSite(first)) return title.slice(first.length).replace(/^\s*(?:[|\-–—·»/]|::)\s+/, "");
  return title;
}

/**
 * A page built in the browser ships its text in JSON-LD only: its
 * `articleBody`, one paragraph a line (markup in it, which some sites leave,
 * is taken for its text).
 */
function bodyParagraphs(body: string): string[] {
  return body
    .replace(/<br\s*\/?>|<\/p>/gi, "\n")
    .replace(/<[^>]+>/g, " ")
    .split(/\n+/)
    .map(fold)
    .filter((p) => p !== "");
}

/** Fewer words than this shown in the markup, and the page's app data is read for the article. */
const MIN_SHOWN_WORDS = 40;
const wordsIn = (paragraphs: string[]): number => paragraphs.join(" ").split(/\s+/).filter(Boolean).length;

/** A JSON-LD body this long, of which the markup shows under this share, is the article; the markup a teaser. */
const MIN_BODY_WORDS = 80;
const TEASER_SHARE = 0.3;

function fallsShortOf(paragraphs: string[], body: string): boolean {
  const shown = paragraphs.join(" ").split(/\s+/).filter(Boolean).length;
  if (shown === 0) return true;
  const stated = body.split(/\s+/).filter(Boolean).length;
  return stated >= MIN_BODY_WORDS && shown < TEASER_SHARE * stated;
}

/** Words the JSON-LD body must hold past the last paragraph the markup shows, to be the hidden rest. */
const MIN_HIDDEN_WORDS = 40;
/** A paragraph this short may repeat by chance; the match needs a real one. */
const MIN_MATCHED_WORDS = 8;

/**
 * A paywalled page shows the first paragraphs and a subscription box, and
 * ships the whole text in its JSON-LD `articleBody`. The shown paragraphs
 * stay as they are, the body's rest follows the last of them, and what the
 * markup put after it (the box) is dropped as not part of the article.
 */
function continuedFromBody(kept: Blocks, body: string): Blocks | undefined {
  const full = bodyParagraphs(body);
  const words = (p: string) => p.split(" ").length;
  let last = -1;
  let at = { paragraph: -1, end: 0 };
  kept.paragraphs.forEach((p, i) => {
    if (words(p) < MIN_MATCHED_WORDS) return;
    const j = full.findIndex((f) => f.includes(p));
    if (j >= 0) {
      last = i;
      at = { paragraph: j, end: (full[j] as string).indexOf(p) + p.length };
    }
  });
  if (last < 0) return undefined;
  const tail = (full[at.paragraph] as string).slice(at.end).trim();
  const rest = [...(tail ? [tail] : []), ...full.slice(at.paragraph + 1)];
  if (rest.join(" ").split(/\s+/).filter(Boolean).length < MIN_HIDDEN_WORDS) return undefined;
  const after = kept.paragraphs.slice(last + 1);
  return {
    paragraphs: [...kept.paragraphs.slice(0, last + 1), ...rest],
    dropped: [
      ...kept.dropped,
      ...after.map((text) => ({ text, reason: "not in the article's full text (a paywall or sign-up box)" })),
    ],
  };
}

const MAX_SITE_WORDS = 4;

/**
 * "Dock strike ends - Port Gazette": a page that names no site in its
 * metadata often ends its `<title>` with it. The last part counts as the site
 * only if the page names it again elsewhere (a footer's copyright, a
 * masthead), so a subtitle ("Review: X - The Sequel") is not taken for one.
 */
function siteOfTitle(documentTitle: string | undefined, blocks: string[]): string | null {
  const parts = documentTitle ? fold(documentTitle).split(SEPARATOR) : [];
  const last = parts[parts.length - 1];
  if (
    parts.length < 2 ||
    !last ||
    wordCount(last) > MAX_SITE_WORDS ||
    !/^\p{Lu}/u.test(last) ||
    /\d/.test(last)
  )
    return null;
  const title = fold(documentTitle ?? "");
  return blocks.some((b) => b !== title && b.includes(last)) ? last : null;
}

/**
 * linkedom leaves content that comes before or without a `<body>` tag outside
 * the body (a browser would move it in): move it, or a page without a body
 * tag reads as empty.
 */
function adoptStrayNodes(doc: Document): void {
  const root = doc.documentElement;
  const body = doc.body;
  if (!root || !body) return;
  for (const node of [...root.childNodes]) {
    if (node === body || node.nodeName === "HEAD") continue;
    if (node.nodeType === 3 && (node.textContent ?? "").trim() === "") continue;
    body.appendChild(node);
  }
}

type ReadabilityArticle = ReturnType<Readability<Node>["parse"]>;

/**
 * The article root comes back as a node of the same DOM: no serializing and
 * parsing it again. JSON-LD was taken out before the DOM (metadata.ts reads it).
 */
function runReadability(doc: Document): ReadabilityArticle {
  try {
    return new TunedReadability<Node>(doc, { serializer: (node) => node, disableJSONLD: true }).parse();
  } catch {
    return null;
  }
}

/** Every block of the page that did not make it into the article, with the reason it went. */
/** Longest block read as a byline line ("By Keeley Strand 16:40, 6 September 2026"). */
const MAX_BYLINE_WORDS = 14;

/** A short block that names the byline's author: the byline line, not page chrome. */
function isBylineBlock(key: string, byline: string | null): boolean {
  return !!byline && key.split(" ").length <= MAX_BYLINE_WORDS && key.includes(byline.toLowerCase());
}

function removedBlocks(
  pageBlocks: string[],
  keptBlocks: string[],
  dropped: { text: string; reason: string }[],
  title: string | null,
  byline: string | null,
): RemovedLine[] {
  const kept = new Set(keptBlocks.map((p) => p.toLowerCase()));
  // Joined by spaces: a page block may hold several kept paragraphs (text split at <br><br> by Readability).
  const keptText = keptBlocks.join(" ").toLowerCase();
  const seen = new Set<string>();
  const out: RemovedLine[] = [];
  const add = (text: string, reason: string, rule: string) => {
    const key = text.toLowerCase();
    if (out.length >= MAX_REMOVED || seen.has(key) || kept.has(key) || !/[\p{L}\p{N}]/u.test(text)) return;
    seen.add(key);
    out.push({ text, reason, rule });
  };
  for (const d of dropped) add(d.text, d.reason, "html-not-prose");
  for (const block of pageBlocks) {
    const key = block.toLowerCase();
    if (title && key === title.toLowerCase()) add(block, "headline (kept as the title)", "headline");
    else if (isBylineBlock(key, byline)) add(block, "byline (kept as metadata)", "byline");
    // A short block ("DAILY CLARION") can occur inside a kept sentence by chance: it must be a kept paragraph itself.
    else if (key.split(" ").length < SHORT_BLOCK_WORDS || !keptText.includes(key))
      add(block, "outside the main article (page chrome)", "html-boilerplate");
  }
  return out;
}
