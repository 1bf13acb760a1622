import { createHash } from "node:crypto";
import { words } from "../language/index.js";

const SHINGLE = 5;

/** Hash of the text as a reader sees it: same words, same order, whatever the spacing, case or quote marks. */
export function textKey(text: string): string {
  return createHash("sha256").update(words(text).join(" ")).digest("hex");
}

/** Set of 5-word shingles, hashed to 32-bit numbers (FNV-1a) to keep memory small. */
export function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= Math.max(w.length, SHINGLE); i++)
    out.add(fnv1a(w.slice(i, i + SHINGLE).join(" ")));
  return out;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
