import type { QuoteMention } from "../../report/index.js";
import { type Attribution, attribute, attributeIntro } from "./attribute.js";
import { type QuotedSpan, quotedSpans } from "./spans.js";

/** Under this many words, marks without a cue are scare quotes, titles or names, not speech. */
const MIN_UNCUED_WORDS = 4;
const PARAGRAPH = /[^\n]+/g;
/** Text before an opening mark that ends on a word: the quote continues the writer's sentence. */
const EMBEDDED = /[\p{L}\d%’')]\s*$/u;

/**
 * Direct quotes of a text: the words inside quotation marks, with the speaker
 * as written and the cue verb when a cue shows them. A quote that runs on
 * into the next paragraph, and the second half of `"A," she said, "B."`,
 * take the speaker of the quote they continue. The canonical speaker (an
 * entity id) is left null until the entity registry exists.
 */
export function findQuotes(text: string): QuoteMention[] {
  const out: QuoteMention[] = [];
  let carried: (Attribution & { base: number }) | undefined;
  for (const m of text.matchAll(PARAGRAPH)) {
    const paragraph = m[0];
    const base = m.index;
    const spans = quotedSpans(paragraph);
    const continues = carried && /^\s*[“"«]/.test(paragraph);
    if (!continues) carried = undefined;
    let previous: (Attribution & { base: number }) | undefined = continues ? carried : undefined;
    carried = undefined;
    for (const q of spans) {
      if (isScareQuote(paragraph, q)) continue;
      const own = attribute(paragraph, q.open, q.close) ?? introducedBefore(text, base, q.open, paragraph);
      const who = own ? { ...own, base } : previous;
      if (!who && !standsAlone(paragraph, q)) continue;
      out.push({
        text: paragraph.slice(q.start, q.end),
        start: base + q.start,
        end: base + q.end,
        speaker: null,
        speakerText: who?.speakerText ?? null,
        speakerStart: who ? who.base + who.speakerStart : null,
        speakerEnd: who ? who.base + who.speakerEnd : null,
        cue: who?.cue ?? null,
      });
      if (who) previous = who;
      if (q.runsOn && who) carried = who;
    }
  }
  return out;
}

// "the so-called “green corridor”", "what critics call a “ghost town”", "the “airport novel” label": a borrowed
// phrase, not speech, whoever the sentence says spoke.
const BORROWED_BEFORE =
  /\b(?:so-called|so called|dubbed|nicknamed|known as|the (?:term|phrase|word|label|slogan))\s*$/i;
const NAMED_AFTER =
  /^[\s,]*(?:label|labels|tag|term|phrase|slogan|brand|category|genre|nickname|moniker|tagline|scheme|plan|policy|programme|program|project|initiative|campaign|zone|strategy)\b/i;
/** A borrowed phrase is short: a longer quotation after "so-called" is still someone's words. */
const MAX_BORROWED_WORDS = 6;

function isScareQuote(paragraph: string, q: QuotedSpan): boolean {
  const words = paragraph.slice(q.start, q.end).trim().split(/\s+/).filter(Boolean).length;
  if (words > MAX_BORROWED_WORDS) return false;
  return BORROWED_BEFORE.test(paragraph.slice(0, q.open)) || NAMED_AFTER.test(paragraph.slice(q.close));
}

/**
 * Whether quoted words nobody is said to speak are speech rather than a scare
 * quote, a title or a name: enough words, ending like a sentence or clause when
 * short, and not set inside a sentence of the writer's own ("he lost his son when
 * “…”", "the so-called “…”"), where even long quoted words are the writer's borrowing.
 */
function standsAlone(paragraph: string, q: QuotedSpan): boolean {
  const quoted = paragraph.slice(q.start, q.end).trim();
  const words = quoted.split(/\s+/).filter(Boolean).length;
  if (words < MIN_UNCUED_WORDS) return false;
  if (words < MIN_UNCUED_WORDS * 2 && !/[.!?,]$/.test(quoted)) return false;
  return !EMBEDDED.test(paragraph.slice(0, q.open));
}

/**
 * A block quote opening its paragraph, introduced at the end of the paragraph
 * before ("He said:", "The ministry said in a statement,"). Offsets come back
 * relative to this paragraph's start, pointing into the previous one.
 */
function introducedBefore(
  text: string,
  base: number,
  open: number,
  paragraph: string,
): Attribution | undefined {
  if (paragraph.slice(0, open).trim() !== "") return undefined;
  const before = text.slice(0, base).replace(/\s+$/, "");
  if (!/[:,]$/.test(before)) return undefined;
  const lineStart = before.lastIndexOf("\n") + 1;
  const intro = attributeIntro(before.slice(lineStart));
  if (!intro) return undefined;
  const shift = lineStart - base;
  return { ...intro, speakerStart: intro.speakerStart + shift, speakerEnd: intro.speakerEnd + shift };
}
