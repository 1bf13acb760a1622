import { endsSentence, type Line, type Pass, type ScrapeMeta, titleCase, wordCount } from "../line.js";
import { MASTHEAD_WORDS } from "./header.js";

// "Menu / Search / Home / UK / World / Politics …" one item a line at the top
// of a scrape: the site's navigation, before the masthead and headline. A
// headline, a standfirst or a byline with its date is never four such
// lines in a row.
const MIN_ITEMS = 4;
const MAX_ITEM_WORDS = 3;
const MAX_MASTHEAD_WORDS = 8;
const MAX_OUTLET_WORDS = 5;

// A byline ("By Jo Marsh") or a date is never a menu item: a short headline above them stays the headline.
const isMenuItem = (text: string): boolean =>
  wordCount(text) <= MAX_ITEM_WORDS &&
  /^[\p{Lu}\p{N}]/u.test(text) &&
  // "U.S." and "U.K." are sections; other items end without a stop.
  (!/[.!?,;:"“”]$/.test(text) || /^(?:\p{Lu}\.){2,}$/u.test(text)) &&
  !/\d{4}/.test(text) &&
  !/^by\s/i.test(text);

// Sections a site's menu names: a run of them on one line is the menu ("Home Local World Sports Video").
const SECTION_WORDS = new Set(
  (
    "home news local world nation national politics business sport sports weather opinion entertainment " +
    "lifestyle life culture arts health science tech technology travel video videos podcasts podcast " +
    "features jobs classifieds obituaries letters schedule donate events markets money education food style " +
    "photos multimedia live latest trending us u.s. uk u.k. region regions metro city crime newsletters"
  ).split(" "),
);
const ONE_LINE_ITEMS = 4;
/** A menu on one line: items kept apart by bars or runs of spaces, or a run of section names. */
function isOneLineMenu(text: string): boolean {
  if (endsSentence(text) || /\d{4}/.test(text)) return false;
  const items = text.split(/\s*[|·•]\s*|\s{2,}/).filter(Boolean);
  // "Letters to the Editor": an item may run to four words.
  const short = (i: string) => wordCount(i) <= MAX_ITEM_WORDS + 1 && /^[\p{Lu}\p{N}]/u.test(i);
  if (items.length >= ONE_LINE_ITEMS && items.every(short)) return true;
  const words = text.split(/\s+/);
  const sections = words.filter((w) => SECTION_WORDS.has(w.toLowerCase())).length;
  return (
    words.length >= ONE_LINE_ITEMS + 1 &&
    words.every((w) => /^[\p{Lu}&]/u.test(w)) &&
    sections >= Math.ceil(words.length / 2)
  );
}
const MENU_RULES = new Set(["navigation-menu", "breadcrumb"]);
/** Where a one-line menu may stand: among the first lines, above the headline. */
const ONE_LINE_MENU_REACH = 6;

export const navigationMenu: Pass = {
  id: "navigation-menu",
  run(lines, meta) {
    // A menu an earlier rule took for a breadcrumb ("HOME | NEWS | SPORTS") counts as the menu too.
    const head = lines.filter((l) => !l.drop || MENU_RULES.has(l.drop.rule)).slice(0, ONE_LINE_MENU_REACH);
    const menuAt = head.findIndex((l) => (l.drop ? MENU_RULES.has(l.drop.rule) : isOneLineMenu(l.text)));
    if (menuAt >= 0) {
      const menu = head[menuAt] as Line;
      menu.drop ??= { rule: "navigation-menu", reason: "site navigation menu on one line" };
      markMasthead(head.slice(0, menuAt), meta);
    }
    const live = lines.filter((l) => !l.drop);
    // The menu opens the page, or follows the site's name on the first line (and its slogan on the second).
    for (const start of [0, 1, 2]) {
      let n = start;
      while (n < live.length && isMenuItem((live[n] as { text: string }).text)) n++;
      if (n - start < MIN_ITEMS) continue;
      // "Daily Blaze" over "Home / News / Sport": the paper's name heads the menu.
      const named =
        start === 0 && wordCount(live[0]?.text ?? "") >= 2 && MASTHEAD_WORDS.test(live[0]?.text ?? "");
      const above = live.slice(0, named ? 1 : start);
      if (above.some((l) => wordCount(l.text) > MAX_MASTHEAD_WORDS || endsSentence(l.text))) continue;
      const [masthead, slogan] = above;
      if (masthead) {
        masthead.drop = { rule: "masthead", reason: "site masthead above the navigation menu" };
        // The paper's own name, over a publisher a copyright line may give ("Blaze Media Group").
        if (wordCount(masthead.text) <= MAX_OUTLET_WORDS && !/\d/.test(masthead.text))
          meta.outlet =
            masthead.text === masthead.text.toUpperCase() ? titleCase(masthead.text) : masthead.text;
      }
      if (slogan) slogan.drop = { rule: "masthead", reason: "site slogan under the masthead" };
      for (const line of live.slice(named ? 1 : start, n))
        line.drop = { rule: "navigation-menu", reason: "site navigation menu at the top of the page" };
      return;
    }
  },
};

/** A slogan under the masthead runs longer than the name: "Serving the valley's towns since 1911". */
const MAX_SLOGAN_WORDS = 14;

/**
 * The site's name (and its slogan) on the lines above a one-line menu: the
 * name is the outlet, and neither is the headline.
 */
function markMasthead(above: Line[], meta: ScrapeMeta): void {
  if (above.length === 0 || above.length > 2 || above.some((l) => l.drop)) return;
  const [masthead, slogan] = above as [Line, Line | undefined];
  if (wordCount(masthead.text) > MAX_MASTHEAD_WORDS || endsSentence(masthead.text)) return;
  if (slogan && (wordCount(slogan.text) > MAX_SLOGAN_WORDS || endsSentence(slogan.text))) return;
  masthead.drop = { rule: "masthead", reason: "site masthead above the navigation menu" };
  if (wordCount(masthead.text) <= MAX_OUTLET_WORDS && !/\d{4}/.test(masthead.text) && !meta.outlet)
    meta.outlet = masthead.text === masthead.text.toUpperCase() ? titleCase(masthead.text) : masthead.text;
  if (slogan) slogan.drop = { rule: "masthead", reason: "site slogan under the masthead" };
}
