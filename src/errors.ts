// One catalogue of data errors: a code, and a message that names the input and
// says what was expected and what was found. Data problems are returned as
// values (Rejection); only programmer errors throw.

export const ERRORS = {
  SYN_INPUT_NOT_FOUND: "no such file or directory",
  SYN_INPUT_UNREADABLE: "cannot be read",
  SYN_INPUT_EMPTY: "is empty",
  SYN_INPUT_BINARY: "is binary, not text",
  SYN_INPUT_EXTENSION: "has an extension that is not an article format",
  SYN_INPUT_TOO_LARGE: "is larger than the limit",
  SYN_INPUT_ENCODING: "has bytes that cannot be decoded",
  SYN_INPUT_GZIP: "is not a valid gzip file",
  SYN_INPUT_JSON: "is not valid JSON",
  SYN_INPUT_RECORD: "is not a valid article record",
  SYN_INPUT_DUPLICATE_ID: "repeats an article id",
  SYN_EXTRACT_EMPTY: "has no article text",
  SYN_EXTRACT_TOO_COMPLEX: "is too complex to extract",
} as const;

export type ErrorCode = keyof typeof ERRORS;

export interface Rejection {
  source: string;
  code: ErrorCode;
  reason: string;
}

/** A rejection whose reason reads "<what is wrong>: <detail>". */
export function reject(source: string, code: ErrorCode, detail?: string): Rejection {
  return { source, code, reason: detail ? `${ERRORS[code]}: ${detail}` : ERRORS[code] };
}

/** The one-line form printed on stderr, e.g. "SYN_INPUT_EMPTY: seeds/a.txt: is empty". */
export function formatRejection(r: Rejection): string {
  return `${r.code}: ${r.source}: ${r.reason}`;
}

/** Bad command-line usage: the CLI maps it to exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
