// Turns a DOM subtree into paragraphs: runs of inline content between block
// boundaries, each one paragraph, white space folded. A table row is one
// paragraph, its cells apart. Figures are not prose: reported, not kept.

const BLOCK = new Set(
  "address article aside blockquote details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section table tbody thead tfoot tr ul summary center".split(
    " ",
  ),
);
const NOT_PROSE: Record<string, string> = {
  figure: "figure or photo caption",
  figcaption: "photo caption",
  nav: "navigation",
  form: "form",
  button: "button",
  select: "form control",
};
const INVISIBLE = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "embed",
  "head",
  "link",
  "meta",
]);

export interface Blocks {
  paragraphs: string[];
  dropped: { text: string; reason: string }[];
}

export const fold = (s: string): string => s.replace(/[\s\u00a0]+/g, " ").trim();

/** Walks iteratively: deep pages must not overflow the stack. */
/** `site`: the page's own host without "www.", when known; links to it are links to the site's other pages. */
export function toBlocks(root: Node, site: string | null = null): Blocks {
  const out: Blocks = { paragraphs: [], dropped: [] };
  let buffer = "";
  const flush = () => {
    const text = fold(buffer);
    if (text) out.paragraphs.push(text);
    buffer = "";
  };
  const stack: { node: Node; exit?: boolean }[] = [{ node: root }];
  while (stack.length) {
    const { node, exit } = stack.pop() as { node: Node; exit?: boolean };
    if (exit) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      buffer += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).localName ?? "";
    if (INVISIBLE.has(tag)) continue;
    if (tag === "br") {
      buffer += " ";
      continue;
    }
    if (tag === "td" || tag === "th") buffer += " ";
    if ((tag === "ul" || tag === "ol") && isLinkList(node as Element, site)) {
      flush();
      for (const item of (node as Element).children)
        out.dropped.push({
          text: fold(item.textContent ?? ""),
          reason: "link to another article of the site",
        });
      continue;
    }
    const notProse = NOT_PROSE[tag];
    if (notProse) {
      flush();
      const text = fold(node.textContent ?? "");
      if (text) out.dropped.push({ text, reason: notProse });
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push({ node, exit: true });
    }
    // Siblings, not childNodes: linkedom builds childNodes by walking the whole subtree.
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child });
  }
  flush();
  return out;
}

/** Fewest items for a list of links to be a related-articles box rather than a link or two in the text. */
const MIN_LINK_ITEMS = 2;
/** Each item reads as a headline: a few words, no closing punctuation (not a name, a file or a sentence). */
const MIN_HEADLINE_WORDS = 4;

/** A link to another page of the same site: a path, or a full address on the page's own host. */
function isOwnPage(href: string, site: string | null): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith("//"))
    return href !== "" && !href.startsWith("#");
  if (!site) return false;
  try {
    return new URL(href, `https://${site}/`).hostname.replace(/^www\./, "") === site;
  } catch {
    return false;
  }
}

/**
 * A list whose every item is one link to another page of the site and nothing
 * else ("Bus drivers vote to strike", "New tram line opens"): related articles
 * set inside the article, not its text. An item with words of its own around
 * the link is text; so is a list of links elsewhere (sources, bug reports).
 */
function isLinkList(list: Element, site: string | null): boolean {
  const items = [...list.children].filter((c) => c.localName === "li");
  if (items.length < MIN_LINK_ITEMS || items.length !== list.children.length) return false;
  return items.every((li) => {
    const links = li.querySelectorAll("a");
    const text = fold(li.textContent ?? "");
    return (
      links.length === 1 &&
      isOwnPage(links[0]?.getAttribute("href") ?? "", site) &&
      fold(links[0]?.textContent ?? "") === text &&
      text.split(" ").length >= MIN_HEADLINE_WORDS &&
      !/[.:;,]$/.test(text)
    );
  });
}

/** A pull quote prints again, large, a line of the article ("wp-block-pullquote", "pull-quote"). */
const PULL_QUOTE = /(?:^|[\s_-])pull-?quote(?:$|[\s_-])/i;

/**
 * Takes pull quotes out of the page before anything reads it, and says what
 * they held: Readability drops class names, so they are found first.
 */
export function removePullQuotes(root: Element): Blocks["dropped"] {
  const out: Blocks["dropped"] = [];
  // A page has a few pull quotes; a hostile one with thousands costs no more than a few.
  const candidates = [...root.querySelectorAll("[class*=pull], [class*=Pull]")]
    .filter((el) => PULL_BLOCKS.has(el.localName) && PULL_QUOTE.test(el.className ?? ""))
    .slice(0, MAX_PULL_QUOTES);
  if (candidates.length === 0) return out;
  const page = fold(root.textContent ?? "").toLowerCase();
  for (const el of candidates) {
    const text = fold(el.textContent ?? "");
    // Only a repeat goes: some sites print a quote set large only once, and it is the article's.
    // Its case may differ ("The new bridge…" from "…said the new bridge…"), and its attribution is its own.
    const core = quotedWords(el).toLowerCase();
    if (core.length < MIN_PULL_CHARS || page.split(core).length < 3 || !el.parentNode) continue;
    out.push({ text, reason: "pull quote (a line of the article printed again)" });
    el.remove();
  }
  return out;
}

/** A pull quote's words without its attribution ("<footer>Jo Vell, nurse</footer>") or the marks set around it. */
function quotedWords(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const credit of [...clone.querySelectorAll("footer, cite, figcaption")]) credit.remove();
  return fold(clone.textContent ?? "").replace(/^[\s"'“”‘’]+|[\s"'“”‘’.,…]+$/g, "");
}

/** Blocks that hold a pull quote; an inline span so named marks words inside a paragraph. */
const PULL_BLOCKS = new Set(["blockquote", "aside", "div", "figure", "p", "section"]);
const MAX_PULL_QUOTES = 20;
/** Shorter than this, a repeat can be chance ("Yes."). */
const MIN_PULL_CHARS = 20;
