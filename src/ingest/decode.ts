import chardet from "chardet";
import iconv from "iconv-lite";

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; binary: boolean; detail: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
// Single-byte legacy charsets: a page that declares one but is valid multi-byte
// UTF-8 was re-encoded on the way (a common CMS fault), so UTF-8 wins.
const LEGACY = /^(windows-125\d|iso-8859-\d+|latin-?1|us-ascii|ascii|cp125\d)$/i;
// Only the head of a page may declare its charset (the HTML spec scans 1,024 bytes; we allow more).
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** Decodes bytes to a string: BOM, then the declared HTML charset, then strict UTF-8, then detection. */
export function decodeBytes(bytes: Uint8Array, opts: { html?: boolean } = {}): Decoded {
  const bom = decodeByBom(bytes);
  if (bom) return bom;
  if (looksBinary(bytes))
    return { ok: false, binary: true, detail: "NUL or control bytes in the first 8 KB" };
  const declared = opts.html ? declaredCharset(bytes) : undefined;
  const utf8 = strictUtf8(bytes);
  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) {
    if (utf8 !== undefined && LEGACY.test(declared) && hasMultibyte(bytes)) {
      return { ok: true, text: utf8, encoding: "utf-8" };
    }
    // As browsers (and the WHATWG encoding standard) do, a page declared Latin-1 or ASCII is read as windows-1252.
    const charset = /^(?:iso-?8859-1|latin-?1|l1|us-ascii|ascii|iso_8859-1)$/i.test(declared)
      ? "windows-1252"
      : declared;
    return { ok: true, text: iconv.decode(Buffer.from(bytes), charset), encoding: charset.toLowerCase() };
  }
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: "utf-8" };
  const guess = detectLegacy(bytes);
  if (!guess) return { ok: false, binary: false, detail: "not UTF-8 and no legacy charset fits" };
  return { ok: true, text: iconv.decode(Buffer.from(bytes), guess), encoding: guess };
}

function decodeByBom(bytes: Uint8Array): Decoded | undefined {
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) {
    const text = strictUtf8(bytes.subarray(3));
    return text === undefined
      ? { ok: false, binary: false, detail: "starts with a UTF-8 BOM but is not valid UTF-8" }
      : { ok: true, text, encoding: "utf-8" };
  }
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return undefined;
  try {
    const text = new TextDecoder(le ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes.subarray(2));
    return { ok: true, text, encoding: le ? "utf-16le" : "utf-16be" };
  } catch {
    return { ok: false, binary: false, detail: "starts with a UTF-16 BOM but is not valid UTF-16" };
  }
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasMultibyte(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/** Text files have no NUL bytes and few C0 controls besides tab, CR, LF and form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  return head.length > 0 && controls / head.length > 0.05;
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  return META_CHARSET.exec(head)?.[1]?.toLowerCase();
}

/** chardet names ISO-8859-1 where the text is windows-1252 (curly quotes in 0x80–0x9F): prefer the superset, as browsers do. */
function detectLegacy(bytes: Uint8Array): string | undefined {
  const found = chardet.detect(bytes);
  if (!found || /^utf-?(8|16|32)/i.test(found)) return "windows-1252";
  const name = found.toLowerCase();
  if (name === "iso-8859-1" || name === "ascii") return "windows-1252";
  return iconv.encodingExists(name) ? name : undefined;
}
