// A page rendered in the browser (Next.js and the like) may ship its article
// only as the data its script renders from: `<script id="__NEXT_DATA__">`.
// No library reads an unknown site's data shape, so the article is looked
// for by what it looks like: a list of paragraphs (strings, or objects with
// a text field), or one long text; and its date and writers by the keys
// sites commonly use.

export interface AppArticle {
  body?: string;
  published?: string;
  byline?: string;
}

/** Past this much data, the page is not read for it: a hostile page costs no more than a large one. */
const MAX_DATA_CHARS = 5_000_000;
const MAX_NODES = 200_000;
/** A paragraph of a list is at least this long; the whole article at least this many words. */
const MIN_PARAGRAPH_CHARS = 40;
const MIN_ARTICLE_WORDS = 60;
const TEXT_KEYS = ["text", "content", "html", "value", "body", "paragraph"];
const DATE_KEY =
  /^(?:publishedAt|datePublished|publishDate|published_at|publishedDate|firstPublished|pubDate|date)$/i;
const AUTHOR_KEY = /^(?:authors?|byline|writers?|creators?)$/i;

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

export function readAppData(raw: readonly string[]): AppArticle {
  const out: AppArticle = {};
  for (const text of raw) {
    if (text.length > MAX_DATA_CHARS) continue;
    let data: Json;
    try {
      data = JSON.parse(text) as Json;
    } catch {
      continue;
    }
    const found = walk(data);
    out.body ??= found.body;
    out.published ??= found.published;
    out.byline ??= found.byline;
  }
  return out;
}

function walk(root: Json): AppArticle {
  let best = { words: 0, text: "" };
  const out: AppArticle = {};
  const stack: Json[] = [root];
  let seen = 0;
  while (stack.length && seen++ < MAX_NODES) {
    const node = stack.pop() as Json;
    if (typeof node === "string") {
      consider(paragraphsOfText(node));
      continue;
    }
    if (!node || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      consider(paragraphsOfList(node));
      stack.push(...node);
      continue;
    }
    for (const [k, v] of Object.entries(node)) {
      if (!out.published && typeof v === "string" && DATE_KEY.test(k) && /^\d{4}-\d{2}-\d{2}/.test(v))
        out.published = v;
      if (!out.byline && AUTHOR_KEY.test(k)) out.byline = namesOf(v);
      stack.push(v);
    }
  }
  if (best.words >= MIN_ARTICLE_WORDS) out.body = best.text;
  return out;

  function consider(paragraphs: string[]): void {
    const text = paragraphs.join("\n");
    const words = text.split(/\s+/).filter(Boolean).length;
    if (words > best.words) best = { words, text };
  }
}

/** A list whose items are paragraphs: strings, or blocks with a text field. */
function paragraphsOfList(list: Json[]): string[] {
  const texts = list.map(textOf).filter((t): t is string => t !== undefined);
  const long = texts.filter((t) => t.length >= MIN_PARAGRAPH_CHARS && /[.!?"”]$/.test(t));
  return long.length >= 2 ? texts : [];
}

function textOf(item: Json): string | undefined {
  if (typeof item === "string") return plain(item);
  if (!item || typeof item !== "object" || Array.isArray(item)) return undefined;
  for (const k of TEXT_KEYS) {
    const v = item[k];
    if (typeof v === "string") return plain(v);
  }
  return undefined;
}

/** One long text of several sentences, in markup or plain, split into its paragraphs. */
function paragraphsOfText(text: string): string[] {
  if (text.length < MIN_PARAGRAPH_CHARS * 5 || (text.match(/[.!?]["”’]?\s/g) ?? []).length < 3) return [];
  return text
    .replace(/<br\s*\/?>|<\/p>/gi, "\n")
    .split(/\n+/)
    .map(plain)
    .filter((p) => p !== "");
}

const plain = (s: string): string =>
  s
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

function namesOf(v: Json): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  const list = Array.isArray(v) ? v : [v];
  const names = list
    .map((a) =>
      a && typeof a === "object" && !Array.isArray(a) && typeof a.name === "string" ? a.name : null,
    )
    .filter((n): n is string => !!n);
  return names.length ? names.join(" and ") : undefined;
}
