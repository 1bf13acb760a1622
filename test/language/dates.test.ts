import { describe, expect, it } from "vitest";
import { findDates, loadLanguageTools, splitSentences } from "../../src/language/index.js";

const tools = loadLanguageTools();
// Published on a Saturday.
const dates = (text: string, published: string | null = "2026-05-02T09:00+01:00") =>
  findDates(text, splitSentences(text, tools), published).map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    return [d.text, d.value, d.anchor];
  });

describe("dates", () => {
  it("resolves weekdays by tense: past by default, forward when the clause looks ahead", () => {
    expect(dates("On Thursday, the minister said the talks had failed.")).toEqual([
      ["Thursday", "2026-04-30", "published"],
    ]);
    expect(
      dates("The bill, which on Thursday is due to go before parliament, was signed this week."),
    ).toEqual([
      ["Thursday", "2026-05-07", "published"],
      ["this week", "2026-W18", "published"],
    ]);
    expect(dates("The agreement signed on Wednesday is expected to give investors access.")).toEqual([
      ["Wednesday", "2026-04-29", "published"],
    ]);
    expect(dates("Workers will not return until 4am on Tuesday.")).toEqual([
      ["4am on Tuesday", "2026-05-05", "published"],
    ]);
    expect(dates("The council met on Saturday to approve the plan.")).toEqual([
      ["Saturday", "2026-05-02", "published"],
    ]);
  });

  it("gives days, months, weeks and years their ISO form, and the nearest year when none is stated", () => {
    expect(dates("The parliament will vote on May 8.")).toEqual([["May 8", "2026-05-08", "published"]]);
    expect(dates("Officials met on Friday, May 1st, and again last week.")).toEqual([
      ["Friday, May 1st", "2026-05-01", "published"],
      ["last week", "2026-W17", "published"],
    ]);
    expect(dates("The plan was first proposed in March.")).toEqual([["March", "2026-03", "published"]]);
    expect(dates("Prices fell sharply in December.", "2026-01-10")).toEqual([
      ["December", "2025-12", "published"],
    ]);
    expect(dates("The bridge opened on 12 June 2019.")).toEqual([["12 June 2019", "2019-06-12", "absolute"]]);
  });

  it("leaves out durations, words with no calendar value, and relative dates of undated articles", () => {
    expect(dates("The strike will last three days and shifts run eight hours.")).toEqual([]);
    expect(dates("The situation is now calm and recently improved.")).toEqual([]);
    expect(dates("On Thursday the minister resigned; the inquiry opened on 3 March 2026.", null)).toEqual([
      ["3 March 2026", "2026-03-03", "absolute"],
    ]);
  });

  it("reads bare years, quarters, and a year word outside the month", () => {
    expect(dates("Profit in the third quarter rose, the best since 1988.")).toEqual([
      ["third quarter", "2025-Q3", "published"],
      ["1988", "1988", "absolute"],
    ]);
    expect(
      dates("Sales fell last February and again in June last year; this September looks better."),
    ).toEqual([
      ["last February", "2026-02", "published"],
      ["June", "2025-06", "published"],
      ["last year", "2025", "published"],
      ["this September", "2026-09", "published"],
    ]);
    expect(dates("The fund raised $2019 million.")).toEqual([]);
  });

  it("does not take percentages or scores for dates", () => {
    expect(dates("Turnout rose 12.53% and the home side won 3-1.")).toEqual([]);
  });
});
