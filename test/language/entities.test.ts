import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import {
  findNames,
  type LanguageTools,
  loadLanguageTools,
  nameKey,
  nameTokens,
} from "../../src/language/index.js";
import { expectValidReport } from "../helpers.js";

let tools: LanguageTools;
beforeAll(() => {
  tools = loadLanguageTools();
});

const names = (text: string) =>
  findNames(text, tools.names).map((n) => {
    expect(text.slice(n.start, n.end)).toBe(n.text);
    return `${n.type}:${n.text}`;
  });

/** One article through the whole pipeline, read the day after it was published. */
const analyzeOne = (title: string, published: string, text: string) =>
  analyze(
    { records: [{ id: "a", title, published, text }] },
    { now: () => new Date(new Date(`${published}T00:00:00Z`).getTime() + 86_400_000) },
  );

describe("name tokens", () => {
  it("cut every text into ordered, non-overlapping tokens whose offsets slice their text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        let last = 0;
        for (const t of nameTokens(text)) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.text.trim()).toBe(t.text);
          last = t.end;
        }
      }),
    );
  });

  it("keep abbreviations and initials whole, and a possessive apart", () => {
    expect(nameTokens("Mr. Ortiz of the U.S. Navy said J. Ortiz's team won.").map((t) => t.text)).toEqual([
      "Mr.",
      "Ortiz",
      "of",
      "the",
      "U.S.",
      "Navy",
      "said",
      "J.",
      "Ortiz",
      "'s",
      "team",
      "won",
      ".",
    ]);
  });
});

describe("names in a text", () => {
  it("keeps a surname's lower-case particles in the name", () => {
    expect(
      names(
        "Director Odile de la Fontaine-Okoro spoke first, then Pieter van der Berghe and Tariq bin Saleh.",
      ),
    ).toEqual(["PER:Odile de la Fontaine-Okoro", "PER:Pieter van der Berghe", "PER:Tariq bin Saleh"]);
  });

  it("finds people, organizations and places, without the titles in front of a name", () => {
    const found = names(
      "Harbour Minister Colette Varnum told the Lowland Ports Authority in Rotterdam on Tuesday that dredging would resume.",
    );
    expect(found).toContain("PER:Colette Varnum");
    expect(found).toContain("ORG:Lowland Ports Authority");
    expect(found).toContain("LOC:Rotterdam");
    expect(found.join(" ")).not.toMatch(/Minister|Tuesday/);
  });

  it("takes an honorific as the sign of a person, not part of the name", () => {
    expect(names("Speaking later, Mrs Okonjo-Bright said the plan was sound.")).toEqual([
      "PER:Okonjo-Bright",
    ]);
  });

  it("does not take a capitalized word opening a sentence for a name", () => {
    expect(
      names("Dozens of residents left. Bosses said the plant was safe. Anyone affected can call."),
    ).toEqual([]);
  });

  it("ends a name at a possessive", () => {
    expect(names("The flood reached the Tarrow River's lower meadows.")).toEqual(["LOC:Tarrow River"]);
  });

  it("keeps an institution named after someone whole, and a country before a body apart", () => {
    expect(names("A surgeon at St Brannoc's Hospital in Tarrow said the ward was full.")).toContain(
      "ORG:St Brannoc's Hospital",
    );
    expect(names("Germany's Federal Court ruled on Monday.")).toEqual(["LOC:Germany", "ORG:Federal Court"]);
  });

  it("takes a person's role word opening a sentence off the name", () => {
    expect(names("Neighbour Tobiah Grennet, 58, said the heat cracked his kitchen window.")).toEqual([
      "PER:Tobiah Grennet",
    ]);
  });

  it("parts an employer, a role and a person's name written as one run", () => {
    expect(names("The blaze was out by midnight, Port Ardle Fire Chief Mara Quint said.")).toContain(
      "PER:Mara Quint",
    );
    expect(names("Halden Labs Chief Medical Officer Anna Berg said the batches were safe.")).toEqual([
      "ORG:Halden Labs",
      "PER:Anna Berg",
    ]);
  });

  it("types a name by its last word where the context is silent", () => {
    expect(names("Halden Pharma is recalling its inhalers, the company said.")).toEqual([
      "ORG:Halden Pharma",
    ]);
    expect(names("Staff at Quillfield Bank were told on Friday.")).toContain("ORG:Quillfield Bank");
    expect(names("Traffic was diverted along Pelham Road.")).toContain("LOC:Pelham Road");
    expect(names("It will replace the Pell Quay building, engineers said.")).toContain("LOC:Pell Quay");
    expect(names("Boats sheltered in Tarrow Creek overnight.")).toContain("LOC:Tarrow Creek");
    expect(names("The final will be played at the National Stadium.")).toContain("LOC:National Stadium");
  });

  it("takes a name opening with a place word for a place, where it is a place", () => {
    expect(names("The ferry left Port Quell at dusk.")).toContain("LOC:Port Quell");
    expect(names("Walkers were rescued near Mount Ardle on Sunday.")).toContain("LOC:Mount Ardle");
  });

  it("parts two names joined by “and” when the text also names the first alone", () => {
    const found = names(
      "The Tern Star hit a rock soon after leaving Port Quell, the Quell Harbour Authority said.\n" +
        "Rescue boats from Port Quell and Dunmere took passengers off the ferry in under an hour.",
    );
    expect(found).toContain("LOC:Port Quell");
    expect(found).toContain("LOC:Dunmere");
    expect(found.join(" ")).not.toMatch(/Quell and Dunmere/);
  });

  it("reads a body's short form, and an employer before a role and a name, as the body", () => {
    const found = names(
      "Kestrel Motors said it would cut jobs. Kestrel shares fell 6%. Morningstar analyst Lena Fisk said the cuts were expected.",
    );
    expect(found).toContain("ORG:Kestrel");
    expect(found).toContain("ORG:Morningstar");
    expect(found).toContain("PER:Lena Fisk");
    expect(names("The plant on Dort Highway builds vans.")).toContain("LOC:Dort Highway");
  });

  it("does not take a body or a newspaper for a person or a place", () => {
    expect(names("Tarn Crossings, which runs the service, apologised.")).not.toContain("PER:Tarn Crossings");
    expect(names("Readers of The Ossery Herald on the island were told first.")).toContain(
      "ORG:Ossery Herald",
    );
    expect(names("He spoke to the Kessel Gazette on Monday.")).toContain("ORG:Kessel Gazette");
    expect(names("He told the Telegraph on Monday that the plan had failed.")).toContain("ORG:Telegraph");
    // A person's name after "the" inside a longer noun phrase is still the person.
    expect(names("Critics attacked the Daniel Ortega government on Monday.")).toContain("PER:Daniel Ortega");
  });

  it("reads a Title-Case headline without taking its words for people", () => {
    const found = names("Council Approves New Budget After Long Debate Over Parking Fees");
    expect(found.filter((n) => n.startsWith("PER:"))).toEqual([]);
  });
});

describe("name keys", () => {
  it("give one key to a name's spellings and to the long and short forms news uses alike", () => {
    expect(nameKey("U.S.")).toBe(nameKey("the United States"));
    expect(nameKey("USA")).toBe(nameKey("US"));
    expect(nameKey("the European Union")).toBe(nameKey("EU"));
    expect(nameKey("Acme's")).toBe(nameKey("Acme"));
    expect(nameKey("Georgia")).not.toBe(nameKey("US"));
  });
});

describe("one entity per name across articles", () => {
  it("joins a surname, a titled mention and a variant spelling to the person named in full", async () => {
    const report = await analyze(
      {
        records: [
          {
            id: "a",
            title: "Harbour dredging to resume",
            published: "2026-03-03",
            text:
              "Harbour Minister Colette Varnum said on Tuesday that dredging of the outer channel would resume next month.\n\n" +
              "“We cannot leave the channel closed through the summer,” Varnum said. The Lowland Ports Authority welcomed the decision.",
          },
          {
            id: "b",
            title: "Minister backs channel dredging",
            published: "2026-03-03",
            text:
              "Dredging of the outer channel will resume next month, minister Varnumm told reporters on Tuesday.\n\n" +
              "Ms Varnum said the Lowland Ports Authority would pay for the work. Shipping firms had warned the closure was costing them.",
          },
        ],
      },
      { now: () => new Date("2026-03-04T00:00:00Z") },
    );
    expectValidReport(report);
    const people = report.entities.filter((e) => e.type === "person");
    expect(people.map((p) => p.name)).toEqual(["Colette Varnum"]);
    const person = people[0];
    expect(person?.roles.join(" ")).toMatch(/Minister/i);
    const mentions = report.articles.flatMap((a) => a.entities.filter((m) => m.entity === person?.id));
    expect(mentions.map((m) => m.text).sort()).toEqual(["Colette Varnum", "Varnum", "Varnum", "Varnumm"]);
    const orgs = report.entities.filter((e) => e.name === "Lowland Ports Authority");
    expect(orgs.map((o) => o.type)).toEqual(["organization"]);
  });

  it("gives a pronoun to the person last reported speaking, though not in quotation marks", async () => {
    const report = await analyzeOne(
      "Ferry grounded near Tarn Island",
      "2027-04-12",
      "“Our first concern is the passengers,” said Rhona Vell, the harbour authority’s chief executive.\n\n" +
        "An islander who watched from the shore, Doug Ambry, said the ferry’s lights were visible for hours.\n\n" +
        "“It looked like it was sitting in a field,” he said.",
    );
    expectValidReport(report);
    const speakers = report.articles[0]?.quotes.map((q) => q.speaker);
    expect(speakers).toEqual(["p-rhona-vell", "p-doug-ambry"]);
  });

  it("gives a pronoun to the one reported speaking, not to a person named in what they said", async () => {
    const report = await analyze({
      records: [
        {
          id: "a",
          published: "2027-03-10",
          text:
            "“I want to stay,” Ade Ross said after training on Monday.\n\n" +
            "The player's agent, Folarin Webb, said Ross was not involved in the dispute. “Emeka is happy and just wants to play football,” he said.",
        },
      ],
    });
    expect(report.articles[0]?.quotes.map((q) => q.speaker)).toEqual(["p-ade-ross", "p-folarin-webb"]);
  });

  it("links a name run too long to read as one person's to an entity of its own", async () => {
    const report = await analyzeOne(
      "Plant opens",
      "2027-05-02",
      "Veltrane Systems Inc. announced a plant.\n\nDarnell Oyinlola-Frost Veltrane Systems Inc. is the contact.",
    );
    expectValidReport(report);
    const ids = new Set(report.entities.map((e) => e.id));
    for (const m of report.articles[0]?.entities ?? []) expect(ids.has(m.entity)).toBe(true);
  });

  it("gives a pronoun to the person its own paragraph names, though quoted nowhere before", async () => {
    const report = await analyzeOne(
      "Fire",
      "2027-08-10",
      "“The wind did not give us a break,” Battalion Chief Dana Whitcomb said at a briefing.\n\n" +
        "Lorna Pettibone and her husband left their home with ten minutes' warning. “We grabbed the dog and that was it,” she said.",
    );
    expect(report.articles[0]?.quotes.map((q) => q.speaker)).toEqual([
      "p-dana-whitcomb",
      "p-lorna-pettibone",
    ]);
  });

  it("keeps a pronoun from a person whose first name is of the other gender", async () => {
    const report = await analyzeOne(
      "Schools inquiry",
      "2027-03-20",
      "Dr. Halima Orenstein-Vale was the first witness. Sen. Gregory Pellham asked whether the new schools were safe. “Fewer than half of them,” she replied.",
    );
    expect(report.articles[0]?.quotes.map((q) => q.speaker)).toEqual(["p-halima-orenstein-vale"]);
  });

  it("gives a pronoun to the subject the sentence before names after titles or in apposition", async () => {
    const report = await analyzeOne(
      "Cup final",
      "2027-03-18",
      "Goalkeeper Tobias Fenwick saved two penalties.\n\n“I went left both times,” Fenwick said.\n\n" +
        "The coach, Marit Solberg, saw it differently. “It was never luck,” she said.\n\n" +
        "“The pipes were ninety years old,” said utility director Rasmus Kjeld.\n\n" +
        "Mayor Ingrid Falk walked the flooded street on Monday.\n\n“Nobody should come home to this,” she said.",
    );
    expect(report.articles[0]?.quotes.map((q) => q.speaker)).toEqual([
      "p-tobias-fenwick",
      "p-marit-solberg",
      "p-rasmus-kjeld",
      "p-ingrid-falk",
    ]);
  });

  it("leaves a pronoun after a described speaker unresolved, and a surname inside another name no mention", async () => {
    const report = await analyzeOne(
      "Dredging contract",
      "2027-03-18",
      "Port official Anders Brekke said the contract was signed on Monday.\n\n" +
        "A spokeswoman for the harbour board said work would begin in June. “We expect the channel to open by winter,” she said.\n\n" +
        "Residents of Upper Tolland were moved. Nadia Ferro, the chief engineer of the Tolland Water Board, inspected the dam. “The spillway is cracked,” she said.",
    );
    expect(report.articles[0]?.quotes.map((q) => q.speaker)).toEqual([null, "p-nadia-ferro"]);
  });

  it("does not give a described speaker to a person whose role only shares a place name with it", async () => {
    const report = await analyze({
      records: [
        {
          id: "a",
          published: "2027-03-18",
          text: "The governor of Tolland said on Tuesday that moving the valley's residents was “a precaution and nothing more.” Engineers inspected the Tolland dam.",
        },
        {
          id: "b",
          published: "2027-03-18",
          text: "Nadia Ferro, the chief engineer of the Tolland Water Board, inspected the Tolland dam on Monday. “The spillway is cracked,” she said.",
        },
      ],
    });
    const speakers = report.articles.flatMap((a) => a.quotes.map((q) => q.speaker));
    expect(speakers).toEqual([null, "p-nadia-ferro"]);
  });

  it("reads a councillor's title as an honorific", async () => {
    const report = await analyzeOne(
      "Council fraud",
      "2027-04-16",
      "Coorabin mayor Lachlan Birtwistle said the council had tightened its controls.\n\n" +
        "“Every dollar he took should have gone to our roads,” Cr Birtwistle said.",
    );
    expect(report.articles[0]?.quotes.map((q) => q.speaker)).toEqual(["p-lachlan-birtwistle"]);
  });

  it("types a body as one wherever it is named, once one mention takes “which”", async () => {
    const report = await analyzeOne(
      "Ferry back in service",
      "2027-04-12",
      "Tarn Crossings said the ferry was refloated early on Monday.\n\n" +
        "Tarn Crossings, which runs the service, said sailings would resume on Wednesday.",
    );
    expect(report.entities.find((e) => e.name === "Tarn Crossings")?.type).toBe("organization");
  });

  it("types a one-word name as a company where its shares, its chief or an apposition say so", async () => {
    const report = await analyzeOne(
      "Van maker to cut jobs",
      "2027-06-03",
      "Valdora said on Monday it would cut 300 jobs at its factory near Pellston.\n\n" +
        "Kestrix, a rival van maker, said it was hiring. Shares in Valdora fell 4 percent.\n\n" +
        "Investor Elke Marsk said Marsk's shares in the firm were not for sale.",
    );
    const typeOf = (name: string) => report.entities.find((e) => e.name === name)?.type;
    expect([typeOf("Valdora"), typeOf("Kestrix"), typeOf("Pellston")]).toEqual([
      "organization",
      "organization",
      "location",
    ]);
    // A person's shares make no company of the person.
    expect(typeOf("Elke Marsk")).toBe("person");
  });

  it("takes a name after a lower-case role for a person's", () => {
    expect(names("Tesla chief Elon Marsk sold shares on Monday.")).toContain("PER:Elon Marsk");
    expect(names("The plan was approved by health minister Ann Lorrey on Friday.")).toContain(
      "PER:Ann Lorrey",
    );
  });

  it("gives a body's short form the entity of its full name", async () => {
    const report = await analyzeOne(
      "Inhalers recalled",
      "2027-11-18",
      "Halden Pharma is recalling 40,000 inhalers, the company said on Thursday.\n\n" +
        "Halden shares fell 3% in early trading.",
    );
    const body = report.entities.find((e) => e.name === "Halden Pharma");
    expect(body?.aliases).toEqual(["Halden"]);
    expect(report.entities.filter((e) => e.name === "Halden")).toEqual([]);
  });

  it("gives “it said” and “the company said” to the body named last before them", async () => {
    const report = await analyzeOne(
      "Water company fined",
      "2027-06-03",
      "Tarrow Water was fined £4 million on Tuesday for failing to report sewage spills.\n\n" +
        'The company said it accepted the ruling. In a statement, it said: "We are sorry, and we will invest in new storage tanks."\n\n' +
        '"We have already changed how we report spills," the company said.',
    );
    expect(report.articles[0]?.quotes.map((q) => q.speaker)).toEqual(["o-tarrow-water", "o-tarrow-water"]);
    expect(names("Tarrow Water has been fined £4 million, the regulator said.")).toEqual([
      "ORG:Tarrow Water",
    ]);
  });

  it("spells ids in plain letters, whatever the alphabet of the name", async () => {
    const report = await analyzeOne(
      "Bridge vote",
      "2027-10-22",
      "Mayor Åsa Brøndum said the new bridge over the Sülde would open in spring.\n\nJürgen Weißhaupt, who runs the ferry, said: “We will manage.”",
    );
    const ids = report.entities.map((e) => e.id);
    expect(ids).toContain("p-asa-brondum");
    expect(ids).toContain("p-jurgen-weisshaupt");
  });

  it("reads a role set off by commas without an article", async () => {
    const report = await analyzeOne(
      "Patients want answers",
      "2027-06-03",
      "Tom Ridley, chair of the Brindle Patients Forum, said: “Saying sorry is the easy part.”\n\nJo Hart, of the same forum, said more was needed.",
    );
    expect(report.entities.find((e) => e.name === "Tom Ridley")?.roles).toEqual([
      "chair of the Brindle Patients Forum",
    ]);
    expect(report.entities.find((e) => e.name === "Jo Hart")?.roles ?? []).toEqual([]);
  });

  it("gives a described speaker the person set beside that role, though never quoted by name", async () => {
    const report = await analyzeOne(
      "Storm batters harbour",
      "2027-06-03",
      "A storm damaged dozens of boats in the harbour overnight, the coastguard said.\n\n" +
        "“That was the worst storm I have seen,” said the harbourmaster, Ewan McRae.\n\n" +
        "The mayor’s spokesman, Tom Rees, said: “We will respond in due course.”",
    );
    expect(report.articles[0]?.quotes.map((q) => q.speaker)).toEqual(["p-ewan-mcrae", "p-tom-rees"]);
    expect(report.entities.find((e) => e.id === "p-ewan-mcrae")?.roles).toEqual(["harbourmaster"]);
  });

  it("lists which article gives the person which role", async () => {
    const report = await analyze(
      {
        records: [
          {
            id: "a",
            published: "2026-03-03",
            text: "Deputy Harbour Minister Colette Varnum said on Tuesday that dredging of the outer channel would resume next month. “We cannot wait,” Varnum said.",
          },
          {
            id: "b",
            published: "2026-03-03",
            text: "Dredging of the outer channel will resume next month, Harbour Minister Colette Varnum said on Tuesday. Shipping firms welcomed the news.",
          },
        ],
      },
      { now: () => new Date("2026-03-04T00:00:00Z") },
    );
    expectValidReport(report);
    const person = report.entities.find((e) => e.name === "Colette Varnum");
    const sources = Object.fromEntries((person?.roleSources ?? []).map((r) => [r.role, r.articles]));
    expect(sources["Deputy Harbour Minister"]).toEqual(["a"]);
    expect(sources["Harbour Minister"]).toEqual(["b"]);
  });
});
