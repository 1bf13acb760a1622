import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { type Rejection, reject } from "../errors.js";
import { extensionOf, formatOf, parseBytes } from "./formats.js";
import type { ArticleInput } from "./types.js";

export interface ReadResult {
  inputs: ArticleInput[];
  rejected: Rejection[];
  /** Files met while walking a directory whose extension is no article format, by extension. */
  skipped: Record<string, number>;
}

export interface ReadOptions {
  maxFileBytes: number;
  maxGunzipBytes: number;
  /** Reads standard input when "-" is given. */
  stdin?: () => Promise<Uint8Array>;
  onFile?: (done: number, total: number) => void;
  onReject?: (r: Rejection) => void;
}

/** Reads paths (files, directories recursed, "-" for JSON Lines on stdin) into article inputs. */
export async function readInputs(paths: string[], opts: ReadOptions): Promise<ReadResult> {
  const result: ReadResult = { inputs: [], rejected: [], skipped: {} };
  const addRejection = (r: Rejection) => {
    result.rejected.push(r);
    opts.onReject?.(r);
  };
  const files: string[] = [];
  for (const p of paths) {
    if (p === "-") files.push(p);
    else await collect(p, true, files, result, addRejection);
  }
  let done = 0;
  for (const file of files) {
    for (const item of await readOne(file, opts)) {
      if (item.ok) result.inputs.push(item.input);
      else addRejection(item.rejection);
    }
    opts.onFile?.(++done, files.length);
  }
  return result;
}

async function collect(
  path: string,
  explicit: boolean,
  files: string[],
  result: ReadResult,
  addRejection: (r: Rejection) => void,
): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    addRejection(
      code === "ENOENT"
        ? reject(path, "SYN_INPUT_NOT_FOUND")
        : reject(path, "SYN_INPUT_UNREADABLE", code ?? String(e)),
    );
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (e) {
      addRejection(reject(path, "SYN_INPUT_UNREADABLE", (e as NodeJS.ErrnoException).code ?? String(e)));
      return;
    }
    // Hidden files (".DS_Store", ".git") are never articles.
    for (const name of names)
      if (!name.startsWith(".")) await collect(join(path, name), false, files, result, addRejection);
    return;
  }
  if (formatOf(path)) files.push(path);
  else if (explicit)
    addRejection(
      reject(
        path,
        "SYN_INPUT_EXTENSION",
        `${extensionOf(path)}; expected .txt, .html, .htm, .json, .jsonl, .ndjson or .gz of them`,
      ),
    );
  else {
    const ext = extensionOf(path);
    result.skipped[ext] = (result.skipped[ext] ?? 0) + 1;
  }
}

async function readOne(file: string, opts: ReadOptions) {
  if (file === "-") {
    const bytes = opts.stdin ? await opts.stdin() : new Uint8Array();
    return parseBytes(bytes, "stdin", { format: "jsonl", gzip: false }, opts.maxGunzipBytes);
  }
  const kind = formatOf(file);
  if (!kind) return [];
  let bytes: Uint8Array;
  try {
    const size = (await stat(file)).size;
    if (size > opts.maxFileBytes) {
      return [
        {
          ok: false as const,
          rejection: reject(file, "SYN_INPUT_TOO_LARGE", `${size} bytes, limit ${opts.maxFileBytes}`),
        },
      ];
    }
    bytes = await readFile(file);
  } catch (e) {
    return [
      {
        ok: false as const,
        rejection: reject(file, "SYN_INPUT_UNREADABLE", (e as NodeJS.ErrnoException).code ?? String(e)),
      },
    ];
  }
  return parseBytes(bytes, file, kind, opts.maxGunzipBytes);
}
