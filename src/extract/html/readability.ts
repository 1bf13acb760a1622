import { Readability } from "@mozilla/readability";

/**
 * Readability with four steps made cheaper for how Synoptic calls it. Each
 * override keeps Readability's output the same (test/extract/readability.test.ts
 * compares both on every HTML page at hand):
 * - a byline candidate's text is read only after the cheap tests pass:
 *   upstream reads the whole text of every node it visits while no byline is
 *   known, quadratic on deep pages;
 * - scripts and `<noscript>` are already cut out before the DOM is built
 *   (see prepare.ts), so looking for them again finds nothing;
 * - links are not made absolute: Synoptic reads the text, never the hrefs;
 * - the visibility test reads `style` only on elements that have a style
 *   attribute: linkedom builds a style object on every access.
 * Together about a fifth of Readability's time on the real test pages (a
 * measurement made while writing this; `npm run bench` shows the total).
 * The overridden names are Readability 0.6's own (pinned in package.json).
 */
export class TunedReadability<T> extends Readability<T> {}

interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
}

Object.assign(TunedReadability.prototype, {
  _isValidByline(this: ReadabilityInternals, node: Element, matchString: string): boolean {
    const rel = node.getAttribute("rel");
    const itemprop = node.getAttribute("itemprop");
    const looksLikeByline =
      rel === "author" || (itemprop?.includes("author") ?? false) || this.REGEXPS.byline.test(matchString);
    if (!looksLikeByline) return false;
    const length = (node.textContent ?? "").trim().length;
    return length > 0 && length < 100;
  },
  _isProbablyVisible(node: HTMLElement): boolean {
    if (node.hasAttribute("style") && node.style) {
      if (node.style.display === "none" || node.style.visibility === "hidden") return false;
    }
    if (node.hasAttribute("hidden")) return false;
    if (!node.hasAttribute("aria-hidden") || node.getAttribute("aria-hidden") !== "true") return true;
    return typeof node.className === "string" && node.className.includes("fallback-image");
  },
  _removeScripts(): void {},
  _unwrapNoscriptImages(): void {},
  _fixRelativeUris(): void {},
});
