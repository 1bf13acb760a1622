// Quoted passages in a paragraph: curly “…”, straight "…", and guillemets «…».
// A paragraph that opens a quote and never closes it is a quote running on
// into the next paragraph (the news convention): it ends at paragraph end.
export interface QuotedSpan {
  /** Offsets of the words inside the marks, in the paragraph. */
  start: number;
  end: number;
  open: number;
  /** Offset just past the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  runsOn: boolean;
}

const OPEN = new Set(["“", "«", "„"]);
const CLOSE_OF: Record<string, string> = { "“": "”", "«": "»", "„": "“" };

export function quotedSpans(paragraph: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let i = 0;
  while (i < paragraph.length) {
    const ch = paragraph[i] as string;
    const close = OPEN.has(ch) ? CLOSE_OF[ch] : ch === '"' && opensStraight(paragraph, i) ? '"' : undefined;
    if (!close) {
      i++;
      continue;
    }
    const end = findClose(paragraph, i + 1, ch);
    const runsOn = end < 0;
    const innerEnd = runsOn ? trimEnd(paragraph, paragraph.length) : end;
    out.push({ start: i + 1, end: innerEnd, open: i, close: runsOn ? paragraph.length : end + 1, runsOn });
    i = runsOn ? paragraph.length : end + 1;
  }
  const double = out.filter((q) => q.end > q.start);
  return double.length ? double : singleQuoted(paragraph);
}

const SINGLE_OPEN = /(?<=^|[\s([—–-])['‘](?=\p{L}|\d)/gu;
/** A single closing mark ends a quote only after the sentence's own punctuation: ‘We lost half our trade,’ said… */
const SINGLE_CLOSE = /(?<=[,.!?])['’](?=\s|$|[)\]—–-])/gu;
const MIN_SINGLE_QUOTE_WORDS = 3;

/**
 * Outlets that quote in single marks (‘…’ or '…'), in a paragraph with no
 * double marks. Apostrophes make single marks ambiguous ("the residents'
 * hall", "the '90s"), so a quote must close on a mark right after its own
 * punctuation and hold a few words; a partial quote in single marks
 * (called it ‘late’) is left alone.
 */
function singleQuoted(paragraph: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let from = 0;
  for (const open of paragraph.matchAll(SINGLE_OPEN)) {
    const at = open.index;
    if (at < from) continue;
    SINGLE_CLOSE.lastIndex = at + 1;
    const close = SINGLE_CLOSE.exec(paragraph);
    if (!close) break;
    const inner = paragraph.slice(at + 1, close.index);
    if (inner.split(/\s+/).length < MIN_SINGLE_QUOTE_WORDS) continue;
    out.push({ start: at + 1, end: close.index, open: at, close: close.index + 1, runsOn: false });
    from = close.index + 1;
  }
  return out;
}

/** A straight mark opens a quote at the start of the text or after space or an opening bracket. */
function opensStraight(s: string, i: number): boolean {
  return i === 0 || /[\s([—–-]/.test(s[i - 1] as string);
}

/**
 * Where the quote opened at `from - 1` with `open` ends. Writers and scrapers mix marks: a curly
 * quote may close with a straight mark or a second opening mark (`“Not yet,“ he said`), a straight one
 * with a curly mark. A foreign mark closes only where it ends a sentence or clause, so a quote nested
 * inside (`“He called it "a joke" twice”`) does not end the outer one.
 */
function findClose(s: string, from: number, open: string): number {
  const proper = CLOSE_OF[open] ?? '"';
  for (let j = from; j < s.length; j++) {
    const ch = s[j] as string;
    const next = s[j + 1];
    const endsWord = next === undefined || /[\s.,;:!?)\]—–-]/.test(next);
    if (ch === proper && (proper !== '"' || endsWord)) return j;
    if (open === "«") continue;
    const afterPunctuation = /[,.!?]/.test(s[j - 1] as string);
    if (open === '"' && ch === "”") return j;
    if (open === "“" && (ch === '"' || ch === "“") && afterPunctuation && endsWord) return j;
  }
  return -1;
}

function trimEnd(s: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(s[e - 1] as string)) e--;
  return e;
}
