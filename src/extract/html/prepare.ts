// One linear scan of the markup before any DOM exists. Scripts, styles, SVG
// and other invisible blocks are cut out (often most of a news page's bytes),
// JSON-LD is kept aside for the metadata, elements are counted, and nesting
// deeper than the limit is flattened: Readability's time grows steeply with
// depth and a DOM walk can overflow the stack. Hand-written because no
// tokenizer offers all of this in a single pass without building nodes.

export interface PreparedMarkup {
  /** The markup without pruned blocks, comments, and tags nested past the limit. */
  html: string;
  /** Bodies of `<script type="application/ld+json">` blocks, in page order. */
  jsonLd: string[];
  /** The data a page rendered in the browser builds itself from (`<script id="__NEXT_DATA__">`). */
  appData: string[];
  /** Opening tags of non-void elements kept in `html`. */
  elements: number;
  /** Deepest nesting found, before flattening. */
  depth: number;
  /** Tags dropped because they sat deeper than the limit (their text is kept). */
  flattened: number;
}

/** Elements whose content is never article text: cut out with everything inside. */
const PRUNED = new Set(["script", "style", "svg", "noscript", "template", "iframe", "object", "canvas"]);
/** Elements without a closing tag, or whose end the parser implies (so they do not nest). */
const NO_NESTING = new Set(
  "area base br col embed hr img input link meta param source track wbr p li option dt dd".split(" "),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:\s[^>]*)?\/?>/y;
const LD_JSON = /\btype\s*=\s*["']?application\/ld\+json/i;
const APP_DATA = /\bid\s*=\s*["']?__NEXT_DATA__\b/i;
const closers = new Map<string, RegExp>();

function closerOf(name: string): RegExp {
  let re = closers.get(name);
  if (!re) {
    re = new RegExp(`</${name}\\s*>`, "gi");
    closers.set(name, re);
  }
  return re;
}

/** Where the block opened by a pruned tag ends (the whole rest of the page if it never closes). */
function endOfBlock(html: string, name: string, from: number): { contentEnd: number; end: number } {
  const re = closerOf(name);
  re.lastIndex = from;
  const m = re.exec(html);
  return m
    ? { contentEnd: m.index, end: m.index + m[0].length }
    : { contentEnd: html.length, end: html.length };
}

export function prepareMarkup(html: string, maxDepth: number): PreparedMarkup {
  const out: string[] = [];
  const jsonLd: string[] = [];
  const appData: string[] = [];
  let last = 0;
  let i = 0;
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  let flattened = 0;
  const cut = (from: number, to: number) => {
    out.push(html.slice(last, from));
    last = to;
  };
  for (;;) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      const end = close < 0 ? html.length : close + 3;
      cut(lt, end);
      i = end;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      i = lt + 1;
      continue;
    }
    const end = lt + m[0].length;
    const closing = m[1] === "/";
    const name = (m[2] as string).toLowerCase();
    i = end;
    if (PRUNED.has(name)) {
      if (closing || m[0].endsWith("/>")) {
        cut(lt, end);
        continue;
      }
      const block = endOfBlock(html, name, end);
      if (name === "script" && LD_JSON.test(m[0])) jsonLd.push(html.slice(end, block.contentEnd));
      else if (name === "script" && APP_DATA.test(m[0])) appData.push(html.slice(end, block.contentEnd));
      cut(lt, block.end);
      i = block.end;
      continue;
    }
    if (NO_NESTING.has(name) || m[0].endsWith("/>")) continue;
    if (closing) {
      if (depth > maxDepth) cut(lt, end);
      depth = Math.max(0, depth - 1);
      continue;
    }
    depth++;
    if (depth > deepest) deepest = depth;
    if (depth > maxDepth) {
      flattened++;
      cut(lt, end);
    } else elements++;
  }
  out.push(html.slice(last));
  return { html: out.join(""), jsonLd, appData, elements, depth: deepest, flattened };
}
