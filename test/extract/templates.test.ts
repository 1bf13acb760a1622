import { describe, expect, it } from "vitest";
import { countTemplateLines, type Extraction, removeTemplateLines } from "../../src/extract/index.js";

const FOOTER = "The Harbour Courier is an independent newspaper founded by its readers in 1921.";

// Three unrelated stories of one outlet, each long enough to have text of its own.
const STORIES = [
  [
    "The county council approved a plan on Monday to reopen the coastal footpath between Aldwick and Strand Cove.",
    "Repairs to the cliff edge will cost about two hundred thousand pounds and begin in the spring.",
    "Walkers have used a diversion through farmland since a landslip closed the route three winters ago.",
  ],
  [
    "A new ferry built in Finland arrived in the harbour on Tuesday after a nine-day delivery voyage.",
    "The vessel carries up to four hundred passengers and sixty cars on the crossing to the islands.",
    "Its first scheduled sailing is planned for the start of next month once crew training ends.",
  ],
  [
    "Pupils at Quarry Lane Primary raised enough money at a summer fair to replace the school greenhouse.",
    "The old glasshouse was wrecked in a storm last autumn, and lessons on growing food had stopped.",
    "Parents baked, ran stalls and organised a sponsored swim that alone brought in over a thousand pounds.",
  ],
];

const article = (paragraphs: string[], outlet: string | null = "Harbour Courier"): Extraction => ({
  title: null,
  byline: null,
  published: null,
  modified: null,
  outlet,
  url: null,
  dateline: null,
  language: null,
  text: paragraphs.join("\n\n"),
  removed: [],
});

const learnAndClean = (articles: Extraction[]) => {
  const counts = countTemplateLines(articles);
  return articles.map((a) => removeTemplateLines(a, counts));
};

describe("outlet templates learned from the corpus", () => {
  it("drops a line three unrelated articles of one outlet share, saying why", () => {
    const out = learnAndClean(STORIES.map((p) => article([...p, FOOTER])));
    for (const a of out) {
      expect(a.text).not.toContain(FOOTER);
      expect(a.removed).toEqual([
        {
          text: FOOTER,
          rule: "outlet-template",
          reason: "recurs in 3 articles of Harbour Courier: the site's template, not news",
        },
      ]);
    }
  });

  it("needs three articles, and the same outlet", () => {
    expect(learnAndClean(STORIES.slice(0, 2).map((p) => article([...p, FOOTER])))[0]?.text).toContain(FOOTER);
    const mixed = STORIES.map((p, i) =>
      article([...p, FOOTER], i === 0 ? "Other Outlet" : "Harbour Courier"),
    );
    for (const a of learnAndClean(mixed)) expect(a.text).toContain(FOOTER);
  });

  it("keeps everything when the articles are copies of one another", () => {
    const copy = article([...(STORIES[0] as string[]), FOOTER]);
    for (const a of learnAndClean([copy, copy, copy])) expect(a.text).toBe(copy.text);
  });

  it("keeps a background paragraph that follow-ups of one story repeat", () => {
    const background =
      "The footpath has been closed since a landslip three winters ago, and walkers have used a diversion.";
    const followUps = [0, 1, 2].map((i) =>
      article([
        `Day ${i + 1}: council engineers continued surveying the Aldwick cliff path on Monday and found new cracks near the footpath.`,
        `Engineers said the coastal footpath between Aldwick and Strand Cove would need more repairs, update number ${i + 1}.`,
        background,
      ]),
    );
    for (const a of learnAndClean(followUps)) expect(a.text).toContain(background);
  });

  it("keeps a repeated line in the middle of the text unless it is very short", () => {
    const middle = "Residents said they would keep campaigning for better bus links to the villages.";
    const long = STORIES.map((p) =>
      article([...p.slice(0, 1), "x1", "x2", "x3", middle, ...p.slice(1), "y1", "y2", "y3", "y4", "y5"]),
    );
    for (const a of learnAndClean(long)) expect(a.text).toContain(middle);
    const short = STORIES.map((p) =>
      article([
        ...p.slice(0, 1),
        "x1",
        "x2",
        "x3",
        "Advert break",
        ...p.slice(1),
        "y1",
        "y2",
        "y3",
        "y4",
        "y5",
      ]),
    );
    for (const a of learnAndClean(short)) expect(a.text).not.toContain("Advert break");
  });

  it("learns nothing for articles without an outlet or address", () => {
    for (const a of learnAndClean(STORIES.map((p) => article([...p, FOOTER], null))))
      expect(a.text).toContain(FOOTER);
  });
});
