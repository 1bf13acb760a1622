import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

// Two outlets that heard the same fire chief print her words alike; that
// alone does not make one a rewrite of the other.
const quote = '"We were lucky the wind turned east before midnight," Fire Chief Mara Quint said.';
const own = (place: string, detail: string) => [
  `A fire destroyed a logistics warehouse in ${place} overnight, and about 340 people were told to leave their homes.`,
  `Crews from four towns fought the blaze, which ${detail}.`,
  "Evacuees spent the night at the high school, where volunteers set up cots and served hot drinks.",
  "The warehouse owner said all 14 workers on the night shift had left the building safely.",
  quote,
];

describe("derivation", () => {
  it("does not take two reports that share a quote for a rewrite, and finds the rewrite of one", async () => {
    const a = own("Pell Rock", "burned for nine hours");
    const b = [
      "About 340 residents were evacuated from Pell Rock after flames tore through a freight warehouse in the night.",
      "Neighbours said the explosions sounded like fireworks and could be heard across the valley.",
      "Firefighters were hampered by low water pressure on the north side of town, the county said.",
      "Investigators from the state fire marshal's office are expected at the site on Thursday.",
      "The county said roads around the site would stay closed until the ruins had cooled.",
      "A school board member said classes would resume on Friday in another building.",
      "Evacuees spent the night at the high school, where volunteers set up cots and served hot drinks.",
      quote,
    ];
    const rewrite = a.map((s) => s.replace("overnight", "during the night").replace("Crews", "Firefighters"));
    const report = await analyze({
      records: [
        { id: "a", outlet: "Valley Post", published: "2027-03-10T06:00", text: a.join("\n\n") },
        { id: "b", outlet: "KPRX", published: "2027-03-10T07:00", text: b.join("\n\n") },
        { id: "c", outlet: "News Digest", published: "2027-03-10T09:00", text: rewrite.join("\n\n") },
      ],
    });
    const derived = new Map(report.articles.map((x) => [x.id, x.derivedFrom.map((d) => d.article)]));
    expect(derived.get("b")).toEqual([]);
    expect(derived.get("c")).toEqual(["a"]);
  });

  it("does not take a brief in its own words for a copy because it names the same firm, town and street", async () => {
    const report = await analyze({
      records: [
        {
          id: "full",
          published: "2027-03-10T06:00",
          text: [
            "A fire that levelled the Brannock Tile Supply depot in Harwell Bridge on Monday night is being investigated as a possible arson, police said.",
            "Sergeant Lena Okoro of the Harwell Bridge police said a side door of the building appeared to have been forced. Officers were collecting camera footage from businesses along Millrace Road.",
            "The family firm put its losses at about $1.4 million. Owner Dmitri Brannock said the depot had passed a fire inspection in February.",
            "Firefighters arrived within nine minutes and kept the flames from reaching a timber yard next door. Nobody was injured.",
          ].join("\n\n"),
        },
        {
          id: "brief",
          published: "2027-03-10T11:00",
          text: "Police in Harwell Bridge say the Monday night fire that destroyed the Brannock Tile Supply depot on Millrace Road was probably set deliberately. A forced door was found at the scene. No one was hurt. Owner Dmitri Brannock says the business will rebuild.",
        },
      ],
    });
    expect(report.articles.find((a) => a.id === "brief")?.derivedFrom).toEqual([]);
  });
});
