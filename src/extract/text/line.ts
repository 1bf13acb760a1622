/** One line of a scrape as the cleaning passes see it. */
export interface Line {
  text: string;
  /** Set when a pass drops the line: which rule and why. */
  drop?: { rule: string; reason: string };
  /** A blank line stood before it in the scrape: the end of a box or block. */
  afterBlank?: boolean;
  /** Set when a pass cuts a prefix off the line (a dateline): what was cut and why. */
  cut?: { text: string; rule: string; reason: string };
}

/** Metadata that the passes find in header lines and chrome. */
export interface ScrapeMeta {
  title?: string;
  byline?: string;
  published?: string;
  /** From a date line labelled "Updated" or "Last updated". */
  modified?: string;
  outlet?: string;
  /** Place (and agency) a dateline names: "PORT ELLERY, Ohio (MPS)". */
  dateline?: string;
}

/** A cleaning pass: marks lines to drop and may fill metadata. Passes never un-drop a line. */
export interface Pass {
  id: string;
  run(lines: Line[], meta: ScrapeMeta): void;
}

export const kept = (lines: Line[]): Line[] => lines.filter((l) => !l.drop);

export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** A line that ends as a sentence does (a closing quotation mark allowed): body text, not a label. */
export const endsSentence = (s: string): boolean => /[.!?]["'”’]?$/.test(s.trim());

/** Compares lines as a reader would: case, spacing and quote style ignored. */
export function normalizeLine(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f«»]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * "TRI-COUNTY RECORD" → "Tri-County Record", "O'NEILL" → "O'Neill": names printed in capitals,
 * as a reader would write them (an apostrophe after one letter only: "CHILDREN'S" is "Children's").
 */
export const titleCase = (s: string): string =>
  s
    .toLowerCase()
    .replace(
      /(^|[\s-]|(?<=(?:^|[\s-])\p{L})['’])(\p{L})/gu,
      (_, sep: string, c: string) => sep + c.toUpperCase(),
    );
