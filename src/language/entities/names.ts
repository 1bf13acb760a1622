// Reading a speaker as written: a pronoun, a described role ("the
// spokesperson"), or a name with the titles in front of it ("Secretary of
// State Marco Rubio", "Mr Vance"). Words, not a model: names are capitalized
// words after the last title word.

export type SpeakerForm =
  | { kind: "pronoun"; gender: "m" | "f" | null }
  /** "it said", "the company said": the body the text named last. */
  | { kind: "body" }
  | { kind: "described"; role: string }
  | { kind: "organization"; name: string }
  | { kind: "named"; name: string[]; role: string | null; gender: "m" | "f" | null };

const PRONOUNS: Record<string, "m" | "f" | null> = { he: "m", she: "f", they: null };
/** How news refers back to a company it has named: "it said", "the company said", "the firm added". */
const BODY_REFERENCES =
  /^(?:it|the (?:company|firm|group|carmaker|drugmaker|manufacturer|operator|retailer|lender|airline|utility))$/;
const HONORIFIC: Record<string, "m" | "f" | null> = {
  mr: "m",
  mrs: "f",
  ms: "f",
  miss: "f",
  dr: null,
  sir: "m",
  dame: "f",
  mx: null,
  // Councillors: "Cr Birtwistle", "Cllr Ann Hale".
  cr: null,
  cllr: null,
};

/** "Mr", "Mrs.", "Dr": a sign of a person, never part of the name. */
export const isHonorific = (word: string): boolean =>
  Object.hasOwn(HONORIFIC, word.toLowerCase().replace(/\.$/, ""));
/** Words that make a title or a role, never a name. */
const TITLE_WORDS = new Set(
  (
    "president vice prime minister secretary state foreign defence defense home interior finance chief executive " +
    "director judge justice senator sen rep representative governor gov mayor councillor councilor spokesperson " +
    "spokesman spokeswoman lawmaker general gen admiral colonel col captain capt sergeant sgt officer commissioner " +
    "chancellor king queen prince princess pope bishop leader chair chairman chairwoman head deputy assistant " +
    "ambassador envoy attorney professor prof coach manager founder editor premier speaker treasurer minister's " +
    "of the for and department ministry office council party house senate"
  ).split(" "),
);
/** A title or role word ("Secretary", "Lawmaker") in front of a name, which is not part of it. */
export const isTitleWord = (word: string): boolean => TITLE_WORDS.has(word.toLowerCase());
/** A name ending in one of these is a body, not a person ("Banking Standards Commission"). */
const ORGANIZATION_WORDS = new Set(
  (
    "commission committee department ministry council agency bank company corporation corp inc ltd plc group " +
    "association union service services office authority board court police university college party government " +
    "institute foundation organisation organization network hospital school trust federation club labs " +
    "laboratory laboratories society industries holdings partners airlines airways systems technologies " +
    "cooperative co-operative networks radio books publishing hardware aerospace motors pharmaceuticals " +
    "water power electric gas " +
    "pharma therapeutics biotech biosciences securities insurance energy media entertainment studios " +
    "enterprises logistics shipping railways telecom communications robotics chemicals mining petroleum " +
    "steel software ventures investments llc gmbh ag nv plc"
  ).split(" "),
);
/** "Tarn Crossings, which runs the ferries": people take "who"; a name followed by ", which" is no person. */
export const followedByWhich = (text: string, end: number): boolean =>
  /^,\s*which\b/.test(text.slice(end, end + 10));

/** What only a company has: shares, a chief executive, a board. */
const COMPANY_OWN =
  /^(?:['’]s)?\s+(?:shares|stock|share price|chief executive|chief executive officer|ceo|chairman|chairwoman|board|shareholders|investors)\b/i;
/** "Kestrix, a rival," "Valdora, the Danish maker of…": an apposition that calls the name a company. */
const COMPANY_APPOSITION =
  /^,\s+(?:a|an|the|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:company|firm|maker|manufacturer|rival|competitor|group|retailer|carrier|airline|supplier|developer|start-?up|chain|operator|insurer|lender|conglomerate|brand|producer|utility|chipmaker|automaker|carmaker|drugmaker|publisher|broadcaster)\b/iu;
const SHARES_IN = /\bshares\s+(?:in|of)\s+$/i;

/** "Shares in Valdora", "Valdora's chief executive", "Kestrix, a rival": whatever the tagger said, a company. */
export function inCompanyContext(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  const before = text.slice(Math.max(0, start - 12), start);
  // "Friends of the Siskin, a conservation group": the apposition is the longer name's.
  if (/\bof\s+(?:the\s+)?$/i.test(before)) return false;
  return COMPANY_OWN.test(after) || COMPANY_APPOSITION.test(after) || SHARES_IN.test(before);
}

/** Whether a name's last word makes it a body ("Crestmoor Bank"). */
export const isOrganizationWord = (word: string): boolean => ORGANIZATION_WORDS.has(word.toLowerCase());
/** Capitalized only because they open a sentence: never part of a title. */
const SENTENCE_OPENERS = new Set(
  "the a an this that these those but and or our his her their its as when if whatever while after before".split(
    " ",
  ),
);
const CAPITALIZED = /^\p{Lu}[\p{L}'’.-]*$/u;

export function readSpeaker(written: string): SpeakerForm | undefined {
  const text = written.trim().replace(/\s+/g, " ");
  const lower = text.toLowerCase();
  if (lower in PRONOUNS) return { kind: "pronoun", gender: PRONOUNS[lower] ?? null };
  if (BODY_REFERENCES.test(lower)) return { kind: "body" };
  const described = /^(?:the|a|an)\s+(.+)$/i.exec(text);
  if (described) return { kind: "described", role: (described[1] as string).toLowerCase() };
  const words = text.split(" ");
  let gender: "m" | "f" | null = null;
  // The name is the run of capitalized non-title words at the end.
  let start = words.length;
  while (start > 0) {
    const w = words[start - 1] as string;
    if (!CAPITALIZED.test(w) || TITLE_WORDS.has(w.toLowerCase())) break;
    start--;
  }
  const before = words.slice(0, start);
  let name = words.slice(start);
  const honorific = name[0] ? HONORIFIC[name[0].toLowerCase().replace(/\.$/, "")] : undefined;
  if (honorific !== undefined) {
    gender = honorific;
    name = name.slice(1);
  } else if (before.length) {
    const last = (before[before.length - 1] as string).toLowerCase().replace(/\.$/, "");
    if (last in HONORIFIC) {
      gender = HONORIFIC[last] ?? null;
      before.pop();
    }
  }
  if (name.length === 0 || name.length > 4) return undefined;
  if (ORGANIZATION_WORDS.has((name[name.length - 1] as string).toLowerCase()))
    return { kind: "organization", name: words.slice(start).join(" ") };
  const role = before.join(" ").trim();
  return { kind: "named", name, role: role || null, gender };
}

/** "Tammy Bruce, a spokesperson for the department": the role an apposition gives a name. */
export function appositionRoles(text: string, name: string): string[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const out: string[] = [];
  const apposition = new RegExp(
    `\\b${escaped},\\s+(?:a|an|the)\\s+([^,.;:“”"]{3,60}?)(?=[,.;:]|\\s+(?:said|says|told|added|confirmed|warned)\\b)`,
    "g",
  );
  for (const m of text.matchAll(apposition)) out.push((m[1] as string).trim());
  // "the harbourmaster, Ewan McRae," and "The mayor's spokesman, Tom Rees,": the role before the name.
  const before_ = new RegExp(
    `(?:^|[\\s(])(?:[Tt]he|[Aa]n?)\\s+([^,.;:“”"]{2,60}?),\\s+${escaped}\\b(?=,|\\s+(?:said|says|told|added|confirmed|warned)\\b|[.;:])`,
    "gu",
  );
  for (const m of text.matchAll(before_)) {
    const role = (m[1] as string).trim();
    if (/^\p{Ll}/u.test(role) || /['’]s\s/u.test(role)) out.push(role);
  }
  // "Tom Ridley, chair of the patients' forum, said": a title with no article, its first or second word a title word.
  const bare = new RegExp(
    `\\b${escaped},\\s+(?!(?:a|an|the)\\s)(\\p{Ll}[^,.;:“”"]{2,60}?)(?=[,.;:]|\\s+(?:said|says|told|added|confirmed|warned)\\b)`,
    "gu",
  );
  for (const m of text.matchAll(bare)) {
    const role = (m[1] as string).trim();
    const lead = role.split(/\s+/).slice(0, 2);
    if (lead.some((w) => TITLE_WORDS.has(w) && !/^(?:of|the|for|and|state|house|office|party)$/.test(w)))
      out.push(role);
  }
  // "prime minister Denys Shmyhal", "Vice President JD Vance": title words right before the name.
  const before = new RegExp(`((?:\\b[\\p{L}-]+\\s+){1,4})${escaped}\\b`, "gu");
  for (const m of text.matchAll(before)) {
    const words = (m[1] as string).trim().split(/\s+/);
    let k = words.length;
    while (k > 0 && TITLE_WORDS.has((words[k - 1] as string).toLowerCase())) k--;
    // A nationality or organization word may lead the title ("Ukrainian prime minister").
    if (
      k > 0 &&
      k < words.length &&
      /^\p{Lu}/u.test(words[k - 1] as string) &&
      !TITLE_WORDS.has((words[k - 1] as string).toLowerCase()) &&
      !SENTENCE_OPENERS.has((words[k - 1] as string).toLowerCase())
    ) {
      k--;
      // ... and title words before it ("Deputy Harbour Minister").
      while (
        k > 0 &&
        TITLE_WORDS.has((words[k - 1] as string).toLowerCase()) &&
        /^\p{Lu}/u.test(words[k - 1] as string)
      )
        k--;
    }
    const title = words.slice(k);
    if (
      title.length &&
      title.some((w) => TITLE_WORDS.has(w.toLowerCase()) && !/^(?:of|the|for|and)$/i.test(w))
    )
      out.push(title.join(" "));
  }
  return out;
}
