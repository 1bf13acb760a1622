import { setCosine } from "../language/index.js";

/** The sentence most like the others of its group (summed word-set cosine): the plainest telling of it. */
export function central<T extends { tokens: Set<string> }>(group: readonly T[]): T {
  let best = group[0] as T;
  let bestScore = -1;
  for (const s of group) {
    const score = group.reduce((n, o) => n + (o === s ? 0 : setCosine(s.tokens, o.tokens)), 0);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}
