import { normalizeIsoDate } from "../../ingest/index.js";

/** Page metadata as the page states it: JSON-LD first, then meta tags, then markup. */
export interface PageMeta {
  title?: string;
  byline?: string;
  published?: string;
  outlet?: string;
  url?: string;
  language?: string;
}

type Doc = Document;

const meta = (doc: Doc, ...names: string[]): string | undefined => {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = el?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return undefined;
};

export function readPageMeta(doc: Doc): PageMeta {
  const ld = readJsonLd(doc);
  const out: PageMeta = {};
  const title =
    ld.headline ??
    meta(doc, "og:title", "twitter:title", "dc.title") ??
    doc.querySelector("title")?.textContent?.trim();
  if (title) out.title = title;
  const byline =
    ld.author ?? meta(doc, "author", "article:author", "dc.creator", "parsely-author", "sailthru.author");
  if (byline && !/^https?:/.test(byline)) out.byline = byline.replace(/^by\s+/i, "");
  const published = [
    ld.datePublished,
    meta(
      doc,
      "article:published_time",
      "datePublished",
      "pubdate",
      "publishdate",
      "dc.date",
      "dc.date.issued",
      "date",
      "parsely-pub-date",
      "og:published_time",
    ),
    doc.querySelector("time[datetime]")?.getAttribute("datetime") ?? undefined,
  ]
    .map((d) => (d ? normalizeIsoDate(d) : undefined))
    .find(Boolean);
  if (published) out.published = published;
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(doc, "og:url");
  if (url) out.url = url;
  const outlet = meta(doc, "og:site_name", "application-name") ?? ld.publisher ?? hostOf(out.url);
  if (outlet) out.outlet = outlet;
  const language =
    doc.documentElement?.getAttribute("lang") ?? meta(doc, "og:locale", "content-language", "language");
  if (language) out.language = language.trim().slice(0, 2).toLowerCase();
  return out;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}

interface LdArticle {
  headline?: string;
  author?: string;
  datePublished?: string;
  publisher?: string;
}

const ARTICLE_TYPES = /(?:News)?Article|BlogPosting|Report|WebPage/;

/** The first schema.org article object among the page's JSON-LD blocks; broken blocks are ignored. */
function readJsonLd(doc: Doc): LdArticle {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const found = findArticle(data);
    if (found) return found;
  }
  return {};
}

function findArticle(data: unknown): LdArticle | undefined {
  if (Array.isArray(data)) {
    for (const d of data) {
      const f = findArticle(d);
      if (f) return f;
    }
    return undefined;
  }
  if (!data || typeof data !== "object") return undefined;
  const o = data as Record<string, unknown>;
  if (Array.isArray(o["@graph"])) return findArticle(o["@graph"]);
  const type = [o["@type"]].flat().join(" ");
  if (!ARTICLE_TYPES.test(type) || (type === "WebPage" && !o.headline)) return undefined;
  const out: LdArticle = {};
  if (typeof o.headline === "string") out.headline = o.headline.trim();
  const author = names(o.author);
  if (author) out.author = author;
  if (typeof o.datePublished === "string") out.datePublished = o.datePublished;
  const publisher = names(o.publisher);
  if (publisher) out.publisher = publisher;
  return out;
}

function names(v: unknown): string | undefined {
  const list = [v].flat().map((x) => (typeof x === "string" ? x : (x as { name?: unknown } | null)?.name));
  const strings = list
    .filter((x): x is string => typeof x === "string" && x.trim() !== "")
    .map((s) => s.trim());
  return strings.length ? strings.join(", ") : undefined;
}
