import { gunzipSync } from "node:zlib";
import { reject } from "../errors.js";
import { decodeBytes } from "./decode.js";
import { parseJsonFile, parseJsonLines, type RecordResult } from "./records.js";

export type Format = "text" | "html" | "json" | "jsonl";

const BY_EXTENSION: Record<string, Format> = {
  ".txt": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

/** The format a file name announces, looking through one ".gz". */
export function formatOf(name: string): { format: Format; gzip: boolean } | undefined {
  const lower = name.toLowerCase();
  const gzip = lower.endsWith(".gz");
  const inner = gzip ? lower.slice(0, -3) : lower;
  const dot = inner.lastIndexOf(".");
  const format = dot >= 0 ? BY_EXTENSION[inner.slice(dot)] : undefined;
  return format ? { format, gzip } : undefined;
}

export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot) : "(none)";
}

/** Turns the bytes of one input into article inputs (several for JSON Lines), or rejections. */
export function parseBytes(
  raw: Uint8Array,
  source: string,
  kind: { format: Format; gzip: boolean },
  maxGunzipBytes: number,
): RecordResult[] {
  let bytes = raw;
  if (kind.gzip) {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: maxGunzipBytes });
    } catch (e) {
      const tooBig = (e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE";
      return [
        {
          ok: false,
          rejection: tooBig
            ? reject(source, "SYN_INPUT_TOO_LARGE", `decompresses to more than ${maxGunzipBytes} bytes`)
            : reject(source, "SYN_INPUT_GZIP", (e as Error).message),
        },
      ];
    }
  }
  if (bytes.length === 0) return [{ ok: false, rejection: reject(source, "SYN_INPUT_EMPTY", "0 bytes") }];
  const decoded = decodeBytes(bytes, { html: kind.format === "html" });
  if (!decoded.ok) {
    const code = decoded.binary ? "SYN_INPUT_BINARY" : "SYN_INPUT_ENCODING";
    return [{ ok: false, rejection: reject(source, code, decoded.detail) }];
  }
  const text = decoded.text;
  if (text.trim() === "")
    return [{ ok: false, rejection: reject(source, "SYN_INPUT_EMPTY", "only white space") }];
  switch (kind.format) {
    case "json":
      return parseJsonFile(text, source);
    case "jsonl":
      return parseJsonLines(text, source);
    default:
      return [
        { ok: true, input: { source, format: kind.format, content: text, encoding: decoded.encoding } },
      ];
  }
}
