// Deterministic synthetic news stream for benchmarks: events with their own
// names and vocabulary, covered by several outlets, with scrape chrome mixed in.

const GENERAL = (
  "said officials on the city council would plan new week report people local government public service " +
  "minister company workers police statement residents area million percent year months budget vote meeting " +
  "support health school water road energy market price court decision plan project community state national"
).split(" ");
const FIRST =
  "Ana Ben Carla Dev Elif Farid Greta Hugo Ines Jonas Kira Luca Mina Nils Omar Pia Rosa Sami Tara Ugo".split(
    " ",
  );
const LAST =
  "Alder Brook Calder Dunmore Ellery Fenwick Garrow Hollis Ingram Jessop Kerrow Lindqvist Marsh Norrie Osei Pryce".split(
    " ",
  );
const PLACES =
  "Orvale Kestrel Marlow Dunhaven Ashby Corran Whitby Falkirk Linmouth Tresco Varden Elmsford".split(" ");
const TOPICS = (
  "strike flood fire merger election bridge hospital festival trial drought outbreak launch recall " +
  "protest audit tariff storm discovery closure ruling"
).split(" ");
const CHROME = [
  "Also Read | Weather warning issued for the weekend",
  "Sign up for our morning newsletter",
  "Share this article",
  "Advertisement",
];

export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];

function event(r, i) {
  const person = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const place = pick(r, PLACES);
  const topic = pick(r, TOPICS);
  const words = Array.from(
    { length: 12 },
    (_, k) => `${topic}${String.fromCharCode(97 + ((i + k) % 26))}${k}`,
  );
  return { i, person, place, topic, words };
}

function sentence(r, ev) {
  const w = Array.from({ length: 8 + Math.floor(r() * 14) }, () =>
    r() < 0.35 ? pick(r, ev.words) : pick(r, GENERAL),
  );
  const lead =
    r() < 0.3 ? `${ev.person} said the ${ev.topic} in ${ev.place}` : `The ${ev.topic} in ${ev.place}`;
  return `${lead} ${w.join(" ")}.`;
}

/** `n` plain-text scrapes, about `words` words each, on n / perEvent events. */
export function syntheticArticles(n, { words = 500, perEvent = 4, seed = 42 } = {}) {
  const r = rng(seed);
  const events = Array.from({ length: Math.ceil(n / perEvent) }, (_, i) => event(r, i));
  const out = [];
  for (let k = 0; k < n; k++) {
    const ev = events[Math.floor(k / perEvent)];
    const lines = [`${ev.place} ${ev.topic} update ${ev.i}`, ""];
    let count = 0;
    while (count < words) {
      const para = Array.from({ length: 1 + Math.floor(r() * 3) }, () => sentence(r, ev)).join(" ");
      lines.push(para, "");
      count += para.split(" ").length;
      if (r() < 0.08) lines.push(pick(r, CHROME), "");
    }
    out.push({ id: `syn-${k}`, text: lines.join("\n") });
  }
  return out;
}
