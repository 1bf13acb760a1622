import { describe, expect, it } from "vitest";
import { findDates, loadLanguageTools, splitSentences } from "../../src/language/index.js";

const tools = loadLanguageTools();
// Published on a Saturday.
const dates = (text: string, published: string | null = "2026-05-02T09:00+01:00") =>
  findDates(text, splitSentences(text, tools), published).map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    return [d.text, d.value, d.anchor];
  });
// With the time references ("recently", "now") that have no calendar value.
const withReferences = (text: string, published = "2026-05-02") =>
  findDates(text, splitSentences(text, tools), published, { references: true }).map((d) => [
    d.text,
    d.reference ?? d.value,
  ]);

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
    // Counted from the fire, not from publication, and hedged: no day of its own.
    expect(dates("All were accounted for about 35 minutes after the alarm, nearly two hours later.")).toEqual(
      [],
    );
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
    // The vote's last number is no hour of the day that follows it.
    expect(dates("Councillors voted 11 to 4 on Tuesday to back the plan.")).toEqual([
      ["Tuesday", "2026-04-28", "published"],
    ]);
  });

  it("lets the tense of the clause place a month or a weekday", () => {
    // A January told in the past, in a November paper, is the one gone, not the coming one.
    expect(dates("In January, the company hired a new chief executive.", "2025-11-20")).toEqual([
      ["January", "2025-01", "published"],
    ]);
    expect(dates("In January, the company will hire a new chief executive.", "2025-11-20")).toEqual([
      ["January", "2026-01", "published"],
    ]);
    // "will" far before the month still governs its clause.
    expect(
      dates(
        "The astronaut will be named to command the station crew for a flight in December.",
        "2026-03-04",
      ),
    ).toEqual([["December", "2026-12", "published"]]);
    // A participle after an auxiliary carries no past tense, nor does an attribution after the date.
    expect(dates("Bonuses would be paid to staff in January, the board said.", "2025-11-20")).toEqual([
      ["January", "2026-01", "published"],
    ]);
    // A deadline word before "the end of" a month looks ahead.
    expect(
      dates("The change runs until the end of June and is meant to help students.", "2027-03-16"),
    ).toEqual([["end of June", "2027-06-30", "published"]]);
    // "would" reports what is to come, after a past "said".
    expect(
      dates("The company said laid-off workers would keep their health coverage through June.", "2027-01-14"),
    ).toEqual([["June", "2027-06", "published"]]);
    // A deadline word in a clause told in the past, and a weekday naming an event, look back.
    expect(dates("Twelve members had filed their reports by Wednesday.")).toEqual([
      ["Wednesday", "2026-04-29", "published"],
    ]);
    // A thousands comma does not end the clause that holds the past tense.
    expect(dates("A fundraiser had raised more than $18,000 by Monday night.")).toEqual([
      ["Monday night", "2026-04-27", "published"],
    ]);
    expect(dates("Shares climbed before Friday's announcement.")).toEqual([
      ["Friday", "2026-05-01", "published"],
    ]);
  });

  it('counts "last May" from the month before the last one', () => {
    expect(dates("The ferry sank last February.", "2026-03-10")).toEqual([
      ["last February", "2025-02", "published"],
    ]);
    expect(dates("The ferry sank last January.", "2026-03-10")).toEqual([
      ["last January", "2026-01", "published"],
    ]);
  });

  it("reads year-end as the last day of the year, and a fiscal year ended on a date as no date", () => {
    expect(dates("The deal should close by year-end.", "2026-05-02")).toEqual([
      ["year-end", "2026-12-31", "published"],
    ]);
    expect(dates("Profit for the year ended March 31 doubled.", "2026-05-02")).toEqual([
      ["March 31", "2026-03-31", "published"],
    ]);
  });

  it("keeps a coming quarter from becoming the reported one", () => {
    expect(
      dates(
        "Third-quarter profit rose 5%. The storm will cause a fourth-quarter charge. In the latest quarter, sales rose 3%.",
        "2025-10-30",
      ),
    ).toEqual([
      ["Third-quarter", "2025-Q3", "published"],
      ["fourth-quarter", "2025-Q4", "published"],
      ["the latest quarter", "2025-Q3", "published"],
    ]);
  });

  it("keeps the latest quarter named as the reported one when an earlier one is compared", () => {
    expect(
      dates(
        "Profit rose in the third quarter, after a flat second quarter. A year ago, profit was $5 million.",
        "2025-10-30",
      ),
    ).toEqual([
      ["third quarter", "2025-Q3", "published"],
      ["second quarter", "2025-Q2", "published"],
      ["A year ago", "2024-Q3", "published"],
    ]);
  });

  it("reads a half of a decade as the decade", () => {
    expect(dates("Sales stayed flat through the last half of the '70s.")).toEqual([
      ["the '70s", "197", "published"],
    ]);
  });

  it("does not take names, fractions, spans or unsized stretches for dates", () => {
    expect(dates("Sun Microsystems said its notes pay 6 1/4% and mature within a week.")).toEqual([]);
    expect(dates("The talks may resume, officials said.")).toEqual([]);
    expect(dates("The stock fell 7/8 to 31 5/8 in the weeks before the vote.")).toEqual([]);
    expect(dates("The mill closed several years ago and the town has shrunk in past years.")).toEqual([]);
    expect(dates("Sales fell short of forecasts for a second straight quarter.")).toEqual([]);
  });

  it("gives time references their kind when asked: past, present, future", () => {
    expect(
      withReferences("Rates have fallen in the last few months and the then-current plan was dropped."),
    ).toEqual([
      ["the last few months", "past"],
      ["then-current", "past"],
    ]);
    expect(withReferences("In the past two months the fund lost money; several years ago it grew.")).toEqual([
      ["several years ago", "past"],
    ]);
    expect(withReferences("The market is now calm and will recover soon.")).toEqual([
      ["now", "present"],
      ["soon", "future"],
    ]);
  });

  it("takes moments, the time, a once-something and 'a year or two' as time references", () => {
    expect(
      withReferences(
        "I would not resign at this difficult moment, he said, adding that at the time he was ill.",
      ),
    ).toEqual([
      ["this difficult moment", "present"],
      ["the time", "past"],
    ]);
    expect(
      withReferences("The store belongs to a once dominant retailer that may recover in a year or two."),
    ).toEqual([
      ["once", "past"],
      ["a year or two", "future"],
    ]);
  });

  it("leaves the week of a story unspecified and dates 'the eighth day' of something to publication", () => {
    expect(dates("Shares rose 4% for the week.")).toEqual([["the week", "2026-WXX", "published"]]);
    expect(dates("Today is the third day of the strike.")).toEqual([
      ["Today", "2026-05-02", "published"],
      ["the third day", "2026-05-02", "published"],
    ]);
  });

  it("points 'until then' and an apposed 'the day before' back at the day just named", () => {
    expect(dates("The offer expires on May 20. Until then, holders may tender their shares.")).toEqual([
      ["May 20", "2026-05-20", "published"],
      ["then", "2026-05-20", "published"],
    ]);
    expect(dates("Shares fell after April 20, the day before the vote.")).toEqual([
      ["April 20", "2026-04-20", "published"],
      ["the day before", "2026-04-20", "published"],
    ]);
  });

  it("counts years ahead only when the clause looks ahead, and reads the year left out after 'as last'", () => {
    expect(dates("The notes would be repaid in five years.")).toEqual([["five years", "2031", "published"]]);
    expect(dates("It was the first rise in five years.")).toEqual([]);
    expect(dates("Sales should be as strong this year as last.")).toEqual([
      ["this year", "2026", "published"],
      ["last", "2025", "published"],
    ]);
  });

  it("counts weeks ago back to a day, 'a week or so ago' too", () => {
    expect(dates("The envoy arrived two weeks ago, and an aide came a week or so ago.")).toEqual([
      ["two weeks ago", "2026-04-18", "published"],
      ["a week or so ago", "2026-04-25", "published"],
    ]);
  });

  it("reads a present-tense schedule ahead and 'the previous Friday' as the one before the story's Friday", () => {
    expect(dates("The two leaders meet Monday in Geneva.")).toEqual([["Monday", "2026-05-04", "published"]]);
    // Published on a Monday: "Friday" is three days back, "the previous Friday" a week before it.
    expect(dates("The index closed on Friday 2% below the previous Friday.", "2026-05-04")).toEqual([
      ["Friday", "2026-05-01", "published"],
      ["Friday", "2026-04-24", "published"],
    ]);
  });

  it("reads 'the year before' from the year just named, and gives no day to recurrences, halves of a game or a year told by its end", () => {
    expect(dates("The chamber handled 412 disputes last year, up from 350 the year before.")).toEqual([
      ["last year", "2025", "published"],
      ["the year before", "2024", "published"],
    ]);
    expect(dates("Sales rose in 2023, after falling the year before.")).toEqual([
      ["2023", "2023", "absolute"],
      ["the year before", "2022", "published"],
    ]);
    expect(dates("The market opens every Monday morning.")).toEqual([]);
    expect(dates("The essential briefing on the business of sport, every weekday morning.")).toEqual([]);
    expect(dates("He scored 17 goals in the first half of the season.")).toEqual([]);
    expect(dates("The striker equalised early in the second half.")).toEqual([]);
    expect(dates("Profit rose in the first half, the company said.")).toEqual([
      ["the first half", "2026-H1", "published"],
    ]);
    expect(dates("Revenue for the year to June 2025 rose 4 percent.")).toEqual([
      ["June 2025", "2025-06", "absolute"],
    ]);
  });

  it("reads 'the 2025 period' beside a nine-month span as that year, not the reported quarter", () => {
    expect(
      dates("Third-quarter net rose. For the first nine months, net fell from the 2025 period."),
    ).toEqual([
      ["Third-quarter", "2025-Q3", "published"],
      ["the 2025 period", "2025", "absolute"],
    ]);
  });

  it("counts a quoted today, yesterday or tomorrow from the day the words were said", () => {
    expect(dates('"Today we are signing the deal," the mayor said on Thursday.')).toEqual([
      ["Today", "2026-04-30", "published"],
      ["Thursday", "2026-04-30", "published"],
    ]);
    expect(dates("“We found the boat yesterday,” Ms Arlo told reporters Thursday.")).toEqual([
      ["yesterday", "2026-04-29", "published"],
      ["Thursday", "2026-04-30", "published"],
    ]);
    // Outside the quotation, today is the day of publication.
    expect(dates("The mayor said on Thursday that the deal would be signed today.")).toEqual([
      ["Thursday", "2026-04-30", "published"],
      ["today", "2026-05-02", "published"],
    ]);
  });

  it("reads a state set until a day, a quarter still to come and a trial date ahead, and no habit or event-relative day", () => {
    expect(dates("The governor ordered all schools closed until Wednesday.")).toEqual([
      ["Wednesday", "2026-05-06", "published"],
    ]);
    expect(dates("The road stayed closed until Wednesday.")).toEqual([
      ["Wednesday", "2026-04-29", "published"],
    ]);
    expect(dates("The merger is expected to close by the end of the fourth quarter.")).toEqual([
      ["fourth quarter", "2026-Q4", "published"],
    ]);
    expect(dates("The judge set a trial date for October.")).toEqual([["October", "2026-10", "published"]]);
    expect(dates("The minister spoke the day before the vote.")).toEqual([]);
    expect(dates("The Friday regulars filled the bar.")).toEqual([]);
  });
});
