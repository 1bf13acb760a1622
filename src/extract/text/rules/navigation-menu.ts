import { type Pass, wordCount } from "../line.js";

// "Menu / Search / Home / UK / World / Politics …" one item a line at the top
// of a scrape: the site's navigation, before the masthead and headline. A
// headline, a standfirst or a byline with its date is never four such
// lines in a row.
const MIN_ITEMS = 4;
const MAX_ITEM_WORDS = 3;
const MAX_MASTHEAD_WORDS = 8;

// A byline ("By Jo Marsh") or a date is never a menu item: a short headline above them stays the headline.
const isMenuItem = (text: string): boolean =>
  wordCount(text) <= MAX_ITEM_WORDS &&
  /^[\p{Lu}\p{N}]/u.test(text) &&
  !/[.!?,;:"“”]$/.test(text) &&
  !/\d{4}/.test(text) &&
  !/^by\s/i.test(text);

export const navigationMenu: Pass = {
  id: "navigation-menu",
  run(lines) {
    const live = lines.filter((l) => !l.drop);
    // The menu opens the page, or follows the site's name on the first line.
    for (const start of [0, 1]) {
      let n = start;
      while (n < live.length && isMenuItem((live[n] as { text: string }).text)) n++;
      if (n - start < MIN_ITEMS) continue;
      const masthead = start === 1 ? live[0] : undefined;
      if (masthead && wordCount(masthead.text) <= MAX_MASTHEAD_WORDS)
        masthead.drop = { rule: "masthead", reason: "site masthead above the navigation menu" };
      for (const line of live.slice(start, n))
        line.drop = { rule: "navigation-menu", reason: "site navigation menu at the top of the page" };
      return;
    }
  },
};
