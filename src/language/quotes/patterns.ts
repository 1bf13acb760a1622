// Pieces shared by the patterns before and after a quote.

// Up to four appositions between speaker and verb: `Jane Doe, the mayor, said`,
// `Jane Doe, 30, of Springfield, who was polled, said`.
export const APPOSITION = '(?:,[^,“”"]{1,120}){1,4},';
const PREPOSITIONS =
  "in|at|on|from|to|for|with|by|of|about|upon|after|during|into|than|toward|towards|through|across|around|over|under|near|behind|inside|outside|within|without|between|against|among";
const EITHER_CASE = PREPOSITIONS.split("|")
  .map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`)
  .join("|");
/** A speaker starts a word, and never right after a preposition: "in Springfield, Doe said" is Doe's. */
export const SPEAKER_START = `(?<![\\p{L}\\d'’.-])(?<!\\b(?:${EITHER_CASE})\\s+)`;
