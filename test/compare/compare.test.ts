import { describe, expect, it } from "vitest";
import { compareQuotes } from "../../src/compare/index.js";
import { findNumbers, findQuantities } from "../../src/language/index.js";

const versionsOf = (quotes: { article: string; text: string; speakerText?: string }[]) =>
  compareQuotes(
    quotes.map((q) => ({
      article: q.article,
      quotes: [{ text: q.text, speakerText: q.speakerText ?? null }],
    })),
  );

/** Each discrepancy as its kind of subject and its values with their sources. */
const discrepancyTable = (found: { subject: string; claims: { value: string; sources: string[] }[] }[]) =>
  found.map((d) => [d.subject.split(":")[0], d.claims.map((c) => [c.value, c.sources])]);

describe("quote fidelity", () => {
  const FULL = "We will rebuild every house on this street, and we will do it before the winter comes.";

  it("ignores typography: curly marks, dashes, case of the first letter", () => {
    const [group] = versionsOf([
      { article: "a", text: FULL },
      {
        article: "b",
        text: "we will rebuild every house on this street — and we will do it before the winter comes",
      },
    ]);
    expect(group?.versions.map((v) => v.fidelity)).toEqual(["verbatim", "verbatim"]);
  });

  it("classes a part, or parts joined by an ellipsis, as trimmed", () => {
    const [group] = versionsOf([
      { article: "a", text: FULL },
      { article: "b", text: "rebuild every house on this street" },
      { article: "c", text: "We will rebuild every house … before the winter comes." },
    ]);
    expect(group?.versions.map((v) => [v.article, v.fidelity])).toEqual([
      ["a", "verbatim"],
      ["b", "trimmed"],
      ["c", "trimmed"],
    ]);
  });

  it("flags changed words as altered, with a word diff, and keeps the faithful majority as reference", () => {
    const [group] = versionsOf([
      { article: "a", text: FULL },
      { article: "b", text: "We will rebuild every home on this street, and we will do it before winter." },
      { article: "c", text: FULL },
    ]);
    expect(group?.text).toBe(FULL);
    const altered = group?.versions.find((v) => v.article === "b");
    expect(altered?.fidelity).toBe("altered");
    expect(altered?.diff).toContainEqual({ op: "added", text: "home" });
    expect(altered?.diff).toContainEqual({ op: "dropped", text: "house" });
  });

  it("takes the version a rewrite copied as reference, though the rewrite's altered version is longer", () => {
    const [group] = compareQuotes([
      {
        article: "wire",
        quotes: [{ text: "We will rebuild every house on this street.", speakerText: "Ms Okafor" }],
      },
      {
        article: "rewrite",
        derivedFrom: ["wire"],
        quotes: [{ text: "We will rebuild every single home on this street.", speakerText: "Ms Okafor" }],
      },
    ]);
    expect(group?.text).toBe("We will rebuild every house on this street.");
    expect(group?.versions.map((v) => [v.article, v.fidelity])).toEqual([
      ["wire", "verbatim"],
      ["rewrite", "altered"],
    ]);
  });

  it("keeps a long sentence printed word for word inside another's quote as one quote, whoever it is given to", () => {
    const groups = versionsOf([
      {
        article: "a",
        text: "We will not hide behind excuses. Every patient affected will get a letter from me personally.",
        speakerText: "Dr Amara Osei",
      },
      {
        article: "c",
        text: "Every patient affected will get a letter from me personally,",
        speakerText: "Leah Brandon",
      },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.versions.map((v) => [v.article, v.fidelity])).toEqual([
      ["a", "verbatim"],
      ["c", "trimmed"],
    ]);
  });

  it("never merges two people's words because they share a phrase", () => {
    const groups = versionsOf([
      {
        article: "a",
        text: "It is up to the council to decide the budget for the harbour.",
        speakerText: "Ann Weller",
      },
      {
        article: "b",
        text: "It is up to the council to decide, and we will accept whatever it says about the school.",
        speakerText: "Tom Price",
      },
    ]);
    expect(groups).toHaveLength(2);
  });
});

describe("quantities", () => {
  const q = (s: string) => findQuantities(s).map((x) => [x.kind, x.value, x.qualifier]);

  it("normalizes money and counts, keeping the qualifier apart", () => {
    expect(q("The board approved at least $50m for repairs.")).toEqual([["money:$", 50_000_000, "at least"]]);
    expect(q("It will cost £1.2 billion over ten years.")).toEqual([
      ["money:£", 1_200_000_000, ""],
      ["duration:year", 10, ""],
    ]);
    expect(q("Thirty-eight workers were evacuated, and about 2.1 million customers were warned.")).toEqual([
      ["count:worker", 38, ""],
      ["count:customer", 2_100_000, "about"],
    ]);
  });

  it("reads percentages, and gives the report's form with offsets", () => {
    expect(q("Members backed the strike by 87 per cent, up from about 6.5% last year.")).toEqual([
      ["percent:%", 87, ""],
      ["percent:%", 6.5, "about"],
    ]);
    const text = "The council approved at least $50m, and 12 schools will close.";
    for (const n of findNumbers(text)) expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(findNumbers(text).map((n) => [n.kind, n.unit, n.value])).toEqual([
      ["money", "$", 50_000_000],
      ["count", "school", 12],
    ]);
  });

  it("counts past a name or two words describing the thing, and reads ranges and other currencies", () => {
    expect(q("Halden Labs is recalling 1.2 million Corvex asthma inhalers made in 37 batches.")).toEqual([
      ["count:inhaler", 1_200_000, ""],
      ["count:batch", 37, ""],
    ]);
    expect(q("They voted 11 to 4 on key issues, and on 12 March hundreds of people marched.")).toEqual([]);
    expect(q("It expects the recall to cost between 40 million and 60 million Swiss francs.")).toEqual([
      ["money:franc", 60_000_000, "between"],
    ]);
    expect(findQuantities("Between 200 and 300 people left.")[0]).toMatchObject({ low: 200, value: 300 });
    expect(q("The deal is worth 5 billion yen, or up to $40m.")).toEqual([
      ["money:¥", 5_000_000_000, ""],
      ["money:$", 40_000_000, "up to"],
    ]);
  });

  it("reads rand and rupee figures, votes, and a crowd counted before its figure", () => {
    expect(q("Revenue rose to R14.82 billion from R13.9bn, and the rupee price is Rs 1,250.")).toEqual([
      ["money:R", 14_820_000_000, ""],
      ["money:R", 13_900_000_000, ""],
      ["money:₹", 1250, ""],
    ]);
    expect(q("The R2 model sold well.")).toEqual([]);
    expect(q("Deshwal won 18,412 votes.")).toEqual([["count:vote", 18_412, ""]]);
    expect(q("They won 3-2 in front of 38,460, and the attendance was about 40,000.")).toEqual([
      ["score:", 3002, ""],
      ["count:people", 38_460, ""],
      ["count:people", 40_000, "about"],
    ]);
  });

  it("reads durations and ages apart from counts, and no years or the decimals of another number", () => {
    expect(q("The work took 14 months and ended in 2025 after 2.5 years of delays.")).toEqual([
      ["duration:month", 14, ""],
      ["duration:year", 2.5, ""],
    ]);
    expect(q("Rafe Dunmore, 58, was jailed for 12 years after a nine-week trial two years ago.")).toEqual([
      ["age:year", 58, ""],
      ["duration:year", 12, ""],
      ["duration:week", 9, ""],
    ]);
    expect(q("A 34-year-old man and a woman aged 30 were hurt.")).toEqual([
      ["age:year", 34, ""],
      ["age:year", 30, ""],
    ]);
  });
});

describe("who said it", () => {
  it("reports a quote two outlets put in different mouths, and not one they agree on", async () => {
    const { analyze } = await import("../../src/index.js");
    const lead =
      "The Harrow Valley railway will stay closed for at least six more weeks after engineers found cracks in the Tolland viaduct, the operator said on Monday.";
    const more =
      "Buses will replace trains between Tolland and Marsh End, adding about forty minutes to each journey, and season tickets will be refunded for the closure.";
    const quote = "We will not reopen the line until the viaduct is safe for every train that crosses it.";
    const report = await analyze({
      records: [
        {
          id: "a",
          outlet: "Valley Post",
          text: `${lead}\n\n${more}\n\nTransport minister Ruth Aldane said: “${quote}”`,
        },
        {
          id: "b",
          outlet: "Evening Star",
          text: `${lead}\n\n${more}\n\nRail chief executive Owen Prynne said: “${quote}”`,
        },
        {
          id: "c",
          outlet: "Morning Ledger",
          text: `${lead}\n\n${more}\n\nRail chief executive Owen Prynne said: “${quote}”`,
        },
      ],
    });
    const story = report.stories.find((s) => s.articles.length === 3);
    const who = story?.discrepancies.filter((d) => d.subject.startsWith("who said")) ?? [];
    expect(who).toHaveLength(1);
    expect(who[0]?.claims.map((c) => [c.value, c.sources.sort()]).sort()).toEqual([
      ["Owen Prynne", ["b", "c"]],
      ["Ruth Aldane", ["a"]],
    ]);
    expect(report.entities.find((e) => e.name === "Ruth Aldane")?.roles).toEqual(["Transport minister"]);
  });
});

describe("facts", () => {
  it("does not count an outlet as support for a quote it does not print, though it quotes the same person", async () => {
    const { analyze } = await import("../../src/index.js");
    const lead =
      "The Orvale council voted on Tuesday to rebuild the collapsed sea wall at Tarn Bay before the winter storms arrive.";
    const report = await analyze({
      records: [
        {
          id: "a",
          outlet: "Bay Courier",
          text: `${lead}\n\n"We cannot wait another winter," said council leader Edda Voss.`,
        },
        {
          id: "b",
          outlet: "Coast Herald",
          text: `${lead}\n\n"The money is already set aside," said council leader Edda Voss.`,
        },
      ],
    });
    const facts = report.stories[0]?.facts ?? [];
    const quoted = facts.filter((f) => f.text.includes("Edda Voss"));
    expect(quoted.map((f) => f.support)).toEqual([1, 1]);
    expect(facts.find((f) => f.text === lead)?.support).toBe(2);
  });
});

describe("sources that disagree", () => {
  it("does not take a hedged figure for a different one, but shows a bound", async () => {
    const { analyze } = await import("../../src/index.js");
    const tail =
      "patients were sent to the wrong email address by the Brindle Valley Hospitals Trust on Monday.";
    const records = [
      { id: "a", outlet: "Valley Post", published: "2027-06-03", text: `The records of about 9,000 ${tail}` },
      { id: "b", outlet: "Brindle News", published: "2027-06-03", text: `The records of 9,000 ${tail}` },
      {
        id: "c",
        outlet: "Health Desk",
        published: "2027-06-03",
        text: `The records of at least 9,000 ${tail}`,
      },
    ];
    const hedged = await analyze({ records: records.slice(0, 2) });
    expect(hedged.stories[0]?.discrepancies).toEqual([]);
    const bounded = await analyze({ records });
    expect(bounded.stories[0]?.discrepancies.flatMap((d) => d.claims.map((c) => c.value))).toContain(
      "at least 9,000 patients",
    );
  });

  it("compares counts of one particular thing with one fate, and sums of one named loss, told in other words", async () => {
    const { analyze } = await import("../../src/index.js");
    const report = await analyze({
      records: [
        {
          id: "a",
          outlet: "Valley Post",
          published: "2027-03-02T19:00Z",
          text:
            "Three firefighters were injured early Tuesday when a blaze tore through the Brannock furniture depot in Carrow Vale.\n\n" +
            "Schools nearby stayed open.\n\n" +
            "Owner Ravi Castellan estimated the loss at $2.1 million, including stock delivered last week.",
        },
        {
          id: "b",
          outlet: "Marlow News",
          published: "2027-03-02T21:00Z",
          text:
            "Four firefighters needed hospital treatment after fire gutted the Brannock furniture depot in Carrow Vale overnight.\n\n" +
            "Investigators are looking at the wiring, owner Ravi Castellan said.\n\n" +
            "The family firm put its losses at about $1.2 million.",
        },
      ],
    });
    expect(report.stories).toHaveLength(1);
    const table = discrepancyTable(report.stories[0]?.discrepancies ?? []);
    expect(table).toContainEqual([
      "number of firefighters",
      [
        ["Three firefighters", ["a"]],
        ["Four firefighters", ["b"]],
      ],
    ]);
    expect(table).toContainEqual([
      "amount ($)",
      [
        ["$2.1 million", ["a"]],
        ["about $1.2 million", ["b"]],
      ],
    ]);
  });

  it("does not set the day of a follow-up's lead against the day of the first report's", async () => {
    const { analyze } = await import("../../src/index.js");
    const report = await analyze({
      records: [
        {
          id: "arrest",
          published: "2027-03-02T17:00Z",
          text: "A senior accountant with the Brindle Valley School District was arrested Monday and charged with fraud after an audit found $2.8 million missing, police said.",
        },
        {
          id: "plea",
          published: "2027-03-10T16:00Z",
          text: "The former Brindle Valley School District accountant charged with fraud pleaded not guilty on Tuesday, as his lawyer said the defence would challenge the audit.",
        },
      ],
    });
    expect(report.stories).toHaveLength(1);
    expect(report.stories[0]?.discrepancies.filter((d) => d.subject.startsWith("date"))).toEqual([]);
  });

  it("takes a range and its upper bound for one figure, and a named product's count for a rival count", async () => {
    const { analyze } = await import("../../src/index.js");
    const cost = (amount: string) =>
      `Halden Labs expects the recall to cost ${amount} Swiss francs and will replace every returned inhaler free of charge.`;
    const report = await analyze({
      records: [
        {
          id: "a",
          outlet: "Pharma Wire",
          published: "2027-11-18",
          text: `Halden Labs is recalling about 1.4 million asthma inhalers in Europe after patients reported that a valve could stick, the company said on Thursday.\n\n${cost("between 40 million and 60 million")}`,
        },
        {
          id: "b",
          outlet: "Med Digest",
          published: "2027-11-18",
          text: `Halden Labs is recalling 1.2 million Corvex asthma inhalers in Europe after patients reported that a valve could stick, the company said on Thursday.\n\n${cost("up to 60 million")}`,
        },
      ],
    });
    const found = report.stories[0]?.discrepancies ?? [];
    expect(discrepancyTable(found)).toEqual([
      [
        "number of inhalers",
        [
          ["about 1.4 million asthma inhalers", ["a"]],
          ["1.2 million Corvex asthma inhalers", ["b"]],
        ],
      ],
    ]);
  });

  it("lists a prison term and an age that sources give differently", async () => {
    const { analyze } = await import("../../src/index.js");
    const report = await analyze({
      records: [
        {
          id: "a",
          outlet: "Court Wire",
          published: "2027-03-04",
          text: "A former head of the Tallbridge port authority was sentenced to 12 years in prison on Wednesday for taking bribes from shipping firms.\n\nRafe Dunmore, 58, was found guilty last month of 14 counts of bribery after a nine-week trial.",
        },
        {
          id: "b",
          outlet: "Tallbridge Courier",
          published: "2027-03-04",
          text: "Former Tallbridge port authority head Rafe Dunmore, 57, has been jailed for 10 years for taking bribes from shipping firms.\n\nThe court heard he was found guilty last month of 14 counts of bribery.",
        },
      ],
    });
    const found = report.stories[0]?.discrepancies ?? [];
    expect(discrepancyTable(found)).toEqual([
      [
        "duration (years)",
        [
          ["12 years", ["a"]],
          ["10 years", ["b"]],
        ],
      ],
      [
        "age",
        [
          ["58", ["a"]],
          ["57", ["b"]],
        ],
      ],
    ]);
  });

  it("pairs two leads' counts of people by a word a few words past the figure", async () => {
    const { analyze } = await import("../../src/index.js");
    const report = await analyze({
      records: [
        {
          id: "a",
          outlet: "Evening Clang",
          published: "2027-03-10",
          text: "MORE than 430 terrified residents were ordered out of their homes after a fire ripped through a warehouse in Pell Rock.",
        },
        {
          id: "b",
          outlet: "KPRX",
          published: "2027-03-10",
          text: "About 340 people were evacuated from their homes overnight as a fire burned through a warehouse in Pell Rock, officials said.",
        },
      ],
    });
    const found = report.stories[0]?.discrepancies ?? [];
    expect(found.map((d) => d.claims.map((c) => c.value))).toEqual([
      ["MORE than 430 terrified residents", "About 340 people"],
    ]);
  });

  it("keeps apart, in the timeline and the facts, an event told with two figures and a quote told two ways", async () => {
    const { analyze } = await import("../../src/index.js");
    const lead =
      "A fire destroyed a logistics warehouse on Gorse Street in Pell Rock on Tuesday night, officials said.";
    const report = await analyze({
      records: [
        {
          id: "a",
          outlet: "Evening Clang",
          published: "2027-03-10",
          text: `${lead}\n\nThe fire burned for eleven hours on Wednesday before crews brought it under control.\n\n"We were lucky the wind turned east before midnight, or we would have lost the whole block," Fire Chief Mara Quint said.`,
        },
        {
          id: "b",
          outlet: "KPRX",
          published: "2027-03-10",
          text: `${lead}\n\nThe fire burned for nine hours on Wednesday before crews brought it under control.\n\n"We were lucky the wind turned before midnight, or we would have lost the entire street," Fire Chief Mara Quint said.`,
        },
      ],
    });
    const story = report.stories[0];
    const burned = story?.timeline.filter((t) => t.text.includes("burned for"));
    expect(burned?.map((t) => t.sources)).toEqual([["a"], ["b"]]);
    const quoted = story?.facts.filter((f) => f.text.includes("We were lucky"));
    expect(quoted?.map((f) => f.sources)).toEqual([["a"], ["b"]]);
  });

  it("lists a result that sources give differently, whichever side they name first", async () => {
    const { analyze } = await import("../../src/index.js");
    const later = "Substitute Liam Doyle scored late on, and Rovers will play in the cup final on April 24.";
    const report = await analyze({
      records: [
        {
          id: "a",
          outlet: "Sports Portal",
          published: "2027-03-10",
          text: `Rovers came from behind to beat City 3-1 in the cup semi-final at Harbourside Stadium on Tuesday night.\n\n${later}`,
        },
        {
          id: "b",
          outlet: "Evening Paper",
          published: "2027-03-10",
          text: `Rovers came from behind to beat City 3-2 in a thrilling cup semi-final at Harbourside on Tuesday.\n\n${later}`,
        },
        {
          id: "c",
          outlet: "City Fans",
          published: "2027-03-10",
          text: `City lost 1-3 to Rovers in the cup semi-final at Harbourside Stadium on Tuesday night, after leading early.\n\n${later}`,
        },
      ],
    });
    const found = report.stories[0]?.discrepancies ?? [];
    expect(discrepancyTable(found)).toEqual([
      [
        "score",
        [
          ["3-1", ["a", "c"]],
          ["3-2", ["b"]],
        ],
      ],
    ]);
    expect(report.articles[0]?.numbers.map((n) => n.text)).toEqual([]);
  });

  it("does not cite an outlet for a sentence whose figure it gives otherwise in another sentence", async () => {
    const { analyze } = await import("../../src/index.js");
    const valve =
      "patients reported that a valve in the Corvex inhaler could stick and fail to deliver a dose, the company said on Thursday.";
    const report = await analyze({
      records: [
        {
          id: "a",
          outlet: "Pharma Wire",
          published: "2027-11-18",
          text: `Halden Labs is recalling about 1.4 million asthma inhalers in Europe after ${valve}\n\nHalden shares fell 3% in Zurich.`,
        },
        {
          id: "b",
          outlet: "Med Digest",
          published: "2027-11-18",
          text: `Halden Labs is recalling 1.2 million asthma inhalers in Europe.\n\nIt acted after ${valve}\n\nHalden shares fell 3% in Zurich.`,
        },
      ],
    });
    const story = report.stories[0];
    const lead = (x: { text: string }) => x.text.startsWith("Halden Labs is recalling about 1.4 million");
    expect(story?.discrepancies.map((d) => d.subject.split(":")[0])).toContain("number of inhalers");
    for (const item of [story?.summary.find(lead), story?.facts.find(lead)])
      expect(item?.sources).toEqual(["a"]);
    expect(story?.summary.find(lead)?.evidence.map((e) => e.article)).toEqual(["a"]);
    expect(story?.summary.find((f) => f.text.includes("shares fell"))?.sources).toEqual(["a", "b"]);
  });

  it("marks what only one source says with the sources that give its figure otherwise", async () => {
    const { analyze } = await import("../../src/index.js");
    const lead = (how: string) =>
      `Police in Kelby have recovered a stolen painting by the artist Oskar Venn, three months after ${how} from a private collection.`;
    const arrests = "Two men have been arrested, police said.";
    const report = await analyze({
      records: [
        {
          id: "a",
          outlet: "Kelby Post",
          published: "2027-05-08",
          text: `${lead("it was taken")}\n\nThe stolen painting, Harbour at Dusk, is valued at $2.1 million, according to its insurers.\n\n${arrests}`,
        },
        {
          id: "b",
          outlet: "Art Ledger",
          published: "2027-05-08",
          text: `${lead("thieves took it")}\n\nThe canvas, worth $1.2 million, was found in a garage.\n\n${arrests}`,
        },
      ],
    });
    const unique = report.stories[0]?.unique ?? [];
    expect(unique.map((u) => [u.article, u.text.split(",")[0], u.contradictedBy])).toEqual([
      ["a", "The stolen painting", ["b"]],
      ["b", "The canvas", ["a"]],
    ]);
  });

  it("does not cite an outlet for a sentence it tells with another number and day, and lists the difference", async () => {
    const { analyze } = await import("../../src/index.js");
    const other =
      "Lifeboats from Port Quell reached the ship within the hour and took the passengers ashore in smaller boats.";
    const report = await analyze({
      records: [
        {
          id: "a",
          outlet: "Quell Courier",
          published: "2027-04-12",
          text: `A passenger ferry carrying 212 people ran aground off Tarn Island on Sunday evening, leaving three passengers with minor injuries.\n\n${other}`,
        },
        {
          id: "b",
          outlet: "Tarn Times",
          published: "2027-04-12",
          text: `A passenger ferry carrying 212 people ran aground off Tarn Island on Sunday evening, leaving three passengers with minor injuries, the coastguard said.\n\n${other}`,
        },
        {
          id: "c",
          outlet: "Island Voice",
          published: "2027-04-12",
          text: `A passenger ferry carrying 214 people ran aground off Tarn Island on Saturday night, leaving three passengers with minor injuries.\n\n${other}`,
        },
      ],
    });
    const story = report.stories.find((s) => s.articles.length === 3);
    const lead = story?.summary.find((x) => x.text.includes("ran aground"));
    expect(lead?.sources.sort()).toEqual(["a", "b"]);
    expect(lead?.evidence.map((e) => e.article).sort()).toEqual(["a", "b"]);
    // The sentence all three print alike is still backed by all three.
    expect(story?.summary.find((x) => x.text === other)?.sources.sort()).toEqual(["a", "b", "c"]);
    const fact = story?.facts.find((f) => f.text.includes("212 people"));
    expect(fact?.sources.sort()).toEqual(["a", "b"]);
    const people = story?.discrepancies.find((d) => d.subject.startsWith("number of people"));
    expect(people?.claims.map((c) => [c.value, c.sources.sort()])).toEqual([
      ["212 people", ["a", "b"]],
      ["214 people", ["c"]],
    ]);
  });

  it("pairs counts of the dead told in other words, never the dead with the missing, nor a part with the whole or a rounding with its figure", async () => {
    const { analyze } = await import("../../src/index.js");
    const report = await analyze({
      records: [
        {
          id: "a",
          outlet: "Andes Wire",
          published: "2027-03-23T13:47Z",
          text:
            "Seven workers were killed and 12 injured when part of the Cerro Alto copper mine in Peru collapsed late on Sunday, the company said on Monday.\n\n" +
            "The buyer has paid £6m of the fee so far. A study of about 4,800 miners found most worked night shifts.",
        },
        {
          id: "b",
          outlet: "Mining Daily",
          published: "2027-03-23T18:20Z",
          text:
            "Three workers are still missing at the Cerro Alto mine.\n\n" +
            "At least nine workers died after a section of the Cerro Alto copper mine in Peru collapsed late on Sunday, and output has been halted.\n\n" +
            "The mine was sold for £18.5 million last year. A study of 4,812 miners found most worked night shifts.",
        },
      ],
    });
    const table = discrepancyTable(report.stories[0]?.discrepancies ?? []);
    expect(table).toEqual([
      [
        "number of people",
        [
          ["Seven workers", ["a"]],
          ["At least nine workers", ["b"]],
        ],
      ],
    ]);
  });

  it("lists a crowd that two outlets count differently, wherever in the article they count it", async () => {
    const { analyze } = await import("../../src/index.js");
    const lead =
      "Kilbrannan Athletic won the Saltire Cup for the first time since 1995 after a 3-2 win over Dunmore Thistle";
    const report = await analyze({
      records: [
        {
          id: "a",
          outlet: "Goal Line",
          published: "2027-05-24",
          text: `${lead} in front of 38,460 at Glenlair Park.\n\nThe winner came late.`,
        },
        {
          id: "b",
          outlet: "Courier",
          published: "2027-05-24",
          text: `${lead} at Glenlair Park.\n\nThe winner came late, and Kilbrannan held on in front of a crowd of 41,206.`,
        },
      ],
    });
    expect(discrepancyTable(report.stories[0]?.discrepancies ?? [])).toEqual([
      [
        "number of people",
        [
          ["38,460", ["a"]],
          ["41,206", ["b"]],
        ],
      ],
    ]);
  });

  it("takes a copy for the later article's by publication time, and the earlier of one day's two timed articles for the source", async () => {
    const { analyze } = await import("../../src/index.js");
    const body =
      "Seven workers were killed when part of the Cerro Alto copper mine in Peru collapsed late on Sunday, the company said.\n\n" +
      "Rescue teams from two neighbouring mines worked through the night to reach three missing miners.\n\n" +
      "The company said production at the mine, which employs about 1,400 people, had been suspended.";
    const report = await analyze({
      records: [
        { id: "reprint", outlet: "Daily Reprint", published: "2027-03-24", text: body },
        { id: "wire", outlet: "Andes Wire", published: "2027-03-23T13:47Z", text: body },
        {
          id: "rewrite",
          outlet: "Evening Post",
          published: "2027-03-23T09:15-05:00",
          text: `${body}\n\nThe miners' union said it had warned of cracks in the gallery weeks ago.`,
        },
      ],
    });
    const byId = new Map(report.articles.map((a) => [a.id, a]));
    expect(byId.get("reprint")?.duplicateOf).toBe("wire");
    expect(byId.get("wire")?.duplicateOf).toBeNull();
    // 09:15 in Lima is 14:15Z, after the wire's 13:47Z: the wire is no copy of it.
    expect(byId.get("wire")?.derivedFrom).toEqual([]);
    expect(byId.get("rewrite")?.derivedFrom.map((d) => d.article)).toEqual(["wire"]);
  });

  it("compares the leads' one percentage and workforce count, and does not take part of a whole for a rival count", async () => {
    const { analyze } = await import("../../src/index.js");
    const report = await analyze({
      records: [
        {
          id: "a",
          outlet: "Motor Wire",
          published: "2027-01-14",
          text: "Kestrel Motors said on Wednesday it will cut about 1,200 jobs, or 8% of its workforce, after sales of its delivery van fell short.\n\nBuses ran on six of its 41 routes in the city, the company said.",
        },
        {
          id: "b",
          outlet: "Auto Blog",
          published: "2027-01-14",
          text: "Kestrel Motors announced on Wednesday that it will lay off 1,250 employees, roughly 10% of its staff, as demand for its delivery van disappoints.\n\nBuses ran on six routes in the city, the company said.",
        },
      ],
    });
    const found = report.stories[0]?.discrepancies ?? [];
    // The routes ("six of its 41" against "six") are no discrepancy; the leads' workforce and share are.
    expect(discrepancyTable(found)).toEqual([
      [
        "number of people",
        [
          ["about 1,200 jobs", ["a"]],
          ["1,250 employees", ["b"]],
        ],
      ],
      [
        "percentage",
        [
          ["8%", ["a"]],
          ["roughly 10%", ["b"]],
        ],
      ],
    ]);
  });
});
