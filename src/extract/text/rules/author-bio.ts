import { type Pass, wordCount } from "../line.js";

// "Jo Marsh is a senior reporter covering transport. Follow her on X.": the
// writer's biography that closes an article. Only among the last lines, or
// naming the byline's author: inside a story, "Ana Ruiz is a reporter who…"
// may be the news itself.
const BIO =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:is|was|has been)\s+(?:a|an|the)\s+[^.]{0,80}?\b(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|photographer|critic)s?\b|^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:covers|reports on|writes about)\s+[^.]{2,80}\bfor\s+\p{Lu}/u;
const LAST_LINES = 2;
const MAX_BIO_WORDS = 60;

export const authorBio: Pass = {
  id: "author-bio",
  run(lines, meta) {
    const live = lines.filter((l) => !l.drop);
    live.forEach((line, i) => {
      const found = BIO.exec(line.text);
      const name = found?.[1] ?? found?.[2];
      if (!name || wordCount(line.text) > MAX_BIO_WORDS) return;
      const last = i >= live.length - LAST_LINES;
      if (last || meta.byline?.toLowerCase().includes(name.toLowerCase()))
        line.drop = { rule: "author-bio", reason: "the writer's biography" };
    });
  },
};
