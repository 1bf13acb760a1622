import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanScrape } from "../../src/extract/index.js";

// An invented scrape with the furniture real scrapes carry.
const SCRAPE = `Get breaking news alerts from The Orvale Ledger
Notifications can be managed in browser preferences.
Dam inspectors find cracks in spillway wall

Inspectors want the reservoir lowered before the autumn rains

By Petra Olsen
Tuesday 14 April 2026 09:12 BST

Share this article
Engineers inspect the spillway on Monday. Credit: Jo Marsh / Northwire Photos
Inspectors found three cracks in the concrete wall of the Kestrel Dam spillway during a routine check, the regional water authority said on Tuesday.
Workers on the spillway gallery
Workers on the spillway gallery (Northwire)
The authority said there was no immediate danger to homes downstream.
Also Read | Council approves new flood barrier funding
"We are lowering the water level as a precaution," chief engineer Ruth Adebayo said.
"We are lowering the water level as a precaution," chief engineer Ruth Adebayo said.
Sign up for our morning newsletter
Advertisement
Repairs are expected to cost about £2 million and take six months.

Join the conversation
Log in to comment
Thank you for registering
© 2026 The Orvale Ledger. All rights reserved.`;

describe("cleanScrape", () => {
  const r = cleanScrape(SCRAPE);

  it("keeps the news paragraphs and nothing else", () => {
    expect(r.paragraphs).toEqual([
      "Inspectors want the reservoir lowered before the autumn rains",
      "Inspectors found three cracks in the concrete wall of the Kestrel Dam spillway during a routine check, the regional water authority said on Tuesday.",
      "The authority said there was no immediate danger to homes downstream.",
      '"We are lowering the water level as a precaution," chief engineer Ruth Adebayo said.',
      "Repairs are expected to cost about £2 million and take six months.",
    ]);
  });

  it("turns header lines into metadata", () => {
    expect(r.meta).toEqual({
      title: "Dam inspectors find cracks in spillway wall",
      byline: "Petra Olsen",
      published: "2026-04-14T09:12+01:00",
      outlet: "The Orvale Ledger",
    });
  });

  it("lists every dropped line with the rule that dropped it", () => {
    expect(r.removed.map((x) => [x.rule, x.text])).toEqual([
      ["notification-prompt", "Get breaking news alerts from The Orvale Ledger"],
      ["notification-prompt", "Notifications can be managed in browser preferences."],
      ["headline", "Dam inspectors find cracks in spillway wall"],
      ["byline", "By Petra Olsen"],
      ["date-line", "Tuesday 14 April 2026 09:12 BST"],
      ["share-buttons", "Share this article"],
      ["photo-caption", "Engineers inspect the spillway on Monday. Credit: Jo Marsh / Northwire Photos"],
      ["photo-caption-copy", "Workers on the spillway gallery"],
      ["photo-caption", "Workers on the spillway gallery (Northwire)"],
      ["related-teaser", "Also Read | Council approves new flood barrier funding"],
      [
        "repeated-line",
        '"We are lowering the water level as a precaution," chief engineer Ruth Adebayo said.',
      ],
      ["newsletter-prompt", "Sign up for our morning newsletter"],
      ["advertisement", "Advertisement"],
      ["comment-prompt", "Join the conversation"],
      ["comment-prompt", "Log in to comment"],
      ["login-prompt", "Thank you for registering"],
      ["copyright", "© 2026 The Orvale Ledger. All rights reserved."],
    ]);
  });

  it("reads summer time for US zone names, mastheads and bylines with an affiliation", () => {
    const head = cleanScrape(
      "RIVERTON HERALD | News for the valley since 1902\nLevee repairs start after spring floods\nBy Dana Ruiz | Riverton Herald\nPublished 9:47 AM ET Jun 9, 2026\nCrews began repairing the north levee on Monday, the county said.",
    );
    expect(head.meta).toEqual({
      outlet: "Riverton Herald",
      title: "Levee repairs start after spring floods",
      byline: "Dana Ruiz",
      published: "2026-06-09T09:47-04:00",
    });
    expect(head.paragraphs).toEqual(["Crews began repairing the north levee on Monday, the county said."]);
    expect(
      cleanScrape(
        "Snow closes mountain pass\nBy Lee Park, Wire Service\nJan 9, 2026 9:47 AM ET\nThe pass closed on Friday.",
      ).meta,
    ).toMatchObject({
      byline: "Lee Park",
      published: "2026-01-09T09:47-05:00",
    });
  });

  it("cuts datelines into metadata and keeps the sentence", () => {
    const cases: [string, string, string][] = [
      [
        "HARBOR CITY, Maine (WNS) — The council voted on Monday to close the pier for repairs.",
        "HARBOR CITY, Maine (WNS)",
        "The council voted",
      ],
      [
        "KESTREL FALLS, Oct 3 (WNS) - Rescuers reached the last of the stranded hikers on Friday.",
        "KESTREL FALLS, Oct 3 (WNS)",
        "Rescuers reached",
      ],
      [
        "MARLOW — A fire at a bakery on Mill Lane was put out within an hour, firefighters said.",
        "MARLOW",
        "A fire at a bakery",
      ],
      [
        "Orvale: The regional council has approved a new bus depot on the edge of the town.",
        "Orvale",
        "The regional council",
      ],
    ];
    for (const [line, place, start] of cases) {
      const r = cleanScrape(
        `Headline about the event here\n${line}\nA second paragraph follows with more detail on the event.`,
      );
      expect(r.meta.dateline, line).toBe(place);
      expect(r.paragraphs[0]?.startsWith(start), line).toBe(true);
      expect(r.removed.find((x) => x.rule === "dateline")?.text).toMatch(/[—:-]$/);
    }
    for (const line of [
      "Analysis: The budget leaves the hardest choices for next year, economists said.",
      "NATO leaders met in Brussels on Tuesday to discuss the new air defence plan.",
    ]) {
      expect(cleanScrape(`Headline about the event here\n${line}`).meta.dateline, line).toBeUndefined();
    }
  });

  it("reads byline-and-date lines and drops section labels at the top", () => {
    const r = cleanScrape(
      "Transport\nTram depot to get solar roof by summer\nKofi Marchbank · July 29, 2026 · 4 min read\nThe operator said on Tuesday that panels would cover the whole depot roof.",
    );
    expect(r.meta).toEqual({
      title: "Tram depot to get solar roof by summer",
      byline: "Kofi Marchbank",
      published: "2026-07-29",
    });
    expect(r.removed.map((x) => x.rule)).toEqual(["masthead", "headline", "meta-line"]);
    const dateOnly = cleanScrape(
      "Board passes school budget after long meeting\nBy Ana Lee | Staff\nMay 28, 2026 | 10:15 PM\nThe board voted 6-1 on Thursday night.",
    );
    expect(dateOnly.meta).toMatchObject({ byline: "Ana Lee", published: "2026-05-28T22:15" });
  });

  it("does not mistake news that mentions comments, photos or sharing for chrome", () => {
    const news = [
      "Comments by the mayor on Monday angered residents who had waited two years for the bridge to reopen.",
      "The photographer said the photo: a crowd at the gate, was taken before the fire began and shows the blocked exit.",
      "Shareholders will vote on the merger in June, the company said in a filing on Tuesday morning.",
      "Readers may subscribe to the view that the council acted too late, but the inquiry found otherwise.",
      "The billionaire pledged to donate $5 million to the children's hospital, a spokeswoman said.",
      "Customers who subscribe to the streaming service will pay $10 a month from June.",
      "Users can enable notifications in the app's settings, the company said on Monday.",
      "Get-out-the-vote emails flooded inboxes in the final week of the campaign.",
      "The report is free to read on the ministry's website, officials said.",
      "The museum said its photographs may be republished with permission and credit.",
      "Sign-in sheets showed that 40 people attended the meeting on Thursday.",
      '"We will rebuild," the mayor told residents on Sunday. (Reuters)',
      "The company said profits rose 12 percent in the third quarter, beating forecasts and lifting its shares in early trading on Tuesday. (AP)",
    ];
    expect(cleanScrape(news.join("\n")).paragraphs).toEqual(news);
  });

  it("never invents text: kept and removed lines together are the input's lines, in order (property)", () => {
    const line = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom(
        "Comments",
        "Advertisement",
        "Share",
        "Read more: x",
        "A (Reuters)",
        "By Ann Lee",
        "Monday 2 March 2026",
        "Join the conversation",
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const input = lines.join("\n");
        const out = cleanScrape(input);
        const expected = lines.map((l) => l.replace(/[\s\u00a0]+/g, " ").trim()).filter(Boolean);
        const all = [...out.paragraphs, ...out.removed.map((x) => x.text)];
        return all.length === expected.length && all.every((l) => expected.includes(l));
      }),
      { numRuns: 300 },
    );
  });
});
