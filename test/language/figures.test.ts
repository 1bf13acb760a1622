import { describe, expect, it } from "vitest";
import { disagreeOnFigures } from "../../src/language/index.js";

describe("sentences that disagree on a figure or a day", () => {
  it("disagree when each gives, for the same kind of thing, a value the other does not", () => {
    expect(
      disagreeOnFigures(
        "A ferry carrying 212 people ran aground on Sunday, leaving three passengers hurt.",
        "Three people were hurt when a ferry with 214 passengers ran aground.",
      ),
    ).toBe(true);
    expect(disagreeOnFigures("The court ruled on Thursday.", "The court ruled on Wednesday.")).toBe(true);
    expect(disagreeOnFigures("The fire broke out at 7:40 p.m.", "The first call came at 7:41 p.m.")).toBe(
      true,
    );
    expect(disagreeOnFigures("The $1.4 billion dam", "The $1.2 billion dam")).toBe(true);
  });

  it("agree when one only adds a figure, or the figures measure different things", () => {
    expect(disagreeOnFigures("Profits rose 5% to $20 million.", "Profits rose 5%.")).toBe(false);
    expect(disagreeOnFigures("the $1.4 billion dam", "the 310-foot dam")).toBe(false);
    expect(disagreeOnFigures("twenty-one people died", "21 people died")).toBe(false);
    expect(disagreeOnFigures("3,400 homes lost power", "3400 homes lost power")).toBe(false);
    expect(disagreeOnFigures("six of its 41 bus routes ran", "six bus routes ran")).toBe(false);
    expect(
      disagreeOnFigures("The panel ruled 3-0; about 340 wells", "The three-judge panel was unanimous"),
    ).toBe(false);
    // "one" is mostly a pronoun: "no one" says no number.
    expect(disagreeOnFigures("No one was badly hurt.", "Two were hurt.")).toBe(false);
  });
});
