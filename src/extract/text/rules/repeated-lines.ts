import { normalizeLine, type Pass } from "../line.js";

/** A line the scraper kept twice: the later copy goes. */
export const repeatedLines: Pass = {
  id: "repeated-lines",
  run(lines) {
    const seen = new Set<string>();
    for (const line of lines) {
      const key = normalizeLine(line.text);
      if (key === "") continue;
      if (seen.has(key) && !line.drop) {
        line.drop = { rule: "repeated-line", reason: "repeats an earlier line (scraper duplicate)" };
      }
      seen.add(key);
    }
  },
};
