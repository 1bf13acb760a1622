// People who speak: each quote's speaker as written ("she", "the
// spokesperson", "Mr Vance", "Secretary of State Marco Rubio") resolved to one
// canonical person across all articles, with the roles the articles give
// them. Pronouns take the last person named before them in the article;
// described speakers take the person the article (or else the story) gives
// that role; names join across articles by surname when the first names
// agree. What cannot be resolved stays unresolved, never guessed.
// The names the tagger found join the same people (a surname alone takes the
// full name written elsewhere); organizations, places and other names are one
// entity per spelling up to dots, "the" and case.

import type { Entity, Mention, ReportArticle } from "../../report/index.js";
import { CUE_VERBS } from "../quotes/cues.js";
import { harmonizeNames, nameKey } from "./consistency.js";
import { firstNameGender } from "./gender.js";
import { appositionRoles, isHonorific, isOrganizationWord, isTitleWord, readSpeaker } from "./names.js";

interface Person {
  type: "person" | "organization";
  first: string | null;
  surname: string;
  forms: Set<string>;
  roles: Map<string, string>;
  gender: "m" | "f" | null;
  /** Quoted somewhere: only speakers are candidates for a pronoun. */
  speaks: boolean;
}

interface Resolved {
  article: ReportArticle;
  quote: number;
  person: Person;
}

const FIRST_NAME = /^\p{Lu}[\p{L}'’-]+$/u;

export function resolveSpeakers(
  articles: ReportArticle[],
  stories: readonly { articles: string[] }[],
): Entity[] {
  harmonizeNames(articles);
  const people: Person[] = [];
  const named = registerNames(articles, people);
  const resolved: Resolved[] = [];
  const pending: { article: ReportArticle; quote: number; role: string }[] = [];
  // Names first, in every article: a pronoun may point at a person only another outlet quotes by name.
  const names = new Map<string, Person | undefined>();
  for (const a of articles) {
    a.quotes.forEach((q, i) => {
      const form = q.speakerText ? readSpeaker(q.speakerText) : undefined;
      let speaker: Person | undefined;
      if (form?.kind === "named" && q.speakerText)
        speaker = namedPerson(form.name, form.role, form.gender, q.speakerText, a.text, people);
      else if (form?.kind === "organization") speaker = organization(form.name, people);
      if (speaker) speaker.speaks = true;
      names.set(`${a.id}#${i}`, speaker);
    });
  }
  const namedIn = new Map<ReportArticle, Person[]>();
  for (const [m, p] of named) namedIn.set(m.article, [...(namedIn.get(m.article) ?? []), p]);
  for (const a of articles) readArticle(a, people, names, resolved, pending, namedIn.get(a) ?? []);
  resolveByStory(pending, stories, articles, resolved);
  for (const [m, p] of named) addRoles(p, m.article.text);
  const ids = new Set<string>();
  const entities = canonical(people, ids);
  for (const [m, p] of named) m.mention.entity = entities.get(p)?.entity.id ?? "";
  writeMentions(resolved, entities);
  const found = [...new Set([...entities.values()].map((e) => e.entity))];
  return [...found, ...linkOtherNames(articles, found, ids)];
}

interface NameMention {
  article: ReportArticle;
  mention: Mention;
}

/** The people the tagger found, full names first so that a surname alone finds its first name. */
function registerNames(articles: ReportArticle[], people: Person[]): Map<NameMention, Person> {
  const out = new Map<NameMention, Person>();
  const mentions = articles.flatMap((article) =>
    article.entities.filter((m) => m.type === "person").map((mention) => ({ article, mention })),
  );
  for (const full of [true, false])
    for (const m of mentions) {
      const words = m.mention.text.split(/\s+/);
      if (words.length > 4 || words.length > 1 !== full) continue;
      const p =
        byFirstName(words, m.mention.text, m.article.text, people) ??
        namedPerson(words, null, null, m.mention.text, m.article.text, people) ??
        lone(words, m.mention.text, people);
      out.set(m, p);
      if (reportsSpeech(m.article.text, m.mention)) p.speaks = true;
    }
  return out;
}

// "Doug Penhallow, a neighbour, said the lights…" and "said Doug Penhallow": a
// person reported as speaking without a quotation mark is a speaker too, so a
// pronoun quoted after him points at him, not at the last person quoted.
const SPEECH_AFTER = new RegExp(`^(?:,[^,.;:"“”]{1,80},|,)?\\s+(?:${CUE_VERBS})\\b`);
const SPEECH_BEFORE = new RegExp(`\\b(?:${CUE_VERBS}|according to)\\s+$`);

function reportsSpeech(text: string, m: Mention): boolean {
  return (
    SPEECH_AFTER.test(text.slice(m.end, m.end + 120)) ||
    SPEECH_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))
  );
}

/** "Walter said" in an article about Walter Pennock: a first name alone is the one person this article names so. */
function byFirstName(words: string[], written: string, text: string, people: Person[]): Person | undefined {
  if (words.length !== 1) return undefined;
  const word = words[0] as string;
  const named = people.filter(
    (p) => p.type === "person" && p.first === word && text.includes(`${word} ${p.surname}`),
  );
  if (named.length !== 1) return undefined;
  named[0]?.forms.add(written);
  return named[0];
}

/** A surname the tagger calls a person, with no first name anywhere: a person known by it alone. */
function lone(words: string[], written: string, people: Person[]): Person {
  const surname = words[words.length - 1] as string;
  let p = people.find((x) => x.type === "person" && x.surname === surname && x.first === null);
  if (!p) {
    p = {
      type: "person",
      first: null,
      surname,
      forms: new Set(),
      roles: new Map(),
      gender: null,
      speaks: false,
    };
    people.push(p);
  }
  p.forms.add(written);
  return p;
}

function readArticle(
  a: ReportArticle,
  people: Person[],
  names: Map<string, Person | undefined>,
  resolved: Resolved[],
  pending: { article: ReportArticle; quote: number; role: string }[],
  namedHere: Person[],
): void {
  const here: { at: number; person: Person }[] = [];
  a.quotes.forEach((q, i) => {
    if (!q.speakerText || q.speakerStart === null) return;
    const form = readSpeaker(q.speakerText);
    if (!form) return;
    let person: Person | undefined;
    if (form.kind === "named" || form.kind === "organization") person = names.get(`${a.id}#${i}`);
    else if (form.kind === "pronoun")
      person = nearestBefore(
        here,
        a.entities,
        a.text,
        q.speakerStart,
        form.gender,
        people,
        Math.min(q.start, q.speakerStart),
      );
    else if (form.kind === "body") person = bodyBefore(a, q.speakerStart, people);
    // "the harbourmaster": the one person quoted so far with that role, else the one this article names so.
    else {
      const quoted = here.map((h) => h.person).filter((p) => p.type === "person");
      person =
        byRole(form.role, quoted, a.text) ??
        byRole(
          form.role,
          namedHere.filter((p) => p.type === "person"),
          a.text,
        );
    }
    if (!person && form.kind === "described") pending.push({ article: a, quote: i, role: form.role });
    if (!person) return;
    if (person.type === "organization") {
      resolved.push({ article: a, quote: i, person });
      return;
    }
    if (form.kind === "pronoun" && form.gender && !person.gender) person.gender = form.gender;
    here.push({ at: q.speakerStart, person });
    resolved.push({ article: a, quote: i, person });
  });
  for (const p of new Set(here.map((h) => h.person))) addRoles(p, a.text);
}

function namedPerson(
  name: string[],
  role: string | null,
  gender: "m" | "f" | null,
  written: string,
  text: string,
  people: Person[],
): Person | undefined {
  const surname = name[name.length - 1] as string;
  // The word before the surname: "Attendant Gary Whitlock" and "Prof. Hollis Granger" are Gary and Hollis.
  let first = name.length > 1 ? (name[name.length - 2] as string) : firstNameIn(text, surname);
  // A lone capitalized word with no title, honorific or first name may be a country or a company.
  if (!first && !role && !gender && !people.some((p) => p.surname === surname && p.first)) return undefined;
  if (first && !FIRST_NAME.test(first)) first = null;
  let p = people.find(
    (x) =>
      x.type === "person" &&
      x.surname === surname &&
      (x.first === null || first === null || x.first === first),
  );
  if (!p) {
    p = { type: "person", first, surname, forms: new Set(), roles: new Map(), gender, speaks: false };
    people.push(p);
  }
  if (first && !p.first) p.first = first;
  if (gender && !p.gender) p.gender = gender;
  p.forms.add(written);
  if (role) addRole(p, role);
  return p;
}

/** A body that speaks ("the Banking Standards Commission said"): one entity per name. */
function organization(name: string, people: Person[]): Person {
  const known = people.find((p) => p.type === "organization" && p.surname === name);
  if (known) return known;
  const org: Person = {
    type: "organization",
    first: null,
    surname: name,
    forms: new Set(),
    roles: new Map(),
    gender: null,
    speaks: false,
  };
  people.push(org);
  return org;
}

/** "Denys Shmyhal" in the text gives "Mr Shmyhal" his first name. */
function firstNameIn(text: string, surname: string): string | null {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const m of text.matchAll(new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+)[ \\t]+${escaped}\\b`, "gu"))) {
    const w = m[1] as string;
    if (/-\p{Ll}/u.test(w) || /['’]s$/.test(w)) continue; // nor is "River's" in "the River's Redhollow" // "Kingsreach-based Oakhurst" names a place, not a first name
    if (!isTitleWord(w) && !isHonorific(w) && !/^(?:The|A|An)$/.test(w)) return w;
  }
  return null;
}

/**
 * The person a pronoun points at: whoever was named or quoted last before it,
 * gender permitting ("Joel Haddad, a researcher, said …" then "he said").
 */
function nearestBefore(
  here: { at: number; person: Person }[],
  mentions: readonly Mention[],
  text: string,
  at: number,
  gender: "m" | "f" | null,
  people: Person[],
  quoteStart: number = at,
): Person | undefined {
  const genderFits = (p: Person) => {
    const known = p.gender ?? firstNameGender(p.first);
    return p.type === "person" && !(gender && known && known !== gender);
  };
  const fits = (p: Person) => genderFits(p) && p.speaks;
  // "Lorna Shaw and her husband left… “We grabbed the dog,” she said.": a person the quote's own
  // paragraph names before it is a candidate, though quoted nowhere else; so is one the paragraph
  // before names, when the quote opens its own (a scrape's lines are paragraphs).
  const paragraphStart = quoteParagraphReach(text, quoteStart);
  let best: Person | undefined;
  let bestAt = -1;
  for (const h of here) {
    if (h.at < at && h.at > bestAt && fits(h.person)) {
      best = h.person;
      bestAt = h.at;
    }
  }
  const before = text.slice(0, at);
  for (const p of people) {
    if (!genderFits(p)) continue;
    const found = lastMentionOf(p, before, mentions);
    // Only as the subject opening a sentence, and not one named inside the quotation itself
    // ("“Emeka is happy,” he said").
    if (!fits(p) && (found < paragraphStart || found >= quoteStart || !subjectOfSentence(text, found, p)))
      continue;
    if (
      found > bestAt &&
      !/\p{L}/u.test(before.charAt(found - 1)) &&
      !insideReportedSpeech(text, found, p.surname)
    ) {
      best = p;
      bestAt = found;
    }
  }
  // "A spokeswoman for the board said … “…,” she said": the pronoun is the one just described, not a name before.
  const described = describedSpeakerAt(text, paragraphStart, quoteStart);
  if (described > bestAt) return undefined;
  return best;
}

/** Where the paragraph a pronoun may look back into starts: the quote's own, or the one before when the quote opens it. */
function quoteParagraphReach(text: string, quoteStart: number): number {
  const own = text.lastIndexOf("\n\n", quoteStart);
  if (own < 0) return 0;
  if (/\S/u.test(text.slice(own, quoteStart).replace(/["“”'‘’«»]/g, ""))) return own + 1;
  return text.lastIndexOf("\n\n", own - 1) + 1;
}

/**
 * The last place before the quote that names the person by surname, skipping
 * the surname inside another name ("Kell" of "Kell Water Authority" is not
 * "Lower Kell"). -1 when there is none.
 */
function lastMentionOf(p: Person, before: string, mentions: readonly Mention[]): number {
  let found = before.lastIndexOf(p.surname);
  while (found >= 0) {
    const inside = mentions.find((m) => m.start <= found && found < m.end);
    const own =
      !inside ||
      inside.text === p.surname ||
      (inside.type === "person" &&
        inside.text.endsWith(p.surname) &&
        (!p.first || inside.text.includes(p.first)));
    if (own) return found;
    found = found > 0 ? before.lastIndexOf(p.surname, found - 1) : -1;
  }
  return -1;
}

const CUE_IN_SENTENCE = new RegExp(`\\b(?:${CUE_VERBS})\\b`);
const INVERTED = new RegExp(`\\b(?:${CUE_VERBS})\\s+$`);

/**
 * "The agent, Jo Brant, said Ade Ross was not involved": a name inside what
 * someone else is reported to have said is not the one speaking, so a
 * pronoun after it goes back past it. "…, said Ade Ross." is Ross speaking.
 */
function insideReportedSpeech(text: string, at: number, name: string): boolean {
  // The sentence up to the name: from the last sentence end within reach (no sentence is longer).
  const sentence =
    text
      .slice(Math.max(0, at - 400), at)
      .split(/[.!?]["”’]?\s+|\n/)
      .at(-1) ?? "";
  if (!CUE_IN_SENTENCE.test(sentence)) return false;
  const after = text.slice(at + name.length, at + name.length + 2);
  return !(INVERTED.test(sentence) && /^(?:[,.;:!?]|$)/.test(after));
}

const SENTENCE_START = /(?:^|[.!?]["”’]?\s+|\n)$/;
// What may stand before a sentence's subject name: its titles ("Mayor", "Port official"), or a role it is in apposition to.
const TITLES_BEFORE = /^(?:(?:the|a|an)\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/iu;
const APPOSED_TO = /^(?:the|a|an|her|his|their|its)\s+[^,.;:!?"“”]{1,40},\s*$/iu;
const VERB_LIKE = /(?:ed|ing)$/i;
const CUE_WORD = new RegExp(`^(?:${CUE_VERBS})$`, "i");

/**
 * Whether the person's mention at `at` (by surname) is the subject its sentence
 * opens with: the name first ("Rosa Delgado toured"), after its titles ("Mayor
 * Rosa Delgado toured", "Port official Bram Okafor said"), or in apposition to
 * it ("The coach, Sunniva Haugland, had other ideas").
 */
function subjectOfSentence(text: string, at: number, p: Person): boolean {
  const start =
    p.first && text.slice(Math.max(0, at - p.first.length - 1), at) === `${p.first} `
      ? at - p.first.length - 1
      : at;
  const from = Math.max(0, start - 80);
  const before = text.slice(from, start);
  const opening = [...before.matchAll(/(?:^|[.!?]["”’]?\s+|\n)/g)].at(-1);
  if (!opening || (opening.index === 0 && from > 0 && !SENTENCE_START.test(text.slice(0, from))))
    return false;
  const prefix = before.slice((opening.index ?? 0) + opening[0].length);
  if (prefix === "") return true;
  if (APPOSED_TO.test(prefix)) return /^,/.test(text.slice(at + p.surname.length));
  if (!TITLES_BEFORE.test(prefix)) return false;
  const words = prefix.trim().split(/\s+/);
  return words.every((w) => /^\p{Lu}/u.test(w) || !(VERB_LIKE.test(w) || CUE_WORD.test(w)));
}

// A speaker described, not named, as the subject of a sentence that reports speech: "A spokeswoman for the board said".
const DESCRIBED_SUBJECT = new RegExp(
  `(?:^|[.!?]["”’]?\\s+|\\n)(?:A|An|The)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:spokes(?:wo)?man|spokesperson|representative|official|officer|source|witness|resident|neighbou?r)\\b(?:\\s+(?:for|of|at|from|with)\\s+[^.!?"“”]{1,60}?)?,?\\s+(?:${CUE_VERBS})\\b`,
  "gu",
);

/** Where the last sentence of the paragraph before the quote opens with a described speaker, or -1. */
function describedSpeakerAt(text: string, paragraphStart: number, quoteStart: number): number {
  const span = text.slice(paragraphStart, quoteStart);
  const last = [...span.matchAll(DESCRIBED_SUBJECT)].at(-1);
  return last ? paragraphStart + (last.index ?? 0) : -1;
}

/** The company an "it said" or "the company said" refers back to: the body named last before it. */
function bodyBefore(a: ReportArticle, at: number, people: Person[]): Person | undefined {
  const last = a.entities.filter((m) => m.type === "organization" && m.end <= at).at(-1);
  return last ? organization(last.text, people) : undefined;
}

/** The one person known here whose role (as the text gives it) names the described speaker's role. */
function byRole(role: string, candidates: Person[], text: string): Person | undefined {
  const head = roleHead(role);
  const matching = [...new Set(candidates)].filter((p) => {
    addRoles(p, text);
    return [...p.roles.keys()].some((r) => roleHead(r) === head);
  });
  return matching.length === 1 ? matching[0] : undefined;
}

/** The noun a role is: "governor" of "governor of Kell", "engineer" of "chief engineer at the authority". */
function roleHead(role: string): string {
  const noun = role.toLowerCase().split(/\s+(?:of|for|at|in|from|with|to|on)\s+|,/)[0] as string;
  return noun.trim().split(/\s+/).pop() ?? "";
}

/** A described speaker left open in its article takes the one person of its story with that role. */
function resolveByStory(
  pending: { article: ReportArticle; quote: number; role: string }[],
  stories: readonly { articles: string[] }[],
  articles: ReportArticle[],
  resolved: Resolved[],
): void {
  const storyOf = new Map<string, Set<string>>();
  for (const s of stories) for (const id of s.articles) storyOf.set(id, new Set(s.articles));
  for (const p of pending) {
    const members = storyOf.get(p.article.id) ?? new Set([p.article.id]);
    const candidates = resolved.filter((r) => members.has(r.article.id)).map((r) => r.person);
    const texts = articles.filter((a) => members.has(a.id)).map((a) => a.text);
    for (const c of candidates) for (const t of texts) addRoles(c, t);
    const person = byRole(p.role, candidates, "");
    if (person) resolved.push({ article: p.article, quote: p.quote, person });
  }
}

function addRoles(p: Person, text: string): void {
  const full = p.first ? `${p.first} ${p.surname}` : p.surname;
  for (const role of appositionRoles(text, full)) addRole(p, role);
}

function addRole(p: Person, role: string): void {
  const key = role.toLowerCase();
  const known = p.roles.get(key);
  // Keep the capitalized spelling: "Secretary of State" over "secretary of state".
  if (!known || (/^\p{Lu}/u.test(role) && !/^\p{Lu}/u.test(known))) p.roles.set(key, role);
}

interface Canonical {
  entity: Entity;
}

/** People with the same surname and no conflicting first name are one person; ids from the full name. */
function canonical(people: Person[], ids: Set<string>): Map<Person, Canonical> {
  const out = new Map<Person, Canonical>();
  const bySurname = new Map<string, Person[]>();
  for (const p of people) {
    const key = `${p.type}:${spellingKey(p.surname)}`;
    bySurname.set(key, [...(bySurname.get(key) ?? []), p]);
  }
  for (const group of bySurname.values()) {
    const firsts = [...new Set(group.map((p) => p.first).filter((f): f is string => !!f))];
    const clusters = firsts.length ? firsts.map((f) => group.filter((p) => p.first === f)) : [group];
    // Surname-only mentions join the one full name that carries the surname, else stand alone.
    const bare = group.filter((p) => !p.first);
    if (firsts.length === 1) clusters[0]?.push(...bare);
    else if (firsts.length > 1 && bare.length) clusters.push(bare);
    for (const cluster of clusters) {
      const first = cluster.find((p) => p.first)?.first ?? null;
      const surname = (cluster[0] as Person).surname;
      const name = first ? `${first} ${surname}` : surname;
      const roles = new Map<string, string>();
      for (const p of cluster) for (const [k, r] of p.roles) if (!roles.has(k)) roles.set(k, r);
      const entity: Entity = {
        id: uniqueId(ids, `${(cluster[0] as Person).type === "person" ? "p" : "o"}-${slug(name)}`),
        name,
        type: (cluster[0] as Person).type,
        aliases: [...new Set(cluster.flatMap((p) => [...p.forms]))].filter((f) => f !== name).sort(),
        roles: [...roles.values()].filter(
          (r) => ![...roles.keys()].some((k) => k !== r.toLowerCase() && k.endsWith(` ${r.toLowerCase()}`)),
        ),
      };
      // Every role as written, the shorter ones too: outlets that differ on a title are listed apart (role-sources.ts).
      if (roles.size) entity.roleSources = [...roles.values()].map((role) => ({ role, articles: [] }));
      for (const p of cluster) out.set(p, { entity });
    }
  }
  return out;
}

/**
 * Transliterations differ by a doubled letter ("Zelenskyy", "Zelensky"; "Gaddafi",
 * "Gadafi"): long surnames that differ only so are one name. Short ones are left
 * alone, where a doubled letter tells names apart ("Hall", "Hal").
 */
const spellingKey = (surname: string): string => {
  const plain = surname
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  return plain.length >= 6 ? plain.replace(/(\p{L})\1+/gu, "$1") : plain;
};

function uniqueId(ids: Set<string>, base: string): string {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

/** Letters that no accent-stripping turns into plain ones: "Brøndum" → "brondum", "Weiß" → "weiss". */
const PLAIN_LETTERS: Record<string, string> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ł: "l",
  þ: "th",
  ð: "d",
  ı: "i",
};

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[øæœßđłþðı]/g, (c) => PLAIN_LETTERS[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function writeMentions(resolved: Resolved[], entities: Map<Person, Canonical>): void {
  const byArticle = new Map<ReportArticle, Mention[]>();
  for (const r of resolved) {
    const id = entities.get(r.person)?.entity.id;
    const q = r.article.quotes[r.quote];
    if (!id || !q || q.speakerStart === null || q.speakerEnd === null || !q.speakerText) continue;
    q.speaker = id;
    const list = byArticle.get(r.article) ?? byArticle.set(r.article, []).get(r.article) ?? [];
    if (!list.some((m) => m.start === q.speakerStart))
      list.push({
        text: q.speakerText,
        start: q.speakerStart,
        end: q.speakerEnd,
        type: r.person.type,
        entity: id,
      });
  }
  for (const [a, list] of byArticle) a.entities = withSpeakers(a.entities, list);
}

/**
 * A speaker as written ("Secretary of State Jane Doe") may hold a name the
 * tagger found ("Jane Doe"): the name stays if it is the same entity; a
 * tagged name that the speaker reading contradicts gives way to it.
 */
function withSpeakers(names: Mention[], speakers: Mention[]): Mention[] {
  const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;
  const added = speakers.filter((s) => !names.some((n) => overlaps(n, s) && n.entity === s.entity));
  const kept = names.filter((n) => !added.some((s) => overlaps(n, s)));
  return [...kept, ...added].sort((x, y) => x.start - y.start || x.end - y.end);
}

interface OtherName {
  forms: Map<string, number>;
  types: Map<Mention["type"], number>;
  mentions: Mention[];
}

/** Organizations, places, other names and unread person names, one entity per key; a speaking organization keeps its entity. */
function linkOtherNames(articles: ReportArticle[], known: Entity[], ids: Set<string>): Entity[] {
  const groups = new Map<string, OtherName>();
  const fullForms = bodiesByShortForm(articles);
  for (const a of articles)
    for (const m of a.entities) {
      // People have their entities by now, bar a name too long to read as one person's: it stands alone.
      if (m.entity) continue;
      const key = (m.type === "organization" && fullForms.get(nameKey(m.text))) || nameKey(m.text);
      const g: OtherName = groups.get(key) ?? { forms: new Map(), types: new Map(), mentions: [] };
      groups.set(key, g);
      g.forms.set(m.text, (g.forms.get(m.text) ?? 0) + 1);
      g.types.set(m.type, (g.types.get(m.type) ?? 0) + 1);
      g.mentions.push(m);
    }
  const speaking = new Map(
    known
      .filter((e) => e.type !== "person")
      .map((e) => [(e.type === "organization" && fullForms.get(nameKey(e.name))) || nameKey(e.name), e]),
  );
  const out: Entity[] = [];
  for (const [key, g] of groups) {
    // A body is named in full even where its short form is the more frequent.
    const name = [...g.forms.keys()].find((f) => nameKey(f) === key) ?? mostFrequent(g.forms);
    let entity = speaking.get(key);
    if (!entity) {
      const type = mostFrequent(g.types);
      entity = { id: uniqueId(ids, `${PREFIX[type]}-${slug(name)}`), name, type, aliases: [], roles: [] };
      out.push(entity);
    }
    const aliases = new Set([...entity.aliases, ...g.forms.keys()]);
    aliases.delete(entity.name);
    entity.aliases = [...aliases].sort();
    for (const m of g.mentions) {
      m.entity = entity.id;
      m.type = entity.type;
    }
  }
  return out;
}

/**
 * "Halvorsen" where the corpus names "Halvorsen Pharma": a body's short form
 * is its name without the company word, when only one body has that short form.
 */
function bodiesByShortForm(articles: ReportArticle[]): Map<string, string> {
  const full = new Map<string, Set<string>>();
  for (const a of articles)
    for (const m of a.entities) {
      const words = m.text.split(/\s+/);
      if (m.type !== "organization" || words.length < 2 || !isOrganizationWord(words.at(-1) as string))
        continue;
      const short = nameKey(words.slice(0, -1).join(" "));
      full.set(short, (full.get(short) ?? new Set()).add(nameKey(m.text)));
    }
  return new Map([...full].filter(([, f]) => f.size === 1).map(([short, f]) => [short, [...f][0] as string]));
}

const PREFIX = { person: "p", organization: "o", location: "l", other: "x" } as const;

/** The most frequent key; the first seen wins a tie. */
function mostFrequent<K>(counts: Map<K, number>): K {
  let best: K | undefined;
  let n = -1;
  for (const [k, c] of counts)
    if (c > n) {
      best = k;
      n = c;
    }
  return best as K;
}
