import { describe, expect, it } from "vitest";
import { cleanScrape } from "../../src/extract/index.js";

// Three invented scrapes of one invented event, each in the house style of a
// kind of outlet the seeds do not show: a wire service, a broadcaster's
// site, a local paper. Each carries the chrome its kind of site prints.

const WIRE = `World
Europe
Island council backs new ferry terminal after long fight
Updated at 9:41 a.m.
Nov. 18, 2026
By MARTA OKAFOR Associated Press
FILE - Passengers queue at the old ferry terminal in Pellston, March 3, 2026. (AP Photo/Jon Vell, File)
PELLSTON (AP) — Island councillors on Tuesday backed plans for a new ferry terminal, ending a two-year fight over the harbour.
Getty Images
The 41 million euro building will replace one closed in March after inspectors found cracks in its foundations.
"We have waited long enough," said council leader Idris Vane.
Loading video...
Opponents say traffic will double on the narrow harbour road.
Continue reading
Reporting by Marta Okafor in Pellston and Luis Brandt; Editing by Tom Rees
Tags: Ferries, Pellston, Transport
Contact Marta Okafor at mokafor@example.com
Copyright 2026 The Wire Agency. All rights reserved.`;

const BROADCASTER = `Skip to main content
Ferry terminal approved after two-year dispute
Listen to this article
4 min read
Published 3 hours ago
Share
Save
By Marta Okafor, Transport correspondent
Image source, Harbour Pictures
Image caption,
The old terminal has been closed since March
Councillors in Pellston have voted 7-2 to approve a new ferry terminal.
Advertisement
The building is expected to cost 41 million euros, the council said.
Our Standards: The Broadcaster's Editorial Guidelines.
Related Topics
Ferries
More on this story
Ferry operator warns of price rises`;

const LOCAL = `Home > News > Local
Ferry terminal gets green light despite residents' anger
The decision ends a long row over the harbour's future
By Staff Reporter
Updated: 18 November 2026, 17:05
PELLSTON — Councillors have approved a new ferry terminal for the harbour, despite objections from people living nearby.
Noor Haddad of the residents' association said locals had never been consulted.
Work is expected to start next year.
This article was originally published by the Harbour Gazette.
Have your say
12 comments`;

// An island weekly: an unnamed staff byline, both a published and an updated
// date line, a picture labelled "Image:", and a social-media prompt.
const ISLAND = `THE OSSERY HERALD
Home / News / Local
Three hurt as ferry grounds near Tarn Island
Ossery Herald reporter
Published: 15 March 2027, 09:12
Updated: 15 March 2027, 11:40
Three people were hurt when a ferry ran aground near Tarn Island on Saturday night.
Rescue boats from Port Quell took passengers off the ferry in under an hour.
Image: Passengers being brought ashore at Port Quell. (Ossery Herald)
The operator said services would resume on Wednesday with a replacement vessel.
Follow The Ossery Herald on Facebook for the latest news.`;

// A wire story with two bylines in capitals, a separator and a contributor
// credit; a blog post with a "Posted by" line and the writer's biography.
const US_WIRE = `Business
Kestrel Motors to cut 1,200 jobs as van sales stall
By DANA OKORO and PIETER LANGE
Jan. 14, 2027
DETROIT (Wire) — Kestrel Motors said Wednesday it will cut about 1,200 jobs after sales of its delivery van fell short.
"This is a painful decision," chief executive Marisol Tran said.
___
Wire writer Pieter Lange contributed from Flint.`;

const BLOG = `Kestrel is laying off 1,250 workers. Here's why
Posted by Sam Whitcombe | January 14, 2027 at 3:15 pm ET
Kestrel Motors announced on Wednesday that it will lay off 1,250 employees.
Union leaders reacted angrily.
Sam Whitcombe is a senior reporter covering the auto industry. Follow him on X @samwhit.`;

// A broadsheet site: a navigation menu one item a line above the headline,
// the writer's name over their title, a topics box and a numbered most-viewed list.
const BROADSHEET = `Menu
Search
Home
UK
World
Politics
Sign in
Fishermen block harbour in protest over new quota rules
Boats from three ports tied up across the harbour mouth at dawn
Nadia Kerr
Political correspondent
Wed 17 Mar 2027 06.32 GMT
Share
Fishing crews blockaded the harbour at Ardmore on Wednesday in protest at new catch limits.
About 60 vessels tied up across the harbour mouth at dawn, stopping a ferry from leaving.
Explore more on these topics
Fishing
Protest
Reuse this content
Most viewed
1
Man rescued after 20 hours clinging to buoy
2
Storm warning issued for west coast`;

/** Cleans the lines and expects exactly `chrome` dropped, in order, and every other line kept. */
function expectChromeDropped(lines: string[], chrome: string[]): void {
  const r = cleanScrape(lines.join("\n"));
  expect(r.paragraphs).toEqual(lines.filter((l) => !chrome.includes(l)));
  expect(r.removed.map((x) => x.text)).toEqual(chrome);
}

const BRIEF = [
  "The council approved the new harbour wall on Tuesday after a debate that lasted four hours.",
  "The scheme will cost £12 million, most of it from a government grant.",
];

describe("cleaning scrapes in other house styles", () => {
  it("wire copy: capitals byline, FILE caption, bare credit, dateline, credits and tags", () => {
    const r = cleanScrape(WIRE);
    expect(r.meta).toEqual({
      title: "Island council backs new ferry terminal after long fight",
      byline: "Marta Okafor",
      published: "2026-11-18",
      dateline: "PELLSTON (AP)",
      outlet: "The Wire Agency",
    });
    expect(r.paragraphs).toEqual([
      "Island councillors on Tuesday backed plans for a new ferry terminal, ending a two-year fight over the harbour.",
      "The 41 million euro building will replace one closed in March after inspectors found cracks in its foundations.",
      '"We have waited long enough," said council leader Idris Vane.',
      "Opponents say traffic will double on the narrow harbour road.",
    ]);
    expect(r.removed.map((x) => x.rule)).toEqual([
      "masthead",
      "masthead",
      "headline",
      "relative-time",
      "date-line",
      "byline",
      "photo-caption",
      "dateline",
      "photo-caption",
      "media-player",
      "related-teaser",
      "wire-credits",
      "tag-line",
      "contact-line",
      "copyright",
    ]);
  });

  it("writes a byline printed in capitals as the name is written", () => {
    const r = cleanScrape(
      "Harbour dredging to start in spring\nBy SEAN O'NEILL Coastal News Service\nMay 4, 2026\nDredging of the outer harbour will begin in March, the port said.",
    );
    expect(r.meta.byline).toBe("Sean O'Neill");
  });

  it("broadcaster: skip link, reading tools, labelled picture parts, standards and topics", () => {
    const r = cleanScrape(BROADCASTER);
    expect(r.meta).toMatchObject({
      title: "Ferry terminal approved after two-year dispute",
      byline: "Marta Okafor",
    });
    expect(r.paragraphs).toEqual([
      "Councillors in Pellston have voted 7-2 to approve a new ferry terminal.",
      "The building is expected to cost 41 million euros, the council said.",
    ]);
    const removed = r.removed;
    expect(removed.find((x) => x.text === "The old terminal has been closed since March")?.rule).toBe(
      "photo-caption",
    );
    expect(removed.map((x) => x.rule)).toEqual(
      expect.arrayContaining([
        "skip-link",
        "reader-tools",
        "relative-time",
        "standards-notice",
        "related-heading",
      ]),
    );
  });

  it("local paper: breadcrumb, standfirst kept, dateline after it, republication and comment prompts", () => {
    const r = cleanScrape(LOCAL);
    expect(r.meta).toEqual({
      title: "Ferry terminal gets green light despite residents' anger",
      byline: "Staff Reporter",
      modified: "2026-11-18T17:05",
      dateline: "PELLSTON",
    });
    expect(r.paragraphs).toEqual([
      "The decision ends a long row over the harbour's future",
      "Councillors have approved a new ferry terminal for the harbour, despite objections from people living nearby.",
      "Noor Haddad of the residents' association said locals had never been consulted.",
      "Work is expected to start next year.",
    ]);
    expect(r.removed.map((x) => x.rule)).toEqual([
      "breadcrumb",
      "headline",
      "byline",
      "date-line",
      "dateline",
      "republication-notice",
      "comment-prompt",
      "comment-prompt",
    ]);
  });

  it("island weekly: staff byline, published and updated dates, labelled picture, social prompt", () => {
    const r = cleanScrape(ISLAND);
    expect(r.meta).toEqual({
      outlet: "The Ossery Herald",
      title: "Three hurt as ferry grounds near Tarn Island",
      byline: "Ossery Herald reporter",
      published: "2027-03-15T09:12",
      modified: "2027-03-15T11:40",
    });
    expect(r.paragraphs).toEqual([
      "Three people were hurt when a ferry ran aground near Tarn Island on Saturday night.",
      "Rescue boats from Port Quell took passengers off the ferry in under an hour.",
      "The operator said services would resume on Wednesday with a replacement vessel.",
    ]);
    expect(r.removed.map((x) => x.rule)).toEqual([
      "masthead",
      "breadcrumb",
      "headline",
      "byline",
      "date-line",
      "date-line",
      "photo-caption",
      "follow-prompt",
    ]);
  });

  it("US wire: capitals bylines joined by “and”, separator, contributor credit", () => {
    const r = cleanScrape(US_WIRE);
    expect(r.meta.byline).toBe("Dana Okoro and Pieter Lange");
    expect(r.paragraphs).toEqual([
      "Kestrel Motors said Wednesday it will cut about 1,200 jobs after sales of its delivery van fell short.",
      '"This is a painful decision," chief executive Marisol Tran said.',
    ]);
    expect(r.removed.map((x) => x.rule).slice(-2)).toEqual(["separator", "contributor-credit"]);
  });

  it("blog: “Posted by” line gives the byline, the writer's biography goes", () => {
    const r = cleanScrape(BLOG);
    expect(r.meta).toMatchObject({ byline: "Sam Whitcombe", published: "2027-01-14T15:15-05:00" });
    expect(r.paragraphs).toEqual([
      "Kestrel Motors announced on Wednesday that it will lay off 1,250 employees.",
      "Union leaders reacted angrily.",
    ]);
    expect(r.removed.map((x) => x.rule)).toContain("author-bio");
  });

  it("drops labels, paywall, navigation and feedback lines that scrapers leave inside the body", () => {
    const chrome = [
      "Subscribe to continue reading",
      "Photo gallery (12 photos)",
      "LIVE",
      "Read time: 3 min",
      "Advertisement - scroll to continue",
      "Click to share on WhatsApp (Opens in new window)",
      "Report an error",
      "Join our WhatsApp channel",
      "Next article",
      "Back to top",
      "Terms of use | Privacy policy",
      "Topics",
    ];
    expectChromeDropped([BRIEF[0] as string, ...chrome, BRIEF[1] as string], chrome);
  });

  it("broadsheet: navigation menu, name over title, topics box, numbered most-viewed list", () => {
    const r = cleanScrape(BROADSHEET);
    expect(r.meta).toMatchObject({
      title: "Fishermen block harbour in protest over new quota rules",
      byline: "Nadia Kerr",
      published: "2027-03-17T06:32Z",
    });
    expect(r.paragraphs).toEqual([
      "Boats from three ports tied up across the harbour mouth at dawn",
      "Fishing crews blockaded the harbour at Ardmore on Wednesday in protest at new catch limits.",
      "About 60 vessels tied up across the harbour mouth at dawn, stopping a ferry from leaving.",
    ]);
    expect(r.removed.filter((x) => x.rule === "navigation-menu").map((x) => x.text)).toEqual([
      "Menu",
      "Search",
      "Home",
      "UK",
      "World",
      "Politics",
    ]);
  });

  it("reads the byline and date lines of more heads", () => {
    const body =
      "The council approved the new harbour wall on Tuesday after a debate that lasted four hours.\nWork is expected to begin in the spring, the council's engineer said.";
    const title = "Harbour wall approved after four-hour debate";
    const cases: [string, Record<string, string>][] = [
      [
        "Published 15:42 BST, 3 June 2027 | Updated 17:01 BST, 3 June 2027",
        { published: "2027-06-03T15:42+01:00", modified: "2027-06-03T17:01+01:00" },
      ],
      ["Written by Jo Marsh on 3 June 2027", { byline: "Jo Marsh", published: "2027-06-03" }],
      [
        "By Jo Marsh, Special to the Courier\nPublished June 3, 2027",
        { byline: "Jo Marsh", published: "2027-06-03" },
      ],
      ["Jo Marsh | Jun 3, 2027", { byline: "Jo Marsh", published: "2027-06-03" }],
      // Day and month either way round: the line goes, the date is not guessed.
      ["By Jo Marsh\n03/06/2027", { byline: "Jo Marsh" }],
      ["Jo Marsh | 03/06/2027", { byline: "Jo Marsh" }],
      ["By Jo Marsh\n13/06/2027", { byline: "Jo Marsh", published: "2027-06-13" }],
    ];
    for (const [head, meta] of cases) {
      const r = cleanScrape(`${title}\n${head}\n${body}`);
      expect(r.meta, head).toEqual({ title, ...meta });
      expect(r.paragraphs, head).toHaveLength(2);
    }
  });

  it("reads another language's byline and date line, and no headline for a byline", () => {
    const fr = cleanScrape(
      "Le pont de Kelmouth rouvre après six mois de travaux\nPar Claire Dubois\n3 mai 2027\nLe vieux pont du Moulin a rouvert à la circulation samedi après six mois de travaux.",
    );
    expect(fr.meta).toMatchObject({ byline: "Claire Dubois", published: "2027-05-03" });
    const de = cleanScrape(
      "Von der Leyen warns on tariffs\nBrussels\nThe Commission president warned on Tuesday that tariffs would hurt both sides.",
    );
    expect(de.meta.byline).toBeUndefined();
    expect(de.meta.title).toBe("Von der Leyen warns on tariffs");
  });

  it("joins a paragraph wrapped at a fixed width back into one line", () => {
    const r = cleanScrape(
      [
        "Harbour wall approved after four-hour debate",
        "By Jo Marsh",
        "",
        "The council approved the new harbour wall on Tuesday after a debate",
        "that lasted four hours and drew hundreds of residents to the town",
        "hall.",
        "",
        '"We cannot keep patching the old wall every winter," said council',
        'leader Ruth Adebayo. "This is the right decision for the town."',
      ].join("\n"),
    );
    expect(r.paragraphs).toEqual([
      "The council approved the new harbour wall on Tuesday after a debate that lasted four hours and drew hundreds of residents to the town hall.",
      '"We cannot keep patching the old wall every winter," said council leader Ruth Adebayo. "This is the right decision for the town."',
    ]);
  });

  it("drops a long comment thread that opens before the last third of the page", () => {
    const thread = [
      "248 Comments",
      "Sort by Newest",
      "seaview_sue",
      "2 hours ago",
      "About time! My basement flooded three times last year.",
      "Reply",
      "12 likes",
      "KelmouthDad",
      "3 hours ago",
      "Another waste of money. They said the same thing in 2015.",
      "Reply",
      "4 likes",
      "View more comments",
    ];
    expectChromeDropped([...BRIEF, ...thread], thread);
  });

  it("drops a closed comment thread told by handles, stamps and recommend counts", () => {
    const thread = [
      "Comments (3)",
      "Closed for comments",
      "harbour_watcher",
      "Far too expensive for a town this size.",
      "Nov 18, 2026 10:12am",
      "Recommend 14",
      "Kelmouth1962",
      "Good news for the fishing fleet at last.",
      "Nov 18, 2026 11:40am",
      "Recommend 9",
    ];
    expectChromeDropped([...BRIEF, ...thread], thread);
  });

  it("drops gallery captions, capitals and photographer credits, and a caption printed twice above its credit", () => {
    const chrome = [
      "Item 1 of 2 Divers search the harbour near Pell Rock on Tuesday. Harbour Police/Handout via WIRE",
      "[1/2]Divers search the harbour near Pell Rock on Tuesday. Harbour Police/Handout via WIRE Purchase Licensing Rights",
      "Workers inspect the old harbour wall.",
      "Workers inspect the old harbour wall.",
      "HARBOUR COUNCIL/WIRE",
      "A crane lifts the first block into place at the harbour.",
      "Jo Vell / KHBR",
    ];
    expectChromeDropped(
      [BRIEF[0] as string, ...chrome.slice(0, 5), BRIEF[1] as string, ...chrome.slice(5)],
      chrome,
    );
  });

  it("drops a site's time stamp, teasers, picks box, sign-up small print, footer row, tags box, bio and appeal", () => {
    const chrome = [
      "Harbour Daily Online / 12 minutes ago",
      "READ: Storm warning lifted for the northern coast",
      "EDITORS' PICK",
      "Senate panel to resume hearings on rice import rules",
      "By providing an email address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.",
      "Don't miss out on the latest news and information.",
      "KHBR depends on listeners like you. Your support makes stories like this possible.",
      "Tags",
      "Local News",
      "Harbours",
      "Mara Quint covers the council and the harbour for KHBR.",
      "Harbour Daily Online © 2027 All Rights Reserved",
      "About Us | Advertise | Privacy Policy | Contact",
    ];
    expectChromeDropped([chrome[0] as string, ...BRIEF, ...chrome.slice(1)], chrome);
  });

  it("reads a 'Posted by:' byline, a date line glued to its time, and drops share counters", () => {
    const r = cleanScrape(
      [
        "Harbour wall approved after long fight",
        "Posted by: Tunde Adebayo-Vell",
        "March 9, 20273:52 PM GMT+8Updated 2 hours ago",
        "0",
        "Share",
        "Pin",
        ...BRIEF,
      ].join("\n"),
    );
    expect(r.meta.byline).toBe("Tunde Adebayo-Vell");
    expect(r.meta.published).toBe("2027-03-09T15:52+08:00");
    expect(r.paragraphs).toEqual(BRIEF);
  });

  it("keeps the headline, byline and date line below a menu whose items read as a related box", () => {
    const r = cleanScrape(
      [
        "Harbour News",
        "Top Stories",
        "Regions",
        "Weather",
        "Watch",
        "",
        "LIVE UPDATES: Storm surge floods the harbour towns",
        "Harbour News Digital Team",
        "Last updated: Mon, 9 Mar 2027 5:05 PM",
        "",
        ...BRIEF,
      ].join("\n"),
    );
    expect(r.meta.title).toBe("LIVE UPDATES: Storm surge floods the harbour towns");
    expect(r.meta.byline).toBe("Harbour News Digital Team");
    expect(r.meta.modified).toBe("2027-03-09T17:05");
    expect(r.paragraphs).toEqual(BRIEF);
  });

  it("reads the head under a one-line menu: masthead and slogan above it, a section label, a date bar", () => {
    const heads = [
      [
        "The Harbour Courier",
        "Serving Pell Rock and the lower valley since 1911",
        "Home | News | Sports | Obituaries | Letters to the Editor | Subscribe",
        "Harbour wall approved after a two-year fight",
        "By Tessa Orme",
      ],
      [
        "THE HARBOUR LEDGER",
        "Nation | World | Business | Sports | Lifestyle",
        "Business",
        "Harbour wall approved after a two-year fight",
        "By Tessa Orme / Ledger Staff Writer",
        "March 3, 2027 (Wed.) 18:30 JST",
      ],
      [
        "Harbour Post Online",
        "Home Local World Business Sports Video Opinion",
        "Tuesday, March 2, 2027 | Subscribe",
        "Harbour wall approved after a two-year fight",
        "Storm damage forced the council's hand",
        "By Tessa Orme - March 3, 2027 @ 8:30am",
      ],
    ];
    for (const head of heads) {
      const r = cleanScrape([...head, ...BRIEF].join("\n"));
      expect(r.meta.title).toBe("Harbour wall approved after a two-year fight");
      expect(r.meta.byline).toBe("Tessa Orme");
      expect(r.meta.outlet).toMatch(/^(?:The Harbour Courier|The Harbour Ledger|Harbour Post Online)$/);
      expect(r.paragraphs.slice(-2)).toEqual(BRIEF);
      expect(r.paragraphs.join(" ")).not.toMatch(/Subscribe|Lifestyle|Video Opinion|since 1911/);
    }
  });

  it("drops a comment section's rules of replying", () => {
    const chrome = [
      "The rules of replying:",
      "Be respectful. This is a space for friendly local discussions.",
      "Keep it local and relevant. Make sure your replies stay on topic.",
      "Review the Harbour Notes Community Guidelines.",
    ];
    const more = [
      "Work on the wall will start in May and should take two years.",
      "Fishing crews say the old wall has failed in three storms since 2020.",
    ];
    expectChromeDropped([...BRIEF, ...more, ...chrome], chrome);
  });

  it("drops the credits, contacts, slugs and promos that close wire and agency copy", () => {
    const tail = [
      "--With assistance from Jo Marsh and Sam Otto.",
      "To contact the reporter on this story: Jo Marsh in London at jmarsh@example.com",
      "More stories like this are available on example.com",
      "What do you think? Let us know in the comments.",
      "jm/sco/rl",
    ];
    expectChromeDropped([...BRIEF, ...tail], tail);
  });

  it("health site: the site's name above the headline, the writer's name beside the date, a sign-up form", () => {
    const r = cleanScrape(
      [
        "Menu",
        "Search",
        "Clinic Weekly",
        "Hay fever tablets recalled over labelling error",
        "Patients are told to check the packet before taking another dose",
        "Ruth Adeyemi",
        "Tuesday 9 March 2027 10:05 GMT",
        "Comments",
        "About 80,000 packets of hay fever tablets are being recalled because the dose on the label is wrong.",
        "Sign up to our free health newsletter",
        "Please enter a valid email address",
        "I would like to be emailed about offers, events and updates from Clinic Weekly. Read our privacy notice.",
        "By signing up you agree to our terms of use and privacy policy.",
        "Pharmacists will replace the packets free of charge.",
      ].join("\n"),
    );
    expect(r.meta).toEqual({
      outlet: "Clinic Weekly",
      title: "Hay fever tablets recalled over labelling error",
      byline: "Ruth Adeyemi",
      published: "2027-03-09T10:05Z",
    });
    expect(r.paragraphs).toEqual([
      "Patients are told to check the packet before taking another dose",
      "About 80,000 packets of hay fever tablets are being recalled because the dose on the label is wrong.",
      "Pharmacists will replace the packets free of charge.",
    ]);
    expect(r.removed.filter((x) => x.rule === "signup-form")).toHaveLength(3);
  });

  it("drops a pull quote printed again beside its paragraph, but takes a headline the lead repeats as the title", () => {
    const r = cleanScrape(
      [
        "Ferry runs aground off Marrow Island",
        "A ferry runs aground off Marrow Island in fog, and three passengers are hurt, the coastguard said on Sunday.",
        '"Our crews worked through the night in very hard conditions, and we will not stop until every passenger is home," said Mora Lind.',
        "Our crews worked through the night in very hard conditions",
        "Sailings are cancelled until Friday, the operator said.",
      ].join("\n"),
    );
    expect(r.meta.title).toBe("Ferry runs aground off Marrow Island");
    expect(r.removed.map((x) => x.rule)).toEqual(["headline", "pull-quote"]);
    expect(r.paragraphs).toHaveLength(3);
  });

  it("agency portal: dateline with the agency and no dash, inputs credit and syndication disclaimer", () => {
    const r = cleanScrape(
      [
        "Rovers beat City to reach the cup final",
        "Harbourside, Mar 10 (NPA) Rovers came from behind to beat City in the cup semi-final at Harbourside Stadium on Tuesday night.",
        "The final will be played on April 24.",
        "(With inputs from agencies)",
        "Disclaimer: This story is auto-generated from a syndicated feed; only the headline may have been reworked by our staff.",
      ].join("\n"),
    );
    expect(r.meta.dateline).toBe("Harbourside, Mar 10 (NPA)");
    expect(r.paragraphs).toEqual([
      "Rovers came from behind to beat City in the cup semi-final at Harbourside Stadium on Tuesday night.",
      "The final will be played on April 24.",
    ]);
    expect(r.removed.map((x) => x.rule)).toEqual([
      "headline",
      "dateline",
      "contributor-credit",
      "disclaimer",
    ]);
  });

  it("drops the next article a scrolling page loaded after this one, not a marker above the story", () => {
    const story = [
      "The Old Mill bridge was closed on Tuesday after engineers found a crack in one of its piers.",
      "Repairs are expected to take until June, and buses will be diverted through Westpark.",
    ];
    const next = [
      "Next article",
      "Library opening hours extended for exams",
      "The central library will stay open until 10pm during the exam season, the council said.",
    ];
    const r = cleanScrape(["Bridge closed after crack found", ...story, ...next].join("\n"));
    expect(r.paragraphs).toEqual(story);
    expect(r.removed.filter((x) => x.rule === "next-article").map((x) => x.text)).toEqual(next);
    expect(
      cleanScrape(["Next article", "Bridge closed after crack found", ...story].join("\n")).paragraphs,
    ).toEqual(story);
  });

  it("takes a two-word headline above the byline for the title, and a paper's name there for the outlet", () => {
    const body = "Winds of up to 90mph hit the coast on Friday, the forecaster said.";
    const storm = cleanScrape(["News", "Storm Eunice", "By Jo Marsh", "March 3, 2027", body].join("\n"));
    expect(storm.meta).toMatchObject({ title: "Storm Eunice", byline: "Jo Marsh" });
    expect(storm.paragraphs).toEqual([body]);
    const paper = cleanScrape(["Harbour Post", "By Jo Marsh", "March 3, 2027", body].join("\n"));
    expect(paper.meta).toEqual({ outlet: "Harbour Post", byline: "Jo Marsh", published: "2027-03-03" });
  });

  it("live page: entry times, key-events switch, pinned post, JavaScript notice", () => {
    const head = [
      "Storm Hanna live: power cuts and ferry cancellations",
      "Show key events only",
      "Please turn on JavaScript to use this feature",
      "Live feed",
      "2h ago",
    ];
    const lines = [
      ...head,
      "Ferries cancelled until Friday",
      "14:05 GMT",
      "All sailings to the islands have been cancelled until Friday, the operator said.",
      "Pinned post",
      "13:10",
      "About 38,000 homes are without power, the network operator said.",
    ];
    expectChromeDropped(lines, [...head, "14:05 GMT", "Pinned post", "13:10"]);
  });

  it("drops gallery counters, embedded posts' attribution, print-issue notes, video pointers and reach-me lines", () => {
    const chrome = [
      "1 of 3",
      "— Tam Okafor (@tamokafor) January 17, 2028",
      "Illustration by Mirela Tocquet",
      "Watch the full report above",
      "Jo Marsh can be reached at jmarsh@example.com or 555-0192.",
      "This article appears in the June 2027 issue of The Industrial Ledger.",
      "Publicidad",
      "Anzeige",
    ];
    expectChromeDropped([BRIEF[0] as string, ...chrome, BRIEF[1] as string], chrome);
    const paper = cleanScrape(
      [...BRIEF, "Copyright 2027 Daily Rattle Media Ltd. All rights reserved."].join("\n"),
    );
    expect(paper.meta.outlet).toBe("Daily Rattle");
    expect(cleanScrape([...BRIEF, "© The Evening Clang 2027"].join("\n")).meta.outlet).toBe(
      "The Evening Clang",
    );
  });

  it("press release: issuer line, wire dateline, and the issuer's boilerplate, forward-looking statements and contacts", () => {
    const news = [
      "Kestrel Freight said on Tuesday that a fire destroyed its warehouse in Pell Rock, and that all 14 workers left safely.",
      "The company expects losses of about $18 million, which it believes are covered by insurance.",
    ];
    const r = cleanScrape(
      [
        "Kestrel Freight statement on Pell Rock warehouse fire",
        "NEWS PROVIDED BY",
        "Kestrel Freight, Inc.",
        "May 04, 2027 08:00 AM Eastern Daylight Time",
        `PORTLAND, Ore., May 4, 2027 /PRNewswire/ -- ${news[0]}`,
        news[1],
        "About Kestrel Freight",
        "Kestrel Freight, Inc. operates 22 warehouses in three states. For more information, visit the company's website.",
        "Forward-Looking Statements",
        "This press release contains forward-looking statements. Actual results may differ materially.",
        "Media contact:",
        "Priya Vandermolen",
        "press@kestrel.example",
        "SOURCE Kestrel Freight, Inc.",
      ].join("\n"),
    );
    expect(r.meta).toMatchObject({
      published: "2027-05-04T08:00-04:00",
      dateline: "PORTLAND, Ore., May 4, 2027 /PRNewswire/",
    });
    expect(r.paragraphs).toEqual(news);
    expect(r.removed.filter((x) => x.rule === "press-release")).toHaveLength(10);
  });

  it("reads a date line whose day and time a slash parts", () => {
    const r = cleanScrape(
      [
        "Fire hits warehouse",
        "Posted: Mar 10, 2027 / 06:12 AM PST",
        "Updated: Mar 10, 2027 / 08:45 AM PST",
        BRIEF[0],
      ].join("\n"),
    );
    expect(r.meta).toEqual({
      title: "Fire hits warehouse",
      published: "2027-03-10T06:12-08:00",
      modified: "2027-03-10T08:45-08:00",
    });
  });

  it("TV site: the station's name over its menu, an \"Author:\" byline; a magazine's menu flattened onto one line", () => {
    const tv = cleanScrape(
      [
        "WKRA 7 News at Your Side",
        "Home",
        "News",
        "Weather",
        "Investigations",
        "Video",
        "Battery maker picks Orrick County for new plant, promising 1,500 jobs",
        "Author: Desmond Lyle",
        "Published: 6:02 PM EDT May 4, 2027",
        BRIEF[0],
      ].join("\n"),
    );
    expect(tv.meta).toMatchObject({
      title: "Battery maker picks Orrick County for new plant, promising 1,500 jobs",
      byline: "Desmond Lyle",
      published: "2027-05-04T18:02-04:00",
    });
    expect(tv.paragraphs).toEqual([BRIEF[0]]);
    const magazine = cleanScrape(
      [
        "Subscribe   Sign In   Culture   Ideas   Science   The Magazine",
        "The Clock That Held a Town Together",
        "By Halcyon Petrovska",
        "April 22, 2027",
        BRIEF[0],
        "About   Careers   Privacy Policy   Terms of Service   Contact",
      ].join("\n"),
    );
    expect(magazine.meta.title).toBe("The Clock That Held a Town Together");
    expect(magazine.paragraphs).toEqual([BRIEF[0]]);
  });

  it("does not join a byline in lower case to the headline above it as wrapped text", () => {
    const r = cleanScrape(
      [
        "Warehouse fire forces hundreds from homes in Pell Rock",
        "by Janelle Ostby, KPRX 8 News",
        "Posted: Mar 10, 2027 / 06:12 AM PST",
        BRIEF[0],
      ].join("\n"),
    );
    expect(r.meta).toMatchObject({
      title: "Warehouse fire forces hundreds from homes in Pell Rock",
      byline: "Janelle Ostby",
    });
    expect(r.paragraphs).toEqual([BRIEF[0]]);
  });

  it("drops the agency or desk and the place that sign a story under its byline", () => {
    const head = (lines: string[]) =>
      cleanScrape(["Flood waters force families from homes in river valley", ...lines, BRIEF[0]].join("\n"));
    const agency = head([
      "By Anika Werner",
      "Meridian Wire News, Kessbrunn",
      "Published: 14 March 2027, 09:12",
    ]);
    expect(agency.meta.byline).toBe("Anika Werner");
    expect(agency.paragraphs).toEqual([BRIEF[0]]);
    const afterDate = head([
      "By Ravi Menon",
      "Updated: March 14, 2027 09:12 IST",
      "Press Trust Service | Harlow",
    ]);
    expect(afterDate.paragraphs).toEqual([BRIEF[0]]);
    const desk = head(["Staff Reporter, Pellston", "Updated: March 14, 2027 09:12 IST"]);
    expect(desk.meta.byline).toBe("Staff Reporter");
    expect(desk.paragraphs).toEqual([BRIEF[0]]);
    // Under no byline, such a line may be news ("Lotte Brandis, Mayor" aside): kept.
    expect(head(["Harbour Board, Pellston", BRIEF[1] as string]).paragraphs).toContain(
      "Harbour Board, Pellston",
    );
  });

  it("regional site: name and slogan over a menu, a byline with its desk beside a two-part date line, credits ending captions, footer links", () => {
    const r = cleanScrape(
      [
        "KESTREL VALLEY ECHO",
        "News for the valley since 1921",
        "News",
        "Sport",
        "Farming",
        "Property",
        "Ferry service cut to two sailings a day after crew shortage",
        "Social Sharing",
        "Ines Waterford · Valley Echo News",
        "Posted: Mar 23, 2027 10:15 AM EDT | Last Updated: Mar 23",
        "Passengers wait at the Kestrel Quay terminal on Monday. (Submitted by Kestrel Ferries)",
        BRIEF[0],
        "Ines Waterford at the quay in 2024. Picture supplied",
        "The harbour master talks to crews at dawn. Picture by Tom Allard",
        "Crews unload the last ferry of the day. PHOTO | COURTESY",
        "A ferry leaves Kestrel Quay in heavy rain, March 3, 2027. Wire/Jo Vell/File Photo Purchase Licensing Rights",
        "The ferry Kestrel Maid sails past the breakwater at dusk",
        "The ferry Kestrel Maid sails past the breakwater at dusk",
        "Credit: Valley Pictures",
        BRIEF[1],
        "With files from Meridian Wire",
        "Newsroom Contacts, PO Box 4410, Kestrel Quay, K.V.",
        "© 2027 Kestrel Valley Media Ltd",
        "About us",
        "Terms & conditions",
        "Contact us",
      ].join("\n"),
    );
    expect(r.meta).toMatchObject({
      outlet: "Kestrel Valley Echo",
      title: "Ferry service cut to two sailings a day after crew shortage",
      byline: "Ines Waterford",
      published: "2027-03-23T10:15-04:00",
    });
    expect(r.paragraphs).toEqual(BRIEF);
  });

  it("blog: share line, author link, a comment form and the related headlines above it", () => {
    const r = cleanScrape(
      [
        "Harbour wall repairs to start in spring",
        "By Ines Waterford",
        "12 March 2027",
        "Share on Facebook Share on X Email",
        "More by this Author",
        ...BRIEF,
        "Related News",
        "Council names new harbour master after long search",
        "Ferry fares to rise in April",
        "Leave a Reply",
        "Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Comment *",
        "Name *",
        "Email *",
        "Website",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Post Comment",
        "© 2027 Harbour Weekly. All Rights Reserved.",
      ].join("\n"),
    );
    expect(r.paragraphs).toEqual(BRIEF);
  });

  it("wire and TV heads: a menu with 'U.S.', a promo and a breadcrumb above the headline, tickers, a lower-case staff byline, an ordinal date", () => {
    const wire = cleanScrape(
      [
        "CONTINENTAL WIRE",
        "Top News",
        "U.S.",
        "World",
        "Politics",
        "Fire forces thousands from homes in the foothills",
        "By MARISOL KANE",
        "Updated 11:07 AM PDT, August 10, 2026",
        ...BRIEF,
      ].join("\n"),
    );
    expect(wire.meta).toMatchObject({
      title: "Fire forces thousands from homes in the foothills",
      byline: "Marisol Kane",
    });
    expect(wire.paragraphs).toEqual(BRIEF);
    const tv = cleanScrape(
      [
        "LIVE: KZXB 7 News at Noon",
        "BREAKING",
        "Fire grows to 12,400 acres as homes burn in Cedar Hollow",
        "by The Continental Wire and KZXB Staff",
        "Mon, August 10th 2026, 1:15 PM PDT",
        ...BRIEF,
      ].join("\n"),
    );
    expect(tv.meta).toMatchObject({
      title: "Fire grows to 12,400 acres as homes burn in Cedar Hollow",
      published: "2026-08-10T13:15-07:00",
    });
    expect(tv.paragraphs).toEqual(BRIEF);
    const markets = cleanScrape(
      [
        "JSE ALSI 84,312.55 +0.62%",
        "GOLD $2,410.60 +0.18%",
        "Home » Companies » Retail",
        "Sandveld lifts sales guidance after revenue jump",
        "Sipho Khumalo",
        "28 July 2026 | 10:42",
        ...BRIEF,
      ].join("\n"),
    );
    expect(markets.meta).toMatchObject({
      title: "Sandveld lifts sales guidance after revenue jump",
      byline: "Sipho Khumalo",
    });
    expect(markets.paragraphs).toEqual(BRIEF);
  });

  it("Indian daily and agency copy: follow-us links, a capitals place with a colon, a joint agency credit; a one-line release issuer", () => {
    const daily = cleanScrape(
      [
        "Party sweeps state polls with 92 of 160 seats in the assembly",
        "Written by Ketaki Rao",
        "Amravalli | Updated: May 14, 2026 21:37 IST",
        "Follow us on",
        "Google News",
        "WhatsApp",
        `AMRAVALLI: ${BRIEF[0]}`,
        BRIEF[1],
      ].join("\n"),
    );
    expect(daily.meta.dateline).toBe("AMRAVALLI");
    expect(daily.paragraphs).toEqual(BRIEF);
    const agency = cleanScrape(
      ["Party sweeps state polls", `Amravalli, May 14 (IANS/PTI) ${BRIEF[0]}`, BRIEF[1]].join("\n"),
    );
    expect(agency.meta.dateline).toBe("Amravalli, May 14 (IANS/PTI)");
    expect(agency.paragraphs).toEqual(BRIEF);
    const release = cleanScrape(
      [
        "Sandveld reports first-quarter revenue up 9.3 percent",
        "News provided by Sandveld Retail Group Ltd",
        "Share to Facebook",
        `KLOOFVALE, South Africa, July 28, 2026 /PRNewswire/ -- ${BRIEF[0]}`,
        BRIEF[1],
      ].join("\n"),
    );
    expect(release.paragraphs).toEqual(BRIEF);
  });

  it("reads a date line that gives the update after the date with no bar between, in English or French", () => {
    const en = cleanScrape(
      [
        "Fire burns homes near the town of Cedar Hollow",
        "By Jo Marsh",
        "Posted May 3, 2027 9:14 AM Updated May 3, 2027 11:02 AM",
        ...BRIEF,
      ].join("\n"),
    );
    expect(en.meta).toMatchObject({ published: "2027-05-03T09:14", modified: "2027-05-03T11:02" });
    expect(en.paragraphs).toEqual(BRIEF);
    const fr = cleanScrape(
      [
        "Le pont fermé pour six mois à Saint-Aubin",
        "Par Solène Marchetti",
        "Publié le 3 mai 2027 à 14h05, mis à jour à 16h20",
        ...BRIEF,
      ].join("\n"),
    );
    expect(fr.meta.published).toBe("2027-05-03T14:05");
    expect(fr.paragraphs).toEqual(BRIEF);
  });

  it("keeps news that opens like these chrome lines", () => {
    const news = [
      "Reporting by the council's own auditors found the fund was 3 million euros short.",
      "Save the Children said the camp needed clean water within days.",
      "File photos from 1990 show the harbour before the breakwater was built.",
      "Contact between the two delegations resumed on Monday after a week of silence.",
      "Loading of the first ship began at dawn, the port authority said.",
      "Image rights for the footage were sold to three broadcasters, the agency said.",
      "Home owners near the quay will be offered noise insulation, the council said.",
      "Published figures show passenger numbers fell 12 percent last year.",
      "Updated plans were submitted in June after the first design was rejected.",
      "Image quality of the cameras was poor: the footage could not be used.",
      "Follow-up checks on the hull found no damage, the operator said.",
      "Our reporter saw crews working through the night.",
      "Ana Ruiz is a reporter who was held for six months before her release on Friday.",
      "Residents contributed.",
      "Donors including the Harbour Trust contributed to the appeal, the council said.",
      "Back to top form, the striker scored twice in the second half.",
      "Live music returns to the quay this summer, organisers said.",
      "Breaking the deadlock took three rounds of talks.",
      "Topics on the agenda include parking and the new bus lanes.",
      "Report an error in the register by the end of the month, voters were told.",
      "With assistance from the fire service, crews cleared the road by noon.",
      "By signing up for the scheme, residents agree to pay a small levy, the council said.",
      "I want to receive the same care as anyone else, the patient told the hearing.",
      "News Desk staff worked through the night to cover the count.",
      "Disclaimers on the packets were too small to read, the inspectors found.",
      "With inputs from three councils, the plan was approved on Monday.",
      "Key events in the town's history are marked on the new plaques.",
      "Pinned under the wreckage for two hours, the driver survived.",
      "Illustrations by local children decorate the new ward, the hospital said.",
      "Watch the river level, the council told residents living near the bank.",
      "Two of the three suspects have been charged, police said.",
      "About 200 people gathered outside the town hall on Saturday.",
      "Source code for the app was published on Monday, its developers said.",
      "Social sharing of the video helped police find the driver, officers said.",
      "PO Box 12 at the town hall will collect postal votes, the clerk said.",
      "The picture supplied by the family shows her on the day she left.",
    ];
    expect(cleanScrape(news.join("\n")).paragraphs).toEqual(news);
  });
});
