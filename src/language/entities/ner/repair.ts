// What the tagger's statistics get wrong in ways plain English settles: a
// name never runs over a full stop, a capitalized "My" opening a sentence is
// no person, and a name ending in "Bank" or "Road" is a body or a place
// whatever its context suggested. Titles and honorifics in front of a
// person's name are the role, not the name.

import { followedByWhich, isHonorific, isOrganizationWord, isTitleWord } from "../names.js";
import type { Token } from "./tokenize.js";

export type NameType = "PER" | "ORG" | "LOC" | "MISC";

export interface NameSpan {
  type: NameType;
  start: number;
  end: number;
  text: string;
}

/** Words capitalized because they open a sentence or a quote, never a name on their own or at a name's front. */
const FUNCTION_WORDS = new Set(
  (
    "a an the this that these those my our your his her their its i we you he she they it me us them " +
    "and but or so if as at in on of to for by with from when while after before then there here " +
    "what who which where why how all some any no not every each one more most such"
  ).split(" "),
);
const PLACE_WORDS = new Set(
  (
    "road street lane avenue drive way square bridge river lake bay sea ocean island isle islands valley hill " +
    "hills mountain mountains mount point coast harbour harbor crossing dam canyon county district province " +
    "highway motorway freeway expressway parkway " +
    "region city town village park quay wharf pier cove creek plaza boulevard crescent terrace junction " +
    "strait gulf channel estuary peninsula reef stadium arena"
  ).split(" "),
);

/** Rivers, mountains, quays and stadiums are places even where the tagger saw a body ("Downing Street" may be one; "Tay River" is not). */
const NATURE_WORDS = new Set(
  "river lake sea ocean bay island isle islands valley canyon mountain mountains glacier creek cove strait gulf estuary peninsula reef quay wharf pier stadium arena".split(
    " ",
  ),
);

/** "The Ossery Herald", "Kessel Gazette": newspapers, read by the tagger as places or, after "the", people. */
const PRESS_WORDS = new Set(
  "herald gazette tribune chronicle ledger courier observer examiner inquirer bulletin dispatch sentinel telegraph guardian newsletter".split(
    " ",
  ),
);

/** "Port Quell", "Mount Ardle", "Lake Orin": a name opening with one of these is a place, unless it ends as a body. */
const PLACE_HEADS = new Set("port mount mt fort lake cape isle loch".split(" "));

/** A token that may sit inside a name: words, numbers, "&", hyphens, apostrophes. */
export const canBeInName = (t: Token): boolean => /[\p{L}\p{N}&]/u.test(t.text);

export interface Vocabulary {
  /** Words this text writes in lower case somewhere. */
  lowered: ReadonlySet<string>;
  /** Ordinary English words. */
  common: ReadonlySet<string>;
}

export function repair(
  span: NameSpan,
  tokens: readonly Token[],
  text: string,
  words: Vocabulary,
): NameSpan | null {
  const all = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  // "the River's Redhollow canyon": a possessive ends a name; what follows is another.
  const cut = all.findIndex((t, i) => i > 0 && /^['’]s$/i.test(t.text));
  const inside = cut > 0 ? all.slice(0, cut) : all;
  let k = 0;
  while (k < inside.length && FUNCTION_WORDS.has((inside[k] as Token).text.toLowerCase())) k++;
  // "Neighbour Tobiah Grennet", "Campaigner Tom Hale": a person's role word opening the run, whatever the tagger said.
  const roleFirst =
    inside.length - k >= 3 &&
    PERSON_ROLES.has(bare(inside[k]).toLowerCase()) &&
    !isOrganizationWord(bare(inside.at(-1)));
  if (roleFirst) k++;
  // "Mr Doe" is a person whatever the context suggested.
  const type0 = roleFirst || (k < inside.length - 1 && isHonorific(bare(inside[k]))) ? "PER" : span.type;
  if (type0 === "PER")
    while (k < inside.length - 1 && (isTitleWord(bare(inside[k])) || isHonorific(bare(inside[k])))) k++;
  const kept = withOwnerName(inside.slice(k), tokens, text, words);
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (!first || !last) return null;
  // A lone sentence-opening word written in lower case elsewhere in the text is an ordinary word.
  const lower = first.text.toLowerCase();
  if (kept.length === 1 && words.lowered.has(lower)) return null;
  // So is an ordinary word opening a sentence, unless the text also uses it inside a longer name.
  if (
    kept.length === 1 &&
    opensSentence(tokens, first) &&
    isCommon(lower, words.common) &&
    !inLongerName(text, first.text)
  )
    return null;
  const tail = last.text.toLowerCase();
  let type = type0;
  if ((kept.length > 1 || type === "PER") && isOrganizationWord(tail)) type = "ORG";
  else if (kept.length > 1 && NATURE_WORDS.has(tail)) type = "LOC";
  else if (kept.length > 1 && PLACE_WORDS.has(tail) && type !== "ORG") type = "LOC";
  // "The Ossery Herald"; a newspaper of one word only after "the" ("the Telegraph").
  else if (
    PRESS_WORDS.has(tail) &&
    (kept.length > 1 ? type !== "PER" || afterThe(tokens, first) : afterThe(tokens, first))
  )
    type = "ORG";
  else if (
    kept.length > 1 &&
    PLACE_HEADS.has(first.text.toLowerCase().replace(/\.$/, "")) &&
    placeLike(tokens, first, type)
  )
    type = "LOC";
  else if (
    type === "PER" &&
    (!personShaped(tokens, first, last, kept.length, text) || employerOf(tokens, last))
  )
    type = "ORG";
  else if (
    type !== "PER" &&
    kept.length <= 3 &&
    afterPersonRole(tokens, first) &&
    !inside.some(isPlaceOrBodyWord)
  )
    type = "PER";
  return { type, start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

const CALENDAR_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * "Severnside Water" tagged as a lone "Water": a body's word alone is no
 * name, so the capitalized word just before it (not an ordinary word the
 * text writes in lower case) is its name.
 */
function withOwnerName(kept: Token[], tokens: readonly Token[], text: string, words: Vocabulary): Token[] {
  const only = kept[0];
  if (kept.length !== 1 || !only || !isOrganizationWord(only.text)) return kept;
  const before = tokens[tokens.indexOf(only) - 1];
  if (!before || text.slice(before.end, only.start) !== " " || !/^\p{Lu}\p{Ll}/u.test(before.text))
    return kept;
  const lower = before.text.toLowerCase();
  if (
    FUNCTION_WORDS.has(lower) ||
    isTitleWord(lower) ||
    words.lowered.has(lower) ||
    words.common.has(lower) ||
    CALENDAR_WORD.test(lower)
  )
    return kept;
  return [before, only];
}

/** Words for what a person is, written capitalized before a name at a sentence's start. */
const PERSON_ROLES = new Set(
  "neighbour neighbor resident residents witness campaigner activist shopkeeper driver passenger volunteer teacher nurse farmer owner student visitor survivor fisherman pilot doctor lawyer landlord tenant victim relative pensioner worker father mother".split(
    " ",
  ),
);

const afterThe = (tokens: readonly Token[], first: Token): boolean =>
  tokens[tokens.indexOf(first) - 1]?.text.toLowerCase() === "the";

/** Roles written between an employer and a person's name: "Morningstar analyst Lena Fisk". */
const ROLE_AFTER_EMPLOYER = new Set(
  "analyst analysts economist economists spokesman spokeswoman spokesperson official officials executive director engineer researcher lawyer strategist manager chairman chairwoman founder ceo cfo coo".split(
    " ",
  ),
);

/** Lower-case roles that a person's name follows: "Tesla chief Elon Marsk", "health minister Ann Lee". */
const ROLE_BEFORE_NAME = new Set([
  ...ROLE_AFTER_EMPLOYER,
  ..."chief boss head minister secretary governor mayor coach captain commissioner inspector sergeant superintendent leader councillor councilor senator president".split(
    " ",
  ),
]);

function afterPersonRole(tokens: readonly Token[], first: Token): boolean {
  const role = tokens[tokens.indexOf(first) - 1]?.text ?? "";
  return /^\p{Ll}/u.test(role) && ROLE_BEFORE_NAME.has(role);
}

const isPlaceOrBodyWord = (t: Token): boolean => {
  const w = bare(t).toLowerCase();
  return (
    isOrganizationWord(w) ||
    PLACE_WORDS.has(w) ||
    NATURE_WORDS.has(w) ||
    PRESS_WORDS.has(w) ||
    PLACE_HEADS.has(w)
  );
};

/** A name followed by a role and then another name is the second one's employer, not a person. */
function employerOf(tokens: readonly Token[], last: Token): boolean {
  const j = tokens.indexOf(last);
  const role = tokens[j + 1]?.text;
  const next = tokens[j + 2]?.text ?? "";
  return !!role && ROLE_AFTER_EMPLOYER.has(role.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(next);
}

/** Words that put a place after them: "from Port Quell", "near Mount Ardle". */
const PLACE_PREPOSITIONS = new Set(
  "in at from to near off into toward towards outside inside leaving left leave leaves reached reaching via through across".split(
    " ",
  ),
);

/** A name with a place head is a place unless read as a body; then only after a place preposition ("Port Vale" the club stays one). */
function placeLike(tokens: readonly Token[], first: Token, type: NameType): boolean {
  if (type !== "ORG") return true;
  const before = tokens[tokens.indexOf(first) - 1]?.text.toLowerCase();
  return before !== undefined && PLACE_PREPOSITIONS.has(before);
}

/**
 * Whether a name the tagger calls a person is written as people are. "The
 * Harbour Herald on Facebook": a full name after a bare "the", ending a noun
 * phrase, is a title or a body ("the Daniel Ortega government" is still him). "Tarn
 * Crossings, which runs the service": people take "who", not "which".
 */
function personShaped(
  tokens: readonly Token[],
  first: Token,
  last: Token,
  words: number,
  text: string,
): boolean {
  if (followedByWhich(text, last.end)) return false;
  if (words < 2) return true;
  const i = tokens.indexOf(first);
  const j = tokens.indexOf(last);
  const before = tokens[i - 1]?.text.toLowerCase();
  const after = tokens[j + 1]?.text;
  const endsPhrase = after === undefined || !/^\p{Ll}/u.test(after) || FUNCTION_WORDS.has(after);
  return !(before === "the" && endsPhrase);
}

/** "Dozens", and plurals of ordinary words: "Bosses", "Stalls". */
const isCommon = (w: string, common: ReadonlySet<string>): boolean =>
  common.has(w) ||
  (w.endsWith("s") && common.has(w.slice(0, -1))) ||
  (w.endsWith("es") && common.has(w.slice(0, -2)));

function opensSentence(tokens: readonly Token[], t: Token): boolean {
  const i = tokens.indexOf(t);
  const before = tokens[i - 1]?.text;
  return i === 0 || /^[.!?:;"“”'‘—–-]$/.test(before ?? "") || /^[.!?]["”'’]$/.test(before ?? "");
}

/** "Brown" where the text also writes "Gordon Brown". */
function inLongerName(text: string, word: string): boolean {
  const w = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\p{Lu}\\p{L}*[ \\t]+${w}(?![\\p{L}\\p{N}])`, "u").test(text);
}

const bare = (t: Token | undefined) => (t?.text ?? "").replace(/\.$/, "");

/** Words the text writes in lower case somewhere: capitalized elsewhere, they only open a sentence. */
export function lowercaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? []);
}

/**
 * "Port Quell and Dunmere" read as one name where the text also names "Port
 * Quell" alone: two names joined by "and". A name that is never written
 * apart ("Bosnia and Herzegovina", "Procter and Gamble") stays whole.
 */
export function splitConjoined(spans: NameSpan[]): NameSpan[] {
  const alone = new Map(spans.filter((s) => !/\sand\s/.test(s.text)).map((s) => [s.text, s.type]));
  return spans.flatMap((s) => {
    const m = /^(.+?)\s+and\s+(.+)$/.exec(s.text);
    const left = m?.[1];
    const right = m?.[2];
    if (!left || !right || !alone.has(left)) return [s];
    const rightStart = s.end - right.length;
    return [
      { type: alone.get(left) as NameType, start: s.start, end: s.start + left.length, text: left },
      { type: alone.get(right) ?? (alone.get(left) as NameType), start: rightStart, end: s.end, text: right },
    ];
  });
}

/**
 * "Kestrel" where the text names "Kestrel Motors": the short form of a body
 * named in full, unless a person of the text bears it as a surname.
 */
export function shortForms(spans: NameSpan[]): NameSpan[] {
  const bodies = new Set(
    spans.filter((s) => s.type === "ORG" && s.text.includes(" ")).map((s) => s.text.split(" ")[0] as string),
  );
  const surnames = new Set(
    spans
      .filter((s) => s.type === "PER" && s.text.includes(" "))
      .map((s) => s.text.split(" ").pop() as string),
  );
  return spans.map((s) =>
    s.type === "PER" && !s.text.includes(" ") && bodies.has(s.text) && !surnames.has(s.text)
      ? { ...s, type: "ORG" }
      : s,
  );
}

/** Institutions named after someone: "St Columba's Hospital", "King's College London". */
const NAMED_INSTITUTIONS = new Set(
  "hospital college school church cathedral chapel abbey academy university infirmary".split(" "),
);

/**
 * The tagger cuts "St Columba's Hospital" at the possessive into a place and
 * a "Hospital": one body, named after a saint or a founder. Only an
 * institution's word may follow, so "Germany's Federal Court" stays two.
 */
export function joinPossessive(spans: NameSpan[], text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const head = s.text.split(/\s+/)[0]?.toLowerCase() ?? "";
    if (prev && /^['’]s\s+$/.test(text.slice(prev.end, s.start)) && NAMED_INSTITUTIONS.has(head)) {
      out[out.length - 1] = {
        type: "ORG",
        start: prev.start,
        end: s.end,
        text: text.slice(prev.start, s.end),
      };
    } else out.push(s);
  }
  return out;
}

/** Roles that sit between an employer and a person's name: "Port Ellery Fire Chief Marcus Delahunt". */
const RUN_ROLES = (
  "Chief President Minister Secretary Director Judge Justice Senator Governor Mayor Councillor Councilor " +
  "Spokesperson Spokesman Spokeswoman Commissioner Chancellor Ambassador Envoy Attorney Professor Coach " +
  "Manager Founder Editor Premier Speaker Treasurer Chair Chairman Chairwoman Leader Officer Captain " +
  "Sergeant Inspector Superintendent Constable Analyst Economist Executive"
)
  .split(" ")
  .join("|");
const ROLE_RUN = new RegExp(
  `^(.+?)\\s+((?:(?:Deputy|Assistant|Vice|Acting|Interim|Managing|General|${RUN_ROLES})(?:\\s+\\p{Lu}[\\p{L}-]+){0,2}?\\s+)?(?:${RUN_ROLES}))\\s+(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,2})$`,
  "u",
);

const GENERIC_EMPLOYERS = new Set(
  "fire police health army navy defence defense transport education finance foreign home interior justice state city county town council district federal national regional deputy".split(
    " ",
  ),
);

/**
 * "Port Ellery Fire Chief Marcus Delahunt" read as one name: an employer,
 * a role and a person run together. The person is the name after the role;
 * the employer before it is a body (or the place it was).
 */
export function splitRoleRuns(spans: NameSpan[]): NameSpan[] {
  return spans.flatMap((s) => {
    const m = ROLE_RUN.exec(s.text);
    const employer = m?.[1];
    const person = m?.[3];
    if (!m || !employer || !person) return [s];
    const personStart = s.end - person.length;
    const personSpan: NameSpan = { type: "PER", start: personStart, end: s.end, text: person };
    // "Fire Chief Ana Ruiz": a service's one word is part of the role, not a body of its own.
    if (GENERIC_EMPLOYERS.has(employer.toLowerCase())) return [personSpan];
    return [
      {
        type: s.type === "PER" ? "ORG" : s.type,
        start: s.start,
        end: s.start + employer.length,
        text: employer,
      },
      personSpan,
    ];
  });
}
