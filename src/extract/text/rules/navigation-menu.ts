import { endsSentence, type Pass, titleCase, wordCount } from "../line.js";
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

export const navigationMenu: Pass = {
  id: "navigation-menu",
  run(lines, meta) {
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
