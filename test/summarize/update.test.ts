import { describe, expect, it } from "vitest";
import { loadLanguageTools, splitSentences } from "../../src/language/index.js";
import { summarize } from "../../src/summarize/index.js";

const tools = loadLanguageTools();
const article = (id: string, outlet: string, text: string) => ({
  id,
  outlet,
  text,
  sentences: splitSentences(text, tools),
  duplicateOf: null,
});

const OLD = "The city council voted on Monday to close the Riverside swimming pool for a two-year rebuild.";
const NEW = "Contractors said on Friday that demolition of the pool building would begin next week.";
const articles = [
  article(
    "a",
    "Valley Post",
    `${OLD} ${NEW} Swimmers will use the school pool in the meantime, officials said.`,
  ),
  article("b", "Evening News", `${OLD} ${NEW} The rebuild is expected to cost about four million pounds.`),
];

describe("update summaries", () => {
  it("leaves out what the reader already knows and keeps what is new", () => {
    const full = summarize(articles, 60).map((s) => s.text);
    expect(full).toContain(OLD);
    const update = summarize(articles, 60, { known: [OLD] }).map((s) => s.text);
    expect(update).not.toContain(OLD);
    expect(update).toContain(NEW);
  });
});
