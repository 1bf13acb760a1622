import { isKnownFirstName } from "../gender.js";
import type { NameSpan } from "./repair.js";

// Surname particles written in lower case: "Ana de la Cruz", "Henk van der Berg", "Karim bin Salah".
// The tagger reads a lower-case word as the end of a name and keeps only the part after it.
const PARTICLES = "(?:de|del|della|der|den|di|da|du|dos|das|do|la|le|van|von|ten|ter|bin|ibn|al|el|y)";
const PARTICLE_RUN = `${PARTICLES}(?:\\s+${PARTICLES}){0,2}`;
const BETWEEN = new RegExp(`^\\s+${PARTICLE_RUN}\\s+$`, "u");
const FIRST_BEFORE = new RegExp(`(?:^|[\\s(“"])(\\p{Lu}[\\p{L}'’-]+)\\s+${PARTICLE_RUN}\\s+$`, "u");
// Capitalized before a particle but no first name: "The" opening a sentence, a title, a place word.
const NOT_A_FIRST_NAME =
  /^(?:The|A|An|This|That|In|At|On|Of|For|From|By|With|Director|Chair|Board|Minister|President|Mayor|Judge|Sheikh|King|Queen|Prince|Emir)$/;

/** A person's name around its particles as one name: the parts the tagger found, or the first name it left. */
export function joinParticles(spans: NameSpan[], text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    // The part after the particles may be typed anything ("Saleh" a place): a person's first name before decides.
    if (
      prev &&
      (prev.type === "PER" || (s.type === "PER" && prev.type === "MISC")) &&
      BETWEEN.test(text.slice(prev.end, s.start))
    ) {
      out[out.length - 1] = {
        type: "PER",
        start: prev.start,
        end: s.end,
        text: text.slice(prev.start, s.end),
      };
      continue;
    }
    const before = FIRST_BEFORE.exec(text.slice(Math.max(prev?.end ?? 0, s.start - 40), s.start));
    const first = before?.[1];
    // Before a part typed a person, any capitalized word may be the first name; before another, a known given name.
    const firstName =
      !!first && !NOT_A_FIRST_NAME.test(first) && (s.type === "PER" || isKnownFirstName(first));
    if (before && first && firstName) {
      const start = s.start - (before[0].length - before[0].indexOf(first));
      out.push({ type: "PER", start, end: s.end, text: text.slice(start, s.end) });
      continue;
    }
    out.push(s);
  }
  return out;
}
