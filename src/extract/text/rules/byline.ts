import * as chrono from "chrono-node";
import { type Line, normalizeLine, type ScrapeMeta, titleCase, wordCount } from "../line.js";
import { isoFromChrono } from "./date-line.js";

// "By", and its French, German, Spanish, Portuguese and Dutch forms ("Par", "Von", "Por", "Door").
const BY_PREFIX =
  /^(?:(?:(?:written|posted|words|story|published|opinion|analysis|column|commentary|review)\s+)?(?:by|par|von|por|door)(?::\s*|\s+)|(?:author|reporter|writer)s?\s*:\s*)(.{3,80})$/i;
// A name as bylines print it: two to six capitalised words ("Jo Marsh", "Ana de la Cruz").
const PARTICLE = "de|la|van|von|der|da|di|le|bin|al";
export const NAME = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}'’.-]+|${PARTICLE})(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]+|${PARTICLE}|and|&)){1,5}$`,
  "u",
);
const BYLINE = { rule: "byline", reason: "byline (kept as the byline)" };
/**
 * An unnamed byline: "Staff Reporter", "Our Correspondent", "Harbour Post
 * reporter", "News Desk". Only capitalized words or the few words such lines
 * use may come before the title, so "Meet the reporter" is no byline.
 */
const STAFF_BYLINE =
  /^(?:(?:\p{Lu}[\p{L}'’.&-]*|our|staff|special|senior|chief|political|foreign|city|news|web|online)\s+){0,3}(?:reporter|correspondent|writer|desk|bureau|staff)$/iu;
const STAFF_WORDS = /^(?:\p{Lu}|our|staff|special|senior|chief|political|foreign|city|news|web|online)/u;

/**
 * "By …" anywhere in the head, or a bare name right beside the date line.
 * When the byline is already known (from page metadata), only its echo goes.
 */
export function takeByline(
  line: Line,
  meta: ScrapeMeta,
  besideDate: boolean,
  known: string | undefined,
  staff: boolean,
): void {
  if (known !== undefined) {
    if (isBylineEcho(line.text, known)) line.drop = BYLINE;
    return;
  }
  if (meta.byline) return;
  const by = BY_PREFIX.exec(line.text);
  const bare = line.text.trim();
  if (!by && isStaffByline(withoutPlace(bare))) {
    if (!staff) return;
    meta.byline = withoutPlace(bare);
    line.drop = BYLINE;
    return;
  }
  // "By Jo Marsh on 3 June 2027": the day goes to the date.
  const dated = by ? splitDatedByline((by[1] ?? "").trim()) : undefined;
  // "Daniel Okonkwo · MPB News" beside the date line: the name before the separator.
  const beside = besideDate ? withoutAffiliation(bare) : undefined;
  const name = dated ? withoutAffiliation(dated.byline) : beside && NAME.test(beside) ? beside : undefined;
  if (!name || wordCount(name) > 8) return;
  // Another language's "by" may open a headline ("Von der Leyen warns…"): only a name follows it.
  if (by && !/^(?:\w+\s+)?by\s/i.test(line.text) && !NAME.test(name)) return;
  meta.byline = name;
  if (dated?.published) meta.published ??= dated.published;
  line.drop = BYLINE;
}

/**
 * The page's own byline line for a byline its metadata gives: "By A & B —
 * 22 October 2027" for "A, B", "Von A" for "A". The names must be the same,
 * in any order and with any joiner; a date beside them goes.
 */
function isBylineEcho(text: string, known: string): boolean {
  // Cheap test first: a line that does not hold the byline's first word is no echo (chrono is not cheap).
  const firstWord = known.trim().split(/\s+/)[0] ?? "";
  if (!firstWord || !text.toLowerCase().includes(firstWord.toLowerCase()) || wordCount(text) > 20)
    return false;
  const by = BY_PREFIX.exec(text.trim());
  const written = withoutAffiliation(splitDatedByline(withoutReadingTime((by?.[1] ?? text).trim())).byline);
  const names = (s: string) =>
    s
      .split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\ben\b)\s*/i)
      .map((n) => normalizeLine(n))
      .filter(Boolean)
      .sort()
      .join("|");
  return names(written) !== "" && names(written) === names(known);
}

/** "… 3 min read", "… 3 Min. Lesezeit", "18:32 Uhr": what a byline line adds beside the date. */
const READING_TIME_TAIL =
  /\s*[·|•]?\s*\d+\s*(?:min(?:ute)?s?|Min|Minuten)\.?\s*(?:read|listen|Lesezeit|de lecture|de lectura|di lettura|leestijd)?\s*$/i;
const withoutReadingTime = (s: string): string =>
  s.replace(READING_TIME_TAIL, "").replace(/(\d{1,2}[:.]\d{2})\s*Uhr\b/g, "$1");

/** Roles a page's byline may carry after the name: "Harriet Olunde, Staff Writer". */
const ROLE_PART =
  /^(?:[\p{L}-]+\s+){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor|producer|journalist|staff|desk|bureau|critic)s?$/iu;

const FILED_AS =
  /\b(?:envoy[ée]e?s? sp[ée]ciale?s?|correspondan?te?s?|correspondent|reporter|staff writer|special correspondent|sonderkorrespondent\w*|enviad[oa] especial)\b/iu;

/** The names of a page's byline without the roles beside them; two writers stay two. */
export function bylineNames(byline: string): string {
  // "Solène Marchetti (Saint-Aubin (Finistère), envoyée spéciale)": where and as what the writer filed.
  // Co-authors ("(avec A et B)") and addresses in the parenthesis stay.
  const filed = /\s*\(((?:[^()]|\([^()]*\))*)\)\s*$/u.exec(byline);
  const bare = filed && FILED_AS.test(filed[1] as string) ? byline.slice(0, filed.index) : byline;
  const parts = bare.split(/\s*,\s*/);
  const names = parts.filter((p, i) => i === 0 || !ROLE_PART.test(p));
  return names.join(", ");
}

// Wire style prints the name in capitals and the agency after it: "JO MARSH Associated Press".
const CAPITALS_THEN_AGENCY = /^((?:\p{Lu}[\p{Lu}'’.-]+\s+){1,4}\p{Lu}[\p{Lu}'’.-]+)\s+\p{Lu}\p{Ll}/u;

const ALL_CAPS_NAMES = /^\p{Lu}[\p{Lu}'’.-]+(?:\s+(?:\p{Lu}[\p{Lu}'’.-]*|and|&))+$/u;

/** "Jo Marsh | The Courier" and "Jo Marsh, Wire Service": the byline is the name. */
function withoutAffiliation(byline: string): string {
  // "Yuki Haneda / Tribune Staff Writer": a slash between spaces sets the desk apart too.
  const [first, ...rest] = byline.split(/\s*[|,·•]\s*|\s+\/\s+/);
  if (rest.length && first && NAME.test(first)) return first;
  const capitals = CAPITALS_THEN_AGENCY.exec(byline)?.[1];
  if (capitals) return titleCase(capitals);
  // "JO MARSH and LUIS BRANDT": names in capitals, joined in lower case.
  return ALL_CAPS_NAMES.test(byline) ? titleCase(byline).replace(/ And /g, " and ") : byline;
}

/** "Staff Reporter", "Harbour Post reporter": every word before the title capitalized or one of the staff words. */
/** "Staff Reporter, Chennai", "Our Correspondent | Pune": the desk signs, the place is where it sits. */
const withoutPlace = (line: string): string =>
  line.replace(/\s*(?:,|\s[|·•])\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u, "");

function isStaffByline(line: string): boolean {
  if (!STAFF_BYLINE.test(line)) return false;
  const words = line.split(/\s+/);
  return words.slice(0, -1).every((w) => STAFF_WORDS.test(w));
}

/**
 * "Nadia Kerr" over "Political correspondent": a name and, on the next line,
 * the writer's title. The name is the byline; the title goes with it.
 */
export function takeNameAndTitle(head: Line[], meta: ScrapeMeta): void {
  if (meta.byline) return;
  const live = head.filter((l) => !l.drop);
  for (let i = 1; i < live.length; i++) {
    const name = live[i - 1] as Line;
    const title = live[i] as Line;
    const written = name.text.trim().replace(/^by\s+/i, "");
    if (!NAME.test(written) || !isStaffByline(title.text.trim())) continue;
    meta.byline = withoutAffiliation(written);
    name.drop = BYLINE;
    title.drop = { rule: "byline", reason: "the writer's title, under the byline" };
    return;
  }
}

/**
 * "Carla Moss, 12 April 2027" as a page gives its byline: the name, and the
 * day it states (only a full day; a lone time is not a date).
 */
export function splitDatedByline(written: string): { byline: string; published?: string } {
  // "March 11, 2026 @ 8:30am": the at sign is "at".
  const byline = written.replace(/\s@\s*(?=\d)/, " at ");
  const found = /\d/.test(byline) ? chrono.parse(byline)[0] : undefined;
  if (!found || !["year", "month", "day"].every((c) => found.start.isCertain(c as chrono.Component)))
    return { byline: written };
  const name = (byline.slice(0, found.index) + byline.slice(found.index + found.text.length))
    .replace(/\s*[,|·•–—-]+\s*$/, "")
    .replace(/^\s*[,|·•–—-]+\s*/, "")
    .replace(/\s+(?:on|at|updated|published)\s*$/i, "")
    .trim();
  return NAME.test(name) ? { byline: name, published: isoFromChrono(found.start) } : { byline: written };
}
