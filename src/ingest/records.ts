import { z } from "zod";
import { type Rejection, reject } from "../errors.js";
import type { ArticleInput } from "./types.js";

// Validation at the door: a record is checked once here, then trusted inside.
const RecordSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    outlet: z.string().optional(),
    published: z.string().optional(),
  })
  .refine((r) => (r.text ?? "").trim() !== "" || (r.html ?? "").trim() !== "", {
    message: 'needs a non-empty "text" or "html"',
  });

export type RecordResult = { ok: true; input: ArticleInput } | { ok: false; rejection: Rejection };

/** Validates one parsed JSON value as an article record. */
export function recordToInput(value: unknown, source: string): RecordResult {
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `"${issue.path.join(".")}" ` : "";
    return {
      ok: false,
      rejection: reject(source, "SYN_INPUT_RECORD", `${where}${issue?.message ?? "invalid"}`),
    };
  }
  const r = parsed.data;
  let published: string | undefined;
  if (r.published !== undefined) {
    published = normalizeIsoDate(r.published);
    if (!published) {
      return {
        ok: false,
        rejection: reject(
          source,
          "SYN_INPUT_RECORD",
          `"published" is not a date: ${JSON.stringify(r.published)}`,
        ),
      };
    }
  }
  const html = (r.text ?? "").trim() === "";
  const input: ArticleInput = {
    source,
    format: html ? "html" : "text",
    content: html ? (r.html as string) : (r.text as string),
  };
  if (r.id !== undefined) input.id = String(r.id);
  if (r.url) input.url = r.url;
  if (r.title) input.title = r.title;
  if (r.outlet) input.outlet = r.outlet;
  if (published) input.published = published;
  return { ok: true, input };
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Keeps an ISO date as written (day, or day and time with zone); other formats go through Date. */
export function normalizeIsoDate(value: string): string | undefined {
  const v = value.trim();
  const m = ISO.exec(v);
  if (m) {
    if (Number.isNaN(Date.parse(m[1] as string))) return undefined;
    if (!m[2]) return m[1];
    const zone = m[4] ? (m[4] === "Z" ? "Z" : m[4].replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2")) : "";
    return `${m[1]}T${m[2]}${m[3] ?? ""}${zone}`;
  }
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Parses JSON Lines: each non-blank line one record; a bad line costs only itself. */
export function parseJsonLines(text: string, source: string): RecordResult[] {
  const out: RecordResult[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `${source}:${i + 1}`;
    const value = parseJson(line, where);
    out.push(
      "rejection" in value ? { ok: false, rejection: value.rejection } : recordToInput(value.value, where),
    );
  });
  return out;
}

/** Parses a .json file: one record or an array of records. */
export function parseJsonFile(text: string, source: string): RecordResult[] {
  const value = parseJson(text, source);
  if ("rejection" in value) return [{ ok: false, rejection: value.rejection }];
  if (Array.isArray(value.value)) return value.value.map((v, i) => recordToInput(v, `${source}[${i}]`));
  return [recordToInput(value.value, source)];
}

function parseJson(text: string, source: string): { value: unknown } | { rejection: Rejection } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { rejection: reject(source, "SYN_INPUT_JSON", (e as Error).message) };
  }
}
