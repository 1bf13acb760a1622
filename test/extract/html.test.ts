import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/config/defaults.js";
import { extractArticle } from "../../src/extract/index.js";
import { ROOT } from "../helpers.js";

const PAGE = readFileSync(join(ROOT, "test/fixtures/html/news-page.html"), "utf8");
const opts = {
  clean: true,
  maxHtmlElements: DEFAULT_LIMITS.maxHtmlElements,
  maxHtmlDepth: DEFAULT_LIMITS.maxHtmlDepth,
};
const extract = (html: string, source = "page.html") =>
  extractArticle({ source, format: "html", content: html }, opts);

describe("HTML extraction", () => {
  const r = extract(PAGE);
  const e = r.ok ? r.extraction : undefined;

  it("reads the page's metadata", () => {
    expect(e).toMatchObject({
      title: "Tram drivers walk out over rota changes",
      byline: "Idris Calloway",
      published: "2026-06-02T07:45:00+01:00",
      outlet: "The Marlow Gazette",
      url: "https://www.marlowgazette.example/news/tram-strike",
      language: "en",
    });
  });

  it("keeps the article's paragraphs and subheading, in order", () => {
    const paragraphs = e?.text.split("\n\n") ?? [];
    expect(paragraphs[0]).toMatch(/^Tram services across Marlow were suspended/);
    expect(paragraphs).toContain("Talks planned for Thursday");
    expect(paragraphs.at(-1)).toMatch(/^Shops in the city centre reported fewer customers/);
    expect(paragraphs.some((p) => p.startsWith('"Our members have been given rotas'))).toBe(true);
  });

  it("leaves out the site chrome and lists it as removed", () => {
    const text = e?.text ?? "";
    for (const chrome of [
      "cookies",
      "Share on Facebook",
      "Most read",
      "Harbour fireworks",
      "newsletter",
      "Comments (14)",
      "All rights reserved",
      "Privacy",
      "Empty platforms",
      "By Idris Calloway",
    ]) {
      expect(text, chrome).not.toContain(chrome);
    }
    const removed = e?.removed ?? [];
    expect(removed.find((x) => x.text.startsWith("Empty platforms"))?.reason).toMatch(/caption/);
    expect(removed.some((x) => x.text.includes("We use cookies"))).toBe(true);
    expect(removed.find((x) => x.text.startsWith("By Idris Calloway"))?.rule).toBe("byline");
    expect(removed.some((x) => x.text.includes("Harbour fireworks cancelled"))).toBe(true);
  });

  it("reads a bare page: date out of the byline, site from the title, paragraphs split at <br><br>", () => {
    const para = [
      "Dockers at the port of Kelmouth returned to work on Monday after their union accepted a 5% pay offer, ending a nine-day strike.",
      "The deal, agreed late on Sunday, also includes a one-off payment of £1,500 for each of the 640 workers at the port.",
      "The port authority said it expected the backlog of ships waiting at anchor to clear by the end of the week.",
    ];
    const page = `<html><head><title>Dock strike ends after nine days - Port Gazette</title></head><body>
      <div id="nav"><a href="/">Home</a> | <a href="/news">News</a></div>
      <div id="story"><h1>Dock strike ends after nine days</h1>
      <div class="byline">By Carla Moss, 12 April 2027</div>
      <div class="text">${para.join("<br><br>")}</div></div>
      <div id="footer">Copyright Port Gazette 2027</div></body></html>`;
    const bare = extract(page);
    expect(bare.ok && bare.extraction).toMatchObject({
      title: "Dock strike ends after nine days",
      byline: "Carla Moss",
      published: "2027-04-12",
      outlet: "Port Gazette",
      text: para.join("\n\n"),
    });
    // No paragraph of the article is listed as removed.
    const removed = bare.ok ? bare.extraction.removed.map((x) => x.text).join("\n") : "";
    for (const p of para) expect(removed).not.toContain(p.slice(0, 40));
  });

  it("reads the article from JSON-LD when the page is built in the browser", () => {
    const body = [
      "The Old Mill bridge reopened to traffic on Saturday after six months of repairs costing £4m.",
      "Engineers replaced two cracked piers and resurfaced the deck, the council said.",
    ];
    const ld = {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Bridge reopens after repairs",
      datePublished: "2027-05-02T10:00:00Z",
      author: { "@type": "Person", name: "Ana Ruiz" },
      articleBody: body.join("\n\n"),
    };
    const page = `<html><head><title>Bridge reopens after repairs</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><div id="root"></div><script src="/app.js"></script></body></html>`;
    const r = extract(page);
    expect(r.ok && r.extraction).toMatchObject({
      title: "Bridge reopens after repairs",
      byline: "Ana Ruiz",
      published: "2027-05-02T10:00:00Z",
      text: body.join("\n\n"),
    });
  });

  it("drops a list of links to the site's other articles inside the article, not a list of sources", () => {
    const para = [
      "Tram fares in Brackenford will be frozen until next April, the transport authority said on Monday.",
      "The freeze will cost the authority about £3m, which it will cover from reserves, its finance director said.",
      "Passenger groups welcomed the decision but said fares were still among the highest in the country.",
    ];
    const related = ["Bus drivers vote to strike over rotas", "New tram line opens to passengers"];
    const sources = ["Transport authority fare review 2027", "National passenger survey results table"];
    const page = `<html><head><title>Tram fares frozen</title><link rel="canonical" href="https://citypost.example/news/fares"></head><body><article>
      <h1>Tram fares frozen for a year</h1><p>${para[0]}</p><p>${para[1]}</p>
      <ul>${related.map((t, i) => `<li><a href="/news/${i}">${t}</a></li>`).join("")}</ul>
      <p>${para[2]}</p>
      <ul>${sources.map((t, i) => `<li><a href="https://data.example/${i}">${t}</a></li>`).join("")}</ul>
      </article></body></html>`;
    const r = extract(page);
    const text = r.ok ? r.extraction.text : "";
    for (const t of related) expect(text).not.toContain(t);
    for (const t of [...para, ...sources]) expect(text).toContain(t);
  });

  it("drops a pull quote that prints a line of the article again, in other case or signed, and keeps one that is the only copy", () => {
    const said =
      '"Our crews worked through the night in very hard conditions, and we will not stop until every home is back," said Mora Lind, the operator\'s head of operations.';
    const para = [
      "About 38,000 homes in the west were left without power after the storm brought gusts of 90mph overnight.",
      said,
      "Ferry sailings to the islands were cancelled, and the operator said services would not resume before Friday.",
    ];
    const only = "Nobody in this town has seen a storm like it since the winter of 1953.";
    const page = `<html><head><title>Thousands without power as storm hits</title></head><body><article>
      <h1>Thousands without power as storm hits</h1><p>${para[0]}</p><p>${para[1]}</p>
      <blockquote class="pull-quote"><p>Our crews worked through the night in very hard conditions</p></blockquote>
      <p>${para[2]}</p>
      <blockquote class="pullquote"><p>The operator said services would not resume before Friday.</p><footer>Harbour office</footer></blockquote>
      <blockquote class="graf--pullquote pullquote">${only}</blockquote>
      </article></body></html>`;
    const r = extract(page);
    const text = r.ok ? r.extraction.text : "";
    expect(text.split("\n\n")).toEqual([...para, only]);
    expect(r.ok && r.extraction.removed.find((x) => x.text.startsWith("Our crews"))?.reason).toMatch(
      /pull quote/,
    );
  });

  it("reads a page rendered in the browser from its app data: text, date and writer", () => {
    const para = [
      "The harbour board voted on Tuesday to rebuild the north wall of Pell Rock harbour, which failed in three storms since 2020.",
      "Work is due to start in May and will take two years, the board's engineer said, with the harbour open to fishing boats throughout.",
      "Fishing crews, who had asked for the repairs for a decade, said they were relieved but worried about the cost of mooring elsewhere.",
    ];
    const data = {
      props: {
        pageProps: {
          story: {
            headline: "Harbour wall to be rebuilt",
            publishedAt: "2027-02-09T07:15:00Z",
            authors: [{ name: "Mara Quint" }],
            blocks: para.map((text) => ({ type: "paragraph", text })),
          },
          related: [{ title: "Storm closes ferry route", href: "/ferry" }],
        },
      },
    };
    const page = `<html><head><title>Harbour wall to be rebuilt - Pell Rock News</title></head><body>
      <div id="__next"><h1>Harbour wall to be rebuilt</h1><div class="body"></div></div>
      <script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script></body></html>`;
    const r = extract(page);
    expect(r.ok && r.extraction.text.split("\n\n")).toEqual(para);
    expect(r.ok && [r.extraction.byline, r.extraction.published]).toEqual([
      "Mara Quint",
      "2027-02-09T07:15:00Z",
    ]);
  });

  it("reads the rest of a paywalled article from its JSON-LD body and drops the subscription box", () => {
    const para = [
      "The Northgate teachers' pension fund sold its whole stake in a grid builder five weeks before the company missed a bond payment, filings show.",
      "The sale, worth about $63 million at the time, avoided losses of nearly $58 million once the shares collapsed in October.",
      "The fund's chief investment officer said the decision followed a routine quarterly review and used no private information.",
      "Two people familiar with the board's discussions said a trustee raised concerns about the company's finances at a closed meeting in September.",
      "The trustee did not respond to several requests for comment, and the regulator declined to say whether he had been briefed.",
    ];
    const box = ["You've reached the end of your free preview.", "See subscription options"];
    const ld = JSON.stringify({
      "@type": "NewsArticle",
      headline: "Fund sold stake",
      articleBody: para.join("\n\n"),
    });
    const page = `<html><head><title>Fund sold stake</title><script type="application/ld+json">${ld}</script></head><body><article>
      <h1>Fund sold stake</h1><p>${para[0]}</p><p>${para[1]}</p>
      <div class="paywall"><p>${box[0]}</p><p>${box[1]}</p></div>
      </article></body></html>`;
    const r = extract(page);
    expect(r.ok && r.extraction.text.split("\n\n")).toEqual(para);
    for (const line of box) expect(r.ok && r.extraction.removed.map((x) => x.text)).toContain(line);
  });

  it("keeps a headline's colon, cuts a site after “::”, and drops the page's byline line in any joiner or language", () => {
    const para =
      "Die Grünauer haben am Sonntag mit 58,3 Prozent für den Bau einer neuen Fußgängerbrücke über die Sülde gestimmt.";
    const page = (title: string, h1: string, byline: string, meta: string) =>
      `<html><head><title>${title}</title><meta property="og:site_name" content="Süldetaler Bote">${meta}</head><body><article>
      <h1>${h1}</h1><p>${byline}</p><p>${para}</p><p>${para.replace("Sonntag", "Montag")}</p></article></body></html>`;
    const head = "Bürgerentscheid: Grünau stimmt für neue Fußgängerbrücke";
    const german = extract(
      page(
        `${head} :: Süldetaler Bote`,
        head,
        "Von Jürgen Weißhaupt",
        '<meta name="author" content="Jürgen Weißhaupt">',
      ),
    );
    expect(german.ok && [german.extraction.title, german.extraction.text.split("\n\n")[0]]).toEqual([
      head,
      para,
    ]);
    const two = extract(
      page(
        "Glacier lake drained overnight in Vorland valley",
        "Glacier lake drained overnight in Vorland valley",
        "By Tomasz Achterberg &amp; Lucía Fenwick — 3 June 2027",
        '<meta name="author" content="Tomasz Achterberg, Lucía Fenwick">',
      ),
    );
    expect(two.ok && two.extraction.text.split("\n\n")[0]).toBe(para);
  });

  it("never keeps script or style content", () => {
    expect(e?.text).not.toMatch(/dataLayer|display:flex/);
  });

  it("handles a fragment with no html or body element", () => {
    const frag = extract(
      "<p>The ferry company said on Monday that all crossings would resume by the weekend after repairs to the ramp.</p>",
    );
    expect(frag.ok && frag.extraction.text).toMatch(/^The ferry company said/);
  });

  it("handles broken markup", () => {
    const broken = `<html><body><div><p>The museum reopened its east wing on Saturday after a two-year renovation costing four million.<p>Visitors queued from early morning to see the restored ceiling paintings<div></span></b>`;
    const out = extract(broken);
    expect(out.ok && out.extraction.text).toContain("The museum reopened its east wing");
  });

  it("takes the writer the page names over a body JSON-LD calls the author, and drops the writer's desk line", () => {
    const para = [
      "A road bridge that carries 11,000 vehicles a day will be closed for at least a year after engineers found cracks in two of its piers.",
      "The council said drivers faced a 14-mile detour while repairs were planned, and that a footbridge would be put up by the summer.",
      "Parents said the school run now took half an hour each way, and shops on the far side of the river reported fewer customers.",
    ];
    const ld = JSON.stringify({
      "@type": "NewsArticle",
      headline: "Bridge shut for a year after cracks found",
      author: { "@type": "NewsMediaOrganization", name: "Tell Valley News" },
    });
    const page = `<html><head><title>Bridge shut for a year after cracks found - Tell Valley News</title><script type="application/ld+json">${ld}</script></head><body><article>
      <h1>Bridge shut for a year after cracks found</h1>
      <div data-component="byline-block"><span data-testid="byline-contributors-name">Hollis Penmarrow</span><div>Tell Valley News, Somerwick</div></div>
      ${para.map((x) => `<p>${x}</p>`).join("")}</article></body></html>`;
    const r = extract(page);
    expect(r.ok && r.extraction.byline).toBe("Hollis Penmarrow");
    expect(r.ok && r.extraction.text.split("\n\n")).toEqual(para);
  });

  it("opinion page: headline without its section label, the writer without 'Opinion by' or a role, no views disclaimer", () => {
    const para = [
      "Six years ago this month, the Harrow Street library closed its doors for what the council called a temporary review.",
      "I was one of the planners who wrote the report that recommended closing it, and I think the borough should admit it too.",
      "Correction: an earlier version of this column said the library closed in 2017. It closed in January 2020.",
    ];
    const page = `<html><head><title>Opinion | Reopen the Harrow Street library</title>
      <meta property="og:title" content="Opinion | Reopen the Harrow Street library">
      <link rel="canonical" href="https://www.haldenobserver.example/opinion/library"></head><body>
      <header><a href="/">The Halden Observer</a></header><article>
      <h1>Reopen the Harrow Street library</h1><p class="byline">Opinion by Ilse Montrose, Staff Columnist</p>
      ${para.map((x) => `<p>${x}</p>`).join("")}
      <p>The views expressed in this column are the author's own and do not necessarily reflect those of The Halden Observer.</p>
      </article><footer>© 2027 The Halden Observer</footer></body></html>`;
    const r = extract(page);
    expect(r.ok && r.extraction).toMatchObject({
      title: "Reopen the Harrow Street library",
      byline: "Ilse Montrose",
    });
    expect(r.ok && r.extraction.text.split("\n\n")).toEqual(para);
  });

  it("reads a German byline line with its date, time and reading time as the byline's echo", () => {
    const para = [
      "Der Stadtrat hat am Mittwoch beschlossen, die Brücke über die Tell bis zum Sommer zu sanieren und für den Verkehr zu sperren.",
      "Die Arbeiten sollen rund 4,2 Millionen Euro kosten, teilte die Verwaltung mit, und im Juni beginnen.",
    ];
    const page = `<html lang="de"><head><title>Brücke wird gesperrt</title><meta name="author" content="Katrin Wehmeyer">
      <meta name="date" content="2027-05-14T18:32:00+02:00"></head><body><article><h1>Brücke wird gesperrt</h1>
      <p>Von Katrin Wehmeyer 14.05.2027, 18:32 Uhr 3 Min. Lesezeit</p>${para.map((x) => `<p>${x}</p>`).join("")}</article></body></html>`;
    const r = extract(page);
    expect(r.ok && r.extraction.text.split("\n\n")).toEqual(para);
  });

  it("names the outlet from the title's site name before the canonical address's host", () => {
    const para = [
      "Voters in the Calder ward elected a new councillor on Thursday after the sitting member stood down in the spring.",
      "Turnout was 31 percent, up from 24 percent at the last by-election, the returning officer said on Friday.",
    ];
    const page = `<html><head><title>New councillor for Calder ward | Calder Courier</title>
      <link rel="canonical" href="https://caldercourier.example/news/ward"></head><body>
      <header>Calder Courier</header><article><h1>New councillor for Calder ward</h1>${para.map((x) => `<p>${x}</p>`).join("")}</article>
      <footer>© 2027 Calder Courier</footer></body></html>`;
    const r = extract(page);
    expect(r.ok && r.extraction.outlet).toBe("Calder Courier");
  });

  it("press-release page: the issuer's boilerplate, forward-looking statements and contacts go", () => {
    const para = [
      "TOLLAND, Ore., May 4, 2027 /Corvane Newswire/ -- Veltrane Systems Inc. today announced it will build a battery plant in Tolland that will employ 600 people.",
      "The plant is expected to open in 2029 and to make cells for grid storage, the company said.",
      "Construction will start in the autumn once permits are granted by the county.",
    ];
    const tail = [
      "About Veltrane Systems",
      "Veltrane Systems designs and builds storage systems for utilities in North America.",
      "Forward-Looking Statements",
      "This release contains forward-looking statements within the meaning of the Securities Act of 1933.",
      "Media contact: press@veltrane.example",
    ];
    const page = `<html><head><title>Veltrane to build battery plant in Tolland</title></head><body><article>
      <h1>Veltrane to build battery plant in Tolland</h1>${[...para, ...tail].map((x) => `<p>${x}</p>`).join("")}
      </article></body></html>`;
    const r = extract(page);
    const text = r.ok ? r.extraction.text : "";
    for (const t of tail) expect(text).not.toContain(t);
    expect(text).toContain(para[1]);
    expect(text).toContain(para[2]);
  });

  it("drops other languages' 'read also' links, subscriber labels and reading times, and a skip-ad label", () => {
    const para = [
      "Le conseil municipal a voté mercredi la fermeture du pont de Saint-Aubin pour au moins six mois de travaux.",
      "Les commerçants de la rive droite craignent une baisse de leur chiffre d'affaires pendant l'été.",
    ];
    const chrome = [
      "Article réservé aux abonnés",
      "Temps de Lecture 4 min.",
      "Lire aussi : Les travaux du port reportés à l'automne",
      "SKIP ADVERTISEMENT",
    ];
    const page = `<html lang="fr"><head><title>Le pont de Saint-Aubin fermé six mois</title></head><body><article>
      <h1>Le pont de Saint-Aubin fermé six mois</h1><p>${chrome[0]}</p><p>${chrome[1]}</p><p>${para[0]}</p>
      <p>${chrome[2]}</p><p>${chrome[3]}</p><p>${para[1]}</p></article></body></html>`;
    const r = extract(page);
    expect(r.ok && r.extraction.text.split("\n\n")).toEqual(para);
  });

  it("keeps co-authors in a byline's parenthesis but not where and as what the writer filed; a site name opens with a capital", () => {
    const para = [
      "Le conseil municipal a voté mercredi la fermeture du pont de Saint-Aubin pour au moins six mois de travaux.",
      "Les commerçants de la rive droite craignent une baisse de leur chiffre d'affaires pendant l'été.",
    ];
    const page = (byline: string) => `<html lang="fr"><head><title>Le pont fermé</title>
      <meta property="og:site_name" content="the Albion Ledger"></head><body><article><h1>Le pont fermé</h1>
      <p class="byline">${byline}</p>${para.map((x) => `<p>${x}</p>`).join("")}</article></body></html>`;
    const filed = extract(page("Par Solène Marchetti (Saint-Aubin (Finistère), envoyée spéciale)"));
    expect(filed.ok && [filed.extraction.byline, filed.extraction.outlet]).toEqual([
      "Solène Marchetti",
      "The Albion Ledger",
    ]);
    const joint = extract(page("Par Martin Vasseur (avec Léa Dumont)"));
    expect(joint.ok && joint.extraction.byline).toBe("Martin Vasseur (avec Léa Dumont)");
  });

  it("rejects a page with no text, with a reason", () => {
    const out = extract(
      "<html><head><title>x</title></head><body><img src=a.png></body></html>",
      "empty.html",
    );
    expect(out).toMatchObject({ ok: false, rejection: { code: "SYN_EXTRACT_EMPTY", source: "empty.html" } });
  });

  it("flattens 50,000-deep nesting and keeps its text, quickly", () => {
    const story =
      "<p>Rescue crews reached the stranded climbers on the north face late on Sunday evening after a long wait.</p>";
    const deep = `<html><body>${"<div>".repeat(50_000)}${story}${"</div>".repeat(50_000)}</body></html>`;
    const t = Date.now();
    const out = extract(deep, "deep.html");
    expect(Date.now() - t).toBeLessThan(5_000);
    expect(out.ok && out.extraction.text).toBe(
      "Rescue crews reached the stranded climbers on the north face late on Sunday evening after a long wait.",
    );
  });

  it("gives a page with no body a clear outcome", () => {
    expect(extract("<html><head><title>Only a head</title></head></html>", "head.html")).toMatchObject({
      ok: false,
      rejection: { code: "SYN_EXTRACT_EMPTY", source: "head.html" },
    });
    const bare = extract(
      "<html><p>The council confirmed on Tuesday that the bridge would stay closed to lorries until the spring inspection.</p></html>",
    );
    expect(bare.ok && bare.extraction.text).toMatch(/^The council confirmed on Tuesday/);
  });

  it("survives markup that never closes a script, comment or tag", () => {
    const body =
      "<p>The harbour authority said the new crane would double the number of containers handled each week.</p>";
    for (const tail of [
      "<script>var x = '<p>not text</p>';",
      "<!-- open comment <p>hidden</p>",
      "<div><span><b",
    ]) {
      const out = extract(`<html><body>${body}${tail}`);
      expect(out.ok && out.extraction.text, tail).toBe(
        "The harbour authority said the new crane would double the number of containers handled each week.",
      );
    }
  });

  it("rejects pages with more elements than the limit", () => {
    const many = `<html><body>${"<span>x</span>".repeat(1_000)}</body></html>`;
    const out = extractArticle(
      { source: "many.html", format: "html", content: many },
      { ...opts, maxHtmlElements: 500 },
    );
    expect(out).toMatchObject({ ok: false, rejection: { code: "SYN_EXTRACT_TOO_COMPLEX" } });
  });
});
