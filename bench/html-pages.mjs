// Deterministic synthetic news pages for the extraction benchmark: about 200 KB
// each, most of it inline script, style and SVG, as on real news sites.

import { rng } from "./corpus.mjs";

const TARGET_BYTES = 200_000;

const FIRST =
  "Amara Bruno Celia Dario Edda Felix Gwen Hamid Iris Joel Katya Lars Maren Nico Odile Piet Rhea Soren Tilde Viggo".split(
    " ",
  );
const LAST =
  "Ashdown Birchall Carrow Dellamy Eskew Fairlie Gansey Holbrook Iveson Juniper Kettering Lowther Mossop Nettleford Orrin Pennick".split(
    " ",
  );
const TOWNS =
  "Brackwater Cindermoor Dovecote Eastreach Fallowfield Greyhaven Hollins Quay Larkspur Millbeck Northcliff Pellham Redstow Saltmarsh".split(
    " ",
  );
const OUTLETS = [
  "The Brackwater Ledger",
  "Harbour Evening Post",
  "Millbeck Courier",
  "Northcliff Daily Lamp",
  "Saltmarsh Record",
];
const BODIES = [
  "the town council",
  "the regional water board",
  "the transport authority",
  "the health trust",
  "the chamber of commerce",
  "the teachers' union",
  "the port authority",
  "state regulators",
  "the county planning committee",
  "the fire service",
];
const VERBS = [
  "approved",
  "delayed",
  "rejected",
  "proposed",
  "announced",
  "reviewed",
  "postponed",
  "expanded",
  "scrapped",
];
const THINGS = [
  "a plan to rebuild the harbour bridge",
  "new funding for rural clinics",
  "a ban on night-time freight traffic",
  "the sale of the old rail yard",
  "a trial of electric ferries",
  "changes to school bus routes",
  "a flood wall along the river path",
  "higher parking charges in the town centre",
  "a new library on the market square",
  "the merger of two hospital wards",
  "a cap on holiday lettings",
];
const WHEN = [
  "on Tuesday",
  "late on Friday",
  "earlier this month",
  "last week",
  "after a six-hour meeting",
  "on Monday evening",
];
const WHY = [
  "citing rising costs",
  "after months of public hearings",
  "amid concerns about flooding",
  "following a dispute over wages",
  "after a petition gathered thousands of names",
  "because a key contractor withdrew",
];
const ROLES = [
  "a spokesperson for the council",
  "the committee chair",
  "a local shop owner",
  "a retired engineer",
  "the union's regional secretary",
  "a parent of two",
];
const QUOTES = [
  "We have listened carefully to residents, and this is the right decision",
  "Nobody asked the people who actually live here",
  "The numbers simply do not add up",
  "It is a good first step, but it will not fix the problem on its own",
  "We expect the work to start before the winter",
  "I have lived here for forty years and never seen anything like it",
];
const REACTIONS = [
  "Critics said the plan did not go far enough.",
  "Local businesses welcomed the move but warned of disruption during the works.",
  "Opposition members called for an independent review of the figures.",
  "Residents are invited to comment on the proposals until the end of next month.",
  "A final vote is expected in the spring.",
  "The decision can still be appealed to the regional tribunal.",
];
const COMMENTS = [
  "About time somebody did something about this.",
  "Who is paying for all of it, that is what I want to know.",
  "Great reporting, thanks for following up.",
  "This was promised ten years ago as well.",
  "My street floods every winter and nothing changes.",
  "Not convinced, but let us see what happens.",
];
const SECTIONS = [
  "News",
  "Local",
  "Politics",
  "Business",
  "Sport",
  "Weather",
  "Opinion",
  "Culture",
  "Travel",
  "Property",
  "Jobs",
  "Obituaries",
];
const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);

const pick = (r, list) => list[Math.floor(r() * list.length)];
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const person = (r) => `${pick(r, FIRST)} ${pick(r, LAST)}`;
const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
/** `n` hex digits, six at a time: one draw per digit made page generation the slow part. */
function hex(r, n) {
  let out = "";
  while (out.length < n)
    out += Math.floor(r() * 0x1000000)
      .toString(16)
      .padStart(6, "0");
  return out.slice(0, n);
}
const escapeAttr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const escapeText = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const capitalize = (s) => s[0].toUpperCase() + s.slice(1);

/** Appends pieces from `make` until their total length reaches `budget`: blobs of a chosen size. */
function fill(budget, make) {
  const parts = [];
  let size = 0;
  while (size < budget) {
    const part = make();
    parts.push(part);
    size += part.length;
  }
  return parts.join("");
}

/** The story every paragraph of one page is about, so the prose stays on one topic. */
function story(r, i) {
  const town = pick(r, TOWNS);
  const body = pick(r, BODIES);
  const verb = pick(r, VERBS);
  const thing = pick(r, THINGS);
  const day = int(r, 0, 364);
  const date = new Date(Date.UTC(2024, 0, 1 + day, int(r, 6, 20), int(r, 0, 59)));
  const outlet = pick(r, OUTLETS);
  return {
    i,
    town,
    body,
    verb,
    thing,
    date,
    outlet,
    domain: `${slug(outlet).replace(/-/g, "")}.example`,
    author: person(r),
    title: `${town}: ${capitalize(body)} ${verb} ${thing}`,
  };
}

function sentence(r, s) {
  switch (int(r, 0, 5)) {
    case 0:
      return `${capitalize(s.body)} in ${s.town} ${s.verb} ${s.thing} ${pick(r, WHEN)}, ${pick(r, WHY)}.`;
    case 1:
      return `"${pick(r, QUOTES)}," said ${person(r)}, ${pick(r, ROLES)}.`;
    case 2:
      return `The project is expected to cost about ${int(r, 2, 90)} million dollars and take ${int(r, 2, 6)} years to complete.`;
    case 3:
      return `${person(r)}, ${pick(r, ROLES)}, told the ${s.outlet} that ${pick(r, BODIES)} had been warned ${pick(r, WHEN)}.`;
    case 4:
      return `Figures published ${pick(r, WHEN)} show that ${int(r, 3, 70)} percent of households in ${s.town} would be affected.`;
    default:
      return pick(r, REACTIONS);
  }
}

function paragraph(r, s) {
  return Array.from({ length: int(r, 2, 4) }, () => sentence(r, s)).join(" ");
}

/** A fake minified bundle: functions, tables and config objects, like analytics and ad code. */
function scriptChunk(r) {
  const id = () => `${pick(r, ["_", "a", "n", "t", "e", "r"])}${hex(r, 3)}`;
  const [a, b, c] = [id(), id(), id()];
  switch (int(r, 0, 4)) {
    case 0:
      return `function ${a}(${b},${c}){var i=${b}.length;for(;i--;)if(${b}[i]===${c})return i;return -1}`;
    case 1:
      return `var ${a}=[${Array.from({ length: 8 }, () => `"${hex(r, 12)}"`).join(",")}];`;
    case 2:
      return `${a}.prototype.${b}=function(${c}){this.q${hex(r, 2)}=${c}||{};return this.emit("${slug(pick(r, SECTIONS))}",${c}),this};`;
    case 3:
      return `window.dataLayer=window.dataLayer||[];dataLayer.push({event:"${b}",section:"${pick(r, SECTIONS)}",slot:"ad-${int(r, 1, 40)}",ts:${int(r, 1e9, 2e9)}});`;
    default:
      return `!function(${a}){var ${b}=document.createElement("div");${b}.className="promo-${hex(r, 4)}";${b}.innerHTML="<span>"+${a}+"</span>";}("${hex(r, 6)}");`;
  }
}

/** Stylesheet rules of the kinds real sites ship: custom properties, media queries, pseudo-elements. */
function cssChunk(r) {
  const cls = () => `${pick(r, ["c", "nav", "card", "btn", "hdr", "ftr", "art"])}-${hex(r, 4)}`;
  switch (int(r, 0, 4)) {
    case 0:
      return `.${cls()} .${cls()}{margin:0 ${int(r, 0, 32)}px;padding:${int(r, 0, 24)}px;color:#${hex(r, 6)};font:${int(r, 11, 28)}px/1.4 Georgia,serif}\n`;
    case 1:
      return `:root{--brand-${hex(r, 3)}:#${hex(r, 6)};--gap-${hex(r, 3)}:${int(r, 2, 40)}px}\n.${cls()}{gap:var(--gap, 8px);display:flex}\n`;
    case 2:
      return `@media (max-width: ${int(r, 320, 1280)}px){.${cls()}{display:none}.${cls()}{width:${int(r, 10, 100)}%}}\n`;
    case 3:
      return `.${cls()}:hover,.${cls()}:focus-visible{background:rgba(${int(r, 0, 255)},${int(r, 0, 255)},${int(r, 0, 255)},.${int(r, 1, 9)})}\n.${cls()}::before{content:"";border-top:1px solid #${hex(r, 3)}}\n`;
    default:
      return `@keyframes k${hex(r, 4)}{from{opacity:0;transform:translateY(${int(r, 2, 20)}px)}to{opacity:1;transform:none}}\n`;
  }
}

/** An icon with a long random path: real sites inline dozens of these. */
function svgIcon(r) {
  const points = Array.from(
    { length: int(r, 20, 60) },
    () => `${int(r, 0, 24)}.${int(r, 0, 99)} ${int(r, 0, 24)}.${int(r, 0, 99)}`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" class="icon"><path d="M${points.join("L")}Z" fill="currentColor"/></svg>`;
}

function links(r, n, s, prefix) {
  return Array.from({ length: n }, () => {
    const label = pick(r, SECTIONS);
    return `<li><a href="https://www.${s.domain}/${prefix}/${slug(label)}/${hex(r, 5)}">${label}</a></li>`;
  }).join("");
}

function head(r, s, lede, budgets) {
  const url = `https://www.${s.domain}/news/${slug(s.title)}`;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: s.title,
    description: lede,
    datePublished: s.date.toISOString(),
    dateModified: new Date(s.date.getTime() + 3_600_000).toISOString(),
    author: [{ "@type": "Person", name: s.author }],
    publisher: { "@type": "Organization", name: s.outlet },
    mainEntityOfPage: url,
  };
  const scripts = [0.3, 0.3].map(
    (share) => `<script>${fill(budgets.script * share, () => scriptChunk(r))}</script>`,
  );
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(s.title)} | ${s.outlet}</title>
<meta name="description" content="${escapeAttr(lede)}">
<meta name="author" content="${s.author}">
<meta name="keywords" content="${s.town}, ${slug(s.body)}, local news">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeAttr(s.title)}">
<meta property="og:description" content="${escapeAttr(lede)}">
<meta property="og:url" content="${url}">
<meta property="og:image" content="https://cdn.${s.domain}/img/${hex(r, 16)}.jpg">
<meta property="og:site_name" content="${s.outlet}">
<meta property="article:published_time" content="${s.date.toISOString()}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="${url}">
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
<style>${fill(budgets.css / 2, () => cssChunk(r))}</style>
${scripts.join("\n")}
<style>${fill(budgets.css / 2, () => cssChunk(r))}</style>
</head>`;
}

function header(r, s, icons) {
  const menus = Array.from(
    { length: 6 },
    () =>
      `<li class="menu"><a href="#">${pick(r, SECTIONS)}</a><ul class="submenu">${links(r, 8, s, "section")}</ul></li>`,
  );
  return `<header class="site-header"><div class="top-bar">${icons.slice(0, 3).join("")}<a class="logo" href="/">${s.outlet}</a>
<form class="search" role="search"><input type="search" name="q" placeholder="Search"><button>${icons[3] ?? ""}</button></form>
<a class="subscribe" href="/subscribe">Subscribe</a><a class="login" href="/login">Sign in</a></div>
<nav class="main-nav" aria-label="Main"><ul>${menus.join("")}</ul></nav>
<div class="ticker"><span>Breaking:</span> ${escapeText(pick(r, REACTIONS))}</div></header>`;
}

function article(r, s, paras, icons) {
  const when = `${MONTHS[s.date.getUTCMonth()]} ${s.date.getUTCDate()}, ${s.date.getUTCFullYear()}`;
  const body = paras.map((p, k) => {
    const ad =
      k === 3
        ? `<div class="ad-slot" id="ad-mid" data-slot="${hex(r, 8)}"><span>Advertisement</span></div>`
        : "";
    return `${ad}<p>${escapeText(p)}</p>`;
  });
  const figure = `<figure class="lead-image"><img src="https://cdn.${s.domain}/img/${hex(r, 16)}.jpg" alt="${escapeAttr(s.town)} waterfront" width="1200" height="675"><figcaption>The waterfront in ${s.town}, where ${escapeText(s.thing)} would take shape. Photo: ${person(r)}</figcaption></figure>`;
  const share = `<div class="share">${icons
    .slice(4, 9)
    .map((icon) => `<a href="#" class="share-link">${icon}</a>`)
    .join("")}</div>`;
  return `<article class="story"><h1>${escapeText(s.title)}</h1>
<div class="byline">By <a rel="author" href="/authors/${slug(s.author)}">${s.author}</a>, local affairs reporter</div>
<time datetime="${s.date.toISOString()}">${when}</time>${share}
${figure}
<div class="story-body">${body.join("\n")}</div>
<div class="newsletter"><p>Get the morning briefing in your inbox.</p><form><input type="email" placeholder="Email"><button>Sign up</button></form></div>
</article>`;
}

function related(r, s) {
  const items = Array.from({ length: int(r, 4, 8) }, () => {
    const t = `${pick(r, TOWNS)}: ${capitalize(pick(r, BODIES))} ${pick(r, VERBS)} ${pick(r, THINGS)}`;
    return `<li><a href="/news/${slug(t)}"><img src="https://cdn.${s.domain}/thumb/${hex(r, 10)}.jpg" alt="">${escapeText(t)}</a></li>`;
  });
  return `<aside class="related"><h2>Related stories</h2><ul>${items.join("")}</ul></aside>`;
}

function comments(r) {
  const items = Array.from(
    { length: int(r, 5, 25) },
    () =>
      `<li class="comment"><div class="comment-author">${pick(r, FIRST).toLowerCase()}${int(r, 1, 999)}</div><time>${int(r, 1, 59)} minutes ago</time><p>${escapeText(pick(r, COMMENTS))}</p><button class="reply">Reply</button></li>`,
  );
  return `<section id="comments" class="comments"><h2>Comments (${items.length})</h2><ol>${items.join("")}</ol>
<form class="comment-form"><textarea name="comment" placeholder="Join the discussion"></textarea><button>Post</button></form></section>`;
}

function footer(r, s, icons) {
  const columns = Array.from(
    { length: 5 },
    () => `<div class="col"><h3>${pick(r, SECTIONS)}</h3><ul>${links(r, 20, s, "more")}</ul></div>`,
  );
  return `<footer class="site-footer">${columns.join("")}<div class="social">${icons.slice(9).join("")}</div>
<p class="legal">&copy; ${s.date.getUTCFullYear()} ${s.outlet}. All rights reserved. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/cookies">Cookie settings</a></p></footer>`;
}

function page(r, i) {
  const s = story(r, i);
  const paras = Array.from({ length: int(r, 10, 25) }, () => paragraph(r, s));
  const target = TARGET_BYTES * (0.85 + 0.3 * r());
  // Blob budgets: script dominates, then style, then inline SVG, roughly as on news sites.
  const budgets = { script: target * 0.55, css: target * 0.2, svg: target * 0.08 };
  const icons = [];
  fill(budgets.svg, () => {
    const icon = svgIcon(r);
    icons.push(icon);
    return icon;
  });
  // The rest of the script budget sits in the body: an ad loader mid-page and a bundle at the end.
  const adLoader = fill(budgets.script * 0.15, () => scriptChunk(r));
  const tailScripts = fill(budgets.script * 0.25, () => scriptChunk(r));
  const html = `<!DOCTYPE html>
<html lang="en">
${head(r, s, paras[0].split(". ")[0], budgets)}
<body class="article-page">
${header(r, s, icons)}
<script>${adLoader}</script>
<main>${article(r, s, paras, icons)}
${related(r, s)}
${comments(r)}</main>
${footer(r, s, icons)}
<script>${tailScripts}</script>
</body>
</html>`;
  return { id: `syn-html-${i}`, html };
}

/** `n` news-like HTML pages of about 200 KB each, the same for the same seed. */
export function syntheticPages(n, seed = 7) {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => page(r, i));
}
