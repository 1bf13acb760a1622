import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { namesEverySpecific } from "../../src/language/index.js";

describe("who a summary sentence cites", () => {
  it("asks a citing article to name the sentence's names and state its figures", () => {
    const article =
      "Seven workers were killed when part of a copper mine run by Canada's Northbeck Resources collapsed. The 22-year-old driver was hurt.";
    expect(
      namesEverySpecific("A Canadian company, Northbeck Resources, said seven workers died.", article),
    ).toBe(true);
    expect(namesEverySpecific("The driver, 22, was hurt.", article)).toBe(true);
    // A name written in lower case elsewhere still counts: "the river" for the Tell River's word.
    expect(
      namesEverySpecific(
        "Homes along the Tell River were flooded.",
        "Homes along the Tell were flooded by the river.",
      ),
    ).toBe(true);
    expect(namesEverySpecific("He told local station Radio Tambaya of the warnings.", article)).toBe(false);
    expect(namesEverySpecific("The mine employs about 1,400 people.", article)).toBe(false);
  });

  it("cites only the outlets that state a sentence's names and figures, however close their words", async () => {
    const union =
      "The head of the miners' union, Eusebio Marca, told local radio station Radio Tambaya that workers had warned the company about cracks in the gallery three weeks ago.";
    const report = await analyze({
      records: [
        {
          id: "wire",
          outlet: "Andes Wire",
          published: "2027-03-23",
          text: `Seven workers were killed when part of the Cerro Alto copper mine in Peru collapsed late on Sunday, its owner said.\n\n${union}\n\nRescue teams worked through the night.`,
        },
        {
          id: "paper",
          outlet: "Goldfields Sentinel",
          published: "2027-03-24",
          text: "Seven workers were killed when part of the Cerro Alto copper mine in Peru collapsed late on Sunday, its owner said.\n\nThe head of the miners' union, Eusebio Marca, said workers had warned the company about cracks in the gallery weeks ago.\n\nRescue teams worked through the night.",
        },
      ],
    });
    const summary = report.stories[0]?.summary ?? [];
    expect(summary.find((s) => s.text === union)?.sources).toEqual(["wire"]);
    expect(summary.find((s) => s.text.startsWith("Seven workers"))?.sources.sort()).toEqual([
      "paper",
      "wire",
    ]);
  });

  it("leaves out of the summary a figure more outlets give otherwise than state it", async () => {
    const lead =
      "A weekly malaria pill cut hospital admissions among young children by 41 percent in a large trial in Kenya.";
    const followed = "The study followed 4,812 children in Ndalani County.";
    const enrolled =
      "The trial enrolled 6,200 children under five in Ndalani County and compared the weekly pill with a placebo.";
    const report = await analyze({
      records: [followed, "Researchers followed 4,812 children in the county for two years.", enrolled].map(
        (second, i) => ({
          id: `a${i}`,
          outlet: `Outlet ${i}`,
          published: "2027-05-06",
          text: `${lead}\n\n${second}\n\nDoctors said the results were encouraging.`,
        }),
      ),
    });
    const story = report.stories[0];
    expect(story?.discrepancies.map((d) => d.claims.map((c) => c.value))).toEqual([
      ["4,812 children", "6,200 children"],
    ]);
    const texts = story?.summary.map((s) => s.text) ?? [];
    expect(texts).toContain(followed);
    expect(texts).not.toContain(enrolled);
  });
});
