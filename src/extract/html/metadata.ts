import { normalizeIsoDate } from "../../ingest/index.js";
import { readAppData } from "./app-data.js";

/** Page metadata as the page states it: JSON-LD first, then meta tags, then markup. */
export interface PageMeta {
  /** The headline as JSON-LD or a title meta tag states it. */
  title?: string;
  /** The `<title>` element, which often ends with the site's name. */
  documentTitle?: string;
  byline?: string;
  /** A body JSON-LD names as the author ("BNR News"): the byline only when the page names no writer. */
  bodyAuthor?: string;
  published?: string;
  modified?: string;
  outlet?: string;
  url?: string;
  language?: string;
  /** The article's text as its JSON-LD states it (`articleBody`), for pages whose markup holds none. */
  body?: string;
  /** The article as the page's own app data holds it: read only when the markup shows next to none. */
  app?: { body: string; published: string | undefined; byline: string | undefined };
}

type Doc = Document;
type MetaTags = Map<string, string>;

/**
 * Every meta tag's content by each of its names, first one wins. A tag may
 * carry several space-separated names ("og:title twitter:title").
 */
function metaTags(scope: ParentNode): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of scope.querySelectorAll("meta")) {
    const content = el.getAttribute("content")?.trim();
    if (!content) continue;
    const names = ["property", "name", "itemprop"].flatMap((a) =>
      (el.getAttribute(a) ?? "").toLowerCase().split(/\s+/),
    );
    for (const name of names) if (name && !tags.has(name)) tags.set(name, content);
  }
  return tags;
}

const pick = (tags: MetaTags, ...names: string[]): string | undefined => {
  for (const name of names) {
    const value = tags.get(name);
    if (value) return value;
  }
  return undefined;
};

/** Page metadata from the DOM and the page's JSON-LD blocks (cut out of the markup before parsing). */
export function readPageMeta(doc: Doc, jsonLd: readonly string[], appData: readonly string[] = []): PageMeta {
  // Head elements are searched in the head: each query of the whole page is a walk of every node.
  const head: ParentNode = doc.head?.firstChild ? doc.head : doc;
  const documentTitle = head.querySelector("title")?.textContent?.trim();
  const ld = readJsonLd(jsonLd, documentTitle ?? "");
  const tags = metaTags(head);
  const meta = (...names: string[]) => pick(tags, ...names);
  const out: PageMeta = {};
  const stated = ld.headline ?? meta("dc:title", "dcterm:title", "dc.title", "og:title", "twitter:title");
  if (stated) out.title = stated;
  if (documentTitle) out.documentTitle = documentTitle;
  const byline =
    ld.author ??
    meta(
      "dc:creator",
      "dcterm:creator",
      "dc.creator",
      "author",
      "article:author",
      "parsely-author",
      "sailthru.author",
    );
  if (byline && !/^https?:/.test(byline)) out.byline = byline.replace(/^by\s+/i, "");
  if (ld.bodyAuthor) out.bodyAuthor = ld.bodyAuthor;
  const published =
    date(ld.datePublished) ??
    date(
      meta(
        "article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "dc.date",
        "dc.date.issued",
        "dcterms.created",
        "date",
        "parsely-pub-date",
        "og:published_time",
      ),
    ) ??
    date(doc.querySelector("time[datetime]")?.getAttribute("datetime"));
  if (published) out.published = published;
  const modified =
    date(ld.dateModified) ??
    date(
      meta("article:modified_time", "datemodified", "og:updated_time", "dcterms.modified", "last-modified"),
    );
  if (modified) out.modified = modified;
  const url = head.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta("og:url");
  if (url) out.url = url;
  if (!out.published) {
    const fromUrl = dateInUrl(url);
    if (fromUrl) out.published = fromUrl;
  }
  // The host is the last resort, after the title's site name (extract-html.ts).
  const outlet = meta("og:site_name", "application-name") ?? ld.publisher;
  // "the Albion Ledger" as some sites write their own name in a tag: the name opens with a capital.
  if (outlet) out.outlet = outlet.replace(/^the\s/, "The ");
  if (ld.articleBody) out.body = ld.articleBody;
  // A page rendered in the browser: what its data says, where the markup and JSON-LD said nothing.
  const app = appData.length ? readAppData(appData) : {};
  if (app.body) out.app = { body: app.body, published: date(app.published), byline: app.byline };
  const language =
    doc.documentElement?.getAttribute("lang") ?? meta("og:locale", "content-language", "language");
  if (language) out.language = language.trim().slice(0, 2).toLowerCase();
  return out;
}

const date = (value: string | null | undefined) => (value ? normalizeIsoDate(value) : undefined);

// "/2026/05/14/" or "/2026-05-14/" in an article's address: its day of publication.
const URL_DATE = /\/(20\d{2}|19\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/-]|$)/;

function dateInUrl(url: string | undefined): string | undefined {
  const m = url ? URL_DATE.exec(url) : null;
  return m ? normalizeIsoDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
}

/** The host of an address, without "www.". */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}

interface LdArticle {
  headline?: string;
  articleBody?: string;
  author?: string;
  bodyAuthor?: string;
  datePublished?: string;
  dateModified?: string;
  publisher?: string;
}

const ARTICLE_TYPES = /Article|Posting|Report|WebPage/;

const CDATA = /^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g;

/** The first schema.org article object among the page's JSON-LD blocks; broken blocks are ignored. */
function readJsonLd(blocks: readonly string[], documentTitle: string): LdArticle {
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block.replace(CDATA, ""));
    } catch {
      continue;
    }
    const found = findArticle(data, documentTitle);
    if (found) return found;
  }
  return {};
}

function findArticle(data: unknown, documentTitle: string): LdArticle | undefined {
  if (Array.isArray(data)) {
    for (const d of data) {
      const f = findArticle(d, documentTitle);
      if (f) return f;
    }
    return undefined;
  }
  if (!data || typeof data !== "object") return undefined;
  const o = data as Record<string, unknown>;
  if (Array.isArray(o["@graph"])) return findArticle(o["@graph"], documentTitle);
  const type = [o["@type"]].flat().join(" ");
  if (!ARTICLE_TYPES.test(type) || (type === "WebPage" && !o.headline)) return undefined;
  const out: LdArticle = {};
  const headline = headlineOf(o, documentTitle);
  if (headline) out.headline = headline;
  const author = names(o.author, "people");
  if (author) out.author = author;
  const bodyAuthor = names(o.author, "bodies");
  if (bodyAuthor) out.bodyAuthor = bodyAuthor;
  if (typeof o.datePublished === "string") out.datePublished = o.datePublished;
  if (typeof o.dateModified === "string") out.dateModified = o.dateModified;
  const publisher = names(o.publisher);
  if (publisher) out.publisher = publisher;
  if (typeof o.articleBody === "string" && o.articleBody.trim()) out.articleBody = o.articleBody;
  return out;
}

/**
 * Some sites put a description in `headline` and the title in `name`: when
 * both exist and differ, the one the `<title>` element repeats wins, else the
 * shorter (a description explains, a title names).
 */
function headlineOf(o: Record<string, unknown>, documentTitle: string): string | undefined {
  const headline = typeof o.headline === "string" ? o.headline.trim() : "";
  const name = typeof o.name === "string" ? o.name.trim() : "";
  if (headline && /\s/.test(name) && headline !== name) {
    const inTitle = (s: string) => documentTitle.toLowerCase().includes(s.toLowerCase());
    if (inTitle(name) !== inTitle(headline)) return inTitle(name) ? name : headline;
    return name.length < headline.length ? name : headline;
  }
  return headline || undefined;
}

/** A body as an article's "author" is its publisher, not its writer. */
const BODY_TYPE = /Organization|Corporation|NewsMedia/;

const isBody = (x: unknown): boolean =>
  typeof x === "object" && BODY_TYPE.test([(x as { "@type"?: unknown } | null)?.["@type"]].flat().join(" "));

function names(v: unknown, which: "all" | "people" | "bodies" = "all"): string | undefined {
  const list = [v]
    .flat()
    .filter((x) => which === "all" || (which === "bodies") === isBody(x))
    .map((x) => (typeof x === "string" ? x : (x as { name?: unknown } | null)?.name));
  const strings = list
    .filter((x): x is string => typeof x === "string" && x.trim() !== "")
    .map((s) => s.trim());
  return strings.length ? strings.join(", ") : undefined;
}
