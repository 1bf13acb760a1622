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
export function toBlocks(root: Node): Blocks {
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
