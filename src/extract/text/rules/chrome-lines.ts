import { type Pass, wordCount } from "../line.js";
import { DATE_LABEL } from "./date-line.js";

// Site chrome that scrapers keep: prompts, teasers, share and comment widgets.
// Patterns describe the furniture of news sites in general, never one site.
interface ChromeRule {
  id: string;
  reason: string;
  pattern: RegExp;
  /** Longest line the rule may drop: long lines are prose even when a pattern matches. */
  maxWords: number;
  /** Some chrome names the outlet ("alerts from The Daily X", "© 2026 The Daily X"). */
  outlet?: (line: string) => string | undefined;
  /**
   * Lines a page's article body keeps as its own (a contributor credit, a
   * rule between parts) but that a scrape's analysis is better without:
   * dropped from scrapes only.
   */
  scrapeOnly?: true;
}

const COPYRIGHT_HOLDER =
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)(?:,?\s+\d{4})?[.,]?\s*(?:all rights reserved\.?)?$/i;
/** "Daily Rattle Media Ltd" names the paper "Daily Rattle". */
const CORPORATE_SUFFIX = /\s+(?:Media\s+)?(?:Ltd|Limited|Inc|LLC|plc|GmbH|Media Group)\.?$/i;

// A credit list as wire copy closes: "Reporting by A and B in C; Editing by D".
// Names only after "by", so a sentence ("Reporting by the council showed…") is not one.
const CREDITED = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|and|in|&|de|van|von|al|bin))*";
const CREDIT_ROLE =
  "(?:[Aa]dditional\\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch|[Gg]raphics|[Pp]roduction|[Pp]roduced)";
const CREDIT = `${CREDIT_ROLE}\\s+by\\s+${CREDITED}(?:\\s*(?:,|and|&)\\s*${CREDITED})*`;
const WIRE_CREDITS = new RegExp(`^\\(?${CREDIT}(?:\\s*[;,]\\s*${CREDIT})*\\)?\\.?$`, "u");

const TIME_AGO =
  "\\d+\\s*(?:seconds?|secs?|mins?|minutes?|hours?|hrs?|days?|weeks?|[smhdw])\\s+ago|just now|(?:today|yesterday)(?:\\s+at\\s+\\d{1,2}[:.]\\d{2}.*)?";
const CLOCK = "\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{2,4})?";

// "Associated Press writer Jo Marsh contributed from Pellston.": a credit, named before the verb.
const CAPITALIZED_NAME = "\\p{Lu}[\\p{L}'’.-]+\\s+\\p{Lu}[\\p{L}'’.-]+";
const CONTRIBUTED = new RegExp(
  `^(?:[\\p{L}'’-]+\\s+){0,4}?${CAPITALIZED_NAME}(?:(?:,|\\s+and)\\s+${CAPITALIZED_NAME})*\\s+contributed(?:\\s+reporting)?(?:\\s+to\\s+this\\s+(?:report|story|article))?(?:\\s+from\\s+\\p{Lu}[\\p{L}\\s,.'’-]{0,40}?)?\\.?$`,
  "u",
);

const RULES: ChromeRule[] = [
  {
    id: "separator",
    reason: "separator line",
    pattern: /^[-_–—=*~•·#+\s]{3,}$/,
    maxWords: 3,
    scrapeOnly: true,
  },
  {
    id: "wire-slug",
    reason: "the wire desk's initials that close the copy",
    pattern: /^[a-z]{2,4}(?:-[a-z]{2,4})?(?:\/[a-z]{2,4}(?:-[a-z]{2,4})?){2,5}$/,
    maxWords: 1,
    scrapeOnly: true,
  },
  {
    id: "contributor-credit",
    reason: "contributor credit",
    pattern: CONTRIBUTED,
    maxWords: 30,
    scrapeOnly: true,
  },
  {
    id: "contributor-credit",
    reason: "contributor credit",
    // "--With assistance from Jo Marsh and Sam Otto."
    pattern: new RegExp(
      `^[-–—]*\\s*[Ww]ith (?:assistance|additional reporting) (?:from|by) ${CAPITALIZED_NAME}(?:(?:,|\\s+and)\\s+${CAPITALIZED_NAME})*\\.?$`,
      "u",
    ),
    maxWords: 20,
    scrapeOnly: true,
  },
  {
    id: "contributor-credit",
    reason: "contributor credit",
    // "(With inputs from agencies)", "With inputs from PTI". Case by hand: with "i", \p{Lu} takes any letter.
    pattern:
      /^\(?\s*(?:[Ww]ith (?:agency )?inputs from|[Ii]nputs from|[Ww]ith inputs of|[Ww]ith files from)\s+(?:(?:news )?agencies|wire services|\p{Lu}[\p{L}&.'’-]*(?:,?\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}&.'’-]*)*)\s*\)?\.?$/u,
    maxWords: 14,
    scrapeOnly: true,
  },
  {
    id: "disclaimer",
    reason: "publisher's disclaimer",
    pattern:
      /^disclaimer\s*[:–—-].*\b(?:syndicated|feed|views|opinions|responsib\w*|endorse\w*|affiliate|commission|investment advice|editorial)\b|\b(?:auto-generated from a syndicated feed|published from a syndicated (?:news )?feed|(?:has|have) not been edited by (?:our|the) (?:staff|editorial team))\b/i,
    maxWords: 60,
    scrapeOnly: true,
  },
  {
    // "The views expressed in this column are the author's own…": under an opinion piece, in a page too.
    id: "disclaimer",
    reason: "publisher's disclaimer under an opinion piece",
    pattern:
      /^(?:the\s+)?(?:views|opinions)\s+(?:and\s+opinions\s+)?expressed\s+(?:in\s+this\s+(?:column|article|piece|op-ed|commentary|post)|here|above)\b.{0,80}\b(?:author|writer|contributor|columnist)s?['’]?s?\b.*$/i,
    maxWords: 45,
  },
  {
    id: "related-teaser",
    reason: "link to another article (related-content teaser)",
    pattern: /^more (?:stories|articles|news) like this (?:are|is) available\b/i,
    maxWords: 16,
  },
  {
    id: "skip-link",
    reason: "skip-navigation link",
    pattern:
      /^(?:skip|jump) to (?:the )?(?:main |page )?(?:content|navigation|menu|search|footer|article|story)\b/i,
    maxWords: 6,
  },
  {
    id: "breadcrumb",
    reason: "breadcrumb trail of site sections",
    // "Home > News > Local", "News › World › Europe": parts too short to be a headline's.
    pattern: /^home\s*[>›»/|]\s*\S|^[^>›»]{1,25}(?:\s[>›»]\s[^>›»]{1,25}){2,6}$/i,
    maxWords: 15,
  },
  {
    id: "reader-tools",
    reason: "reading tools (listen, save, reading time)",
    pattern:
      /^(?:listen to (?:this|the) (?:article|story|podcast)\b.{0,20}|\d+\s*(?:min(?:ute)?s?|m)\.?\s*(?:read|listen)|reading time\b.{0,20}|(?:save|bookmark|gift)(?: (?:this )?(?:article|story))?|saved|text size|font size|print this (?:article|page|story)|read in (?:the )?app|open in (?:the )?app|show (?:more|less)|read time\W*\d+\s*min(?:ute)?s?|estimated reading time\b.{0,20}|temps de lecture\W*\d+\s*min\w*|lesezeit\W*\d+\s*min\w*|\d+\s*min\.?\s*(?:lesezeit|de lecture|de lectura|di lettura|leestijd)|tiempo de lectura\W*\d+\s*min\w*)\W*$/i,
    maxWords: 8,
  },
  {
    id: "relative-time",
    reason: "date line without a day (no date to keep)",
    // "3 hours ago", "Yesterday at 18:05", or a labelled clock time alone ("Updated at 9:41 a.m.").
    // Also behind the site's name: "Harbour Daily / 12 minutes ago".
    pattern: new RegExp(
      `^(?:[\\p{L}'’&. -]{2,40}\\s*[/|·•]\\s*)?(?:${DATE_LABEL})?(?:${TIME_AGO})\\W*$|^${DATE_LABEL}${CLOCK}\\W*$`,
      "iu",
    ),
    maxWords: 8,
  },
  {
    id: "live-blog",
    reason: "live-blog furniture (entry time, key-events switch, pinned post)",
    // An entry's time alone on its line ("14:05 GMT"), and the controls of a live page.
    pattern:
      /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:gmt|bst|utc|cet|cest|eet|et|est|edt|ct|cdt|pt|pst|pdt|ist|aest|jst|sgt|hkt)?|show key events only|key events?|live feed|live reporting|pinned post|pinned|(?:show|see|view) (?:all|latest|\d+ new) (?:posts|updates)|\d+ new (?:posts?|updates?))\W*$/i,
    maxWords: 6,
    // A page's own time lines are Readability's to judge; a scrape's are chrome.
    scrapeOnly: true,
  },
  {
    id: "javascript-notice",
    reason: "notice that the page needs JavaScript",
    pattern:
      /\b(?:turn on|enable|activate) javascript\b|\bjavascript (?:is )?(?:disabled|required|needs to be enabled)\b|\byour browser (?:does not|doesn't) support\b/i,
    maxWords: 25,
  },
  {
    id: "wire-credits",
    reason: "reporting and editing credits",
    pattern: WIRE_CREDITS,
    maxWords: 40,
  },
  {
    id: "standards-notice",
    reason: "editorial-standards notice",
    pattern:
      /^our standards\s*:|^(?:learn more about|read) our (?:editorial )?(?:standards|policies|ethics)\b/i,
    maxWords: 20,
  },
  {
    id: "tag-line",
    reason: "list of tags or topics",
    pattern: /^(?:tags|topics|filed under|categories|category|related topics|more about|keywords)\s*:/i,
    maxWords: 30,
  },
  {
    id: "contact-line",
    reason: "contact address of the author or newsroom",
    pattern:
      /^(?:contact|e-?mail|reach|write to|follow)\b[^@]{0,80}\s\S+@\S+\.\w+\W*$|^to contact the (?:reporters?|editors?|authors?|writers?)\b.{0,30}:|^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3} can be (?:reached|contacted) (?:at|by|on)\b.{0,80}(?:@\S+\.\w+|\d{3}[-. ]\d{4})/iu,
    maxWords: 30,
  },
  {
    // "Audience Relations, P.O. Box 1200, Station M, Port Auberon": a newsroom's postal address.
    id: "contact-line",
    reason: "postal address of the newsroom",
    pattern:
      /^(?!.*\b(?:said|says|told|will|would|was|were|is|are|has|have|had)\b)[^.!?]{0,60}\bP\.?\s?O\.?\s+Box\s+\d+\b[^!?"“”]{0,80}$/i,
    maxWords: 20,
    scrapeOnly: true,
  },
  {
    // "JSE ALSI 84,312.55 +0.62%", "GOLD $2,410.60 +0.18%": a market ticker's line.
    id: "market-ticker",
    reason: "market ticker",
    pattern: /^\p{Lu}[\p{Lu}\p{N}/&.\- ]{0,20}\s+[$€£]?\d[\d,]*(?:\.\d+)?\s+[+\-−]\d+(?:[.,]\d+)?%$/u,
    maxWords: 6,
    scrapeOnly: true,
  },
  {
    id: "gallery-counter",
    reason: "photo-gallery counter",
    pattern: /^(?:image|photo|picture|slide)?\s*\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i,
    maxWords: 4,
    scrapeOnly: true,
  },
  {
    id: "social-embed",
    reason: "attribution line of an embedded social-media post",
    // "— Jo Marsh (@jmarsh) January 17, 2028", as embedded posts print under their text.
    pattern: /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}$/u,
    maxWords: 12,
    scrapeOnly: true,
  },
  {
    id: "issue-note",
    reason: "note on the print edition or the illustration",
    pattern:
      /^(?:[Tt]his (?:article|story|piece) (?:appears|appeared|will appear) in (?:the )?.{2,60}\b(?:issue|edition)\b.*|[Aa] version of this (?:article|story) appears in print\b.*|(?:[Ii]llustrations?|[Aa]rtwork|[Pp]hoto illustration) by\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\.?)$/u,
    maxWords: 30,
  },
  {
    id: "video-prompt",
    reason: "pointer to a video or the broadcast report",
    pattern:
      /^(?:watch (?:the )?(?:full )?(?:report|story|video|interview)\s+(?:above|below)|watch the video (?:above|below))\W*$/i,
    maxWords: 8,
  },
  {
    id: "notification-prompt",
    reason: "browser-notification prompt",
    pattern:
      /^(?:stay up to date with|get (?:breaking )?news alerts|get .{1,30}\balerts\b\s*[:.!]|turn on (?:push )?notifications|enable notifications|allow notifications|notifications can be managed)/i,
    maxWords: 20,
    outlet: (line) => /\bfrom\s+(.+?)\.?$/.exec(line)?.[1]?.trim(),
  },
  {
    // "About Us | Advertise | Privacy Policy | Contact": a row of the site's own pages.
    id: "footer-links",
    reason: "links to the site's own pages (footer)",
    pattern:
      /^(?=.*\b(?:about(?: us)?|contact(?: us)?|privacy|terms|advertise|careers|cookies?|help|sitemap|imprint|impressum)\b)[^|.!?]{1,30}(?:\s+[|·•]\s+[^|.!?]{1,30}){2,}$/i,
    maxWords: 25,
  },
  {
    // A share or comment counter alone on its line, beside the share buttons: "0", "12".
    id: "share-buttons",
    reason: "share or comment counter",
    pattern: /^\d{1,4}$/,
    maxWords: 1,
    scrapeOnly: true,
  },
  {
    id: "copyright",
    reason: "copyright line",
    // Also after the site's name: "Harbour Daily © 2026 All Rights Reserved".
    pattern: /^(?:©|\(c\)|copyright\b)|^[^.!?]{2,60}(?:©|\(c\))\s*(?:\d{4}|all rights reserved)/i,
    maxWords: 20,
    outlet: (line) => COPYRIGHT_HOLDER.exec(line)?.[1]?.replace(CORPORATE_SUFFIX, "").trim() || undefined,
  },
  {
    id: "newsletter-prompt",
    reason: "newsletter or alert sign-up prompt",
    pattern:
      /^(?:sign up|subscribe)\b.*\b(?:newsletters?|inbox|e-?mails?|e-?mail updates|briefing|digest)\b|^(?:get|receive) (?:our|the) .{0,40}\b(?:newsletter|briefing|digest)\b|\b(?:to|in) your inbox\b|^sign up (?:here|now|today)\W*$|^by (?:providing|entering|submitting|subscribing|clicking)\b.{0,80}\b(?:terms|privacy)\b.*|^don'?t miss out on (?:the|our) latest\b.*/i,
    maxWords: 25,
  },
  {
    id: "signup-form",
    reason: "sign-up form (e-mail field, consent box)",
    // What a newsletter or registration form leaves in a scrape: its field, its error, its consent box.
    pattern:
      /^(?:(?:please )?enter (?:a |your )?(?:valid )?e-?mail(?: address)?|(?:your )?e-?mail address\s*\*?|invalid e-?mail(?: address)?|i (?:would like|want|agree|consent) to (?:be e-?mailed|receive (?:e-?mails?|offers|updates|newsletters?|marketing))\b.*|by (?:signing up|subscribing|registering|clicking|submitting|entering)\b.{0,80}\byou (?:agree|consent|accept|acknowledge)\b.*)\W*$/i,
    maxWords: 40,
    // "…offers, events and updates from The Daily X. Read our privacy notice."
    outlet: (line) =>
      /\b(?:updates|news|offers) from\s+(\p{Lu}[^.]{1,40}?)\.(?:\s|$)/u.exec(line)?.[1]?.trim(),
  },
  {
    id: "related-heading",
    reason: "heading of a related-content box",
    pattern:
      /^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more stories|more news|latest news|top stories|editors?['’]?s?['’]? picks?|most (?:popular|read|viewed|shared)\b.{0,40}|more from\b.{1,40}|recommended(?: for you| reading)?|related (?:stories|articles|coverage|content|links|topics)|more on this (?:story|topic)|explore more on (?:these|this) topics?|more on these topics|tags|topics)\W*$/i,
    maxWords: 8,
  },
  {
    id: "related-teaser",
    reason: "link to another article (related-content teaser)",
    pattern:
      /^(?:(?:more from|also in|also on|more on|you (?:may|might) also like)\b[^:|]{0,40}|also read|read also|read more|read(?=\s*:)|related(?: articles?| stories| coverage| content)?|recommended(?: for you| stories)?|don'?t miss|must read|trending(?: now)?|most (?:read|popular|viewed)|see also|watch(?: now)?|listen|read next|up next|what to read next|continue reading|keep reading|read (?:the )?full (?:story|article)|continue reading the main story|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|lea también|lee también|leia também|leggi anche|lees ook)\s*(?:[:|»›>–—-]|$)/i,
    maxWords: 30,
  },
  {
    id: "comment-prompt",
    reason: "comment-section widget",
    pattern:
      /^(?:\d+\s+)?(?:comments?|join (?:the|our) (?:conversation|discussion|commenting forum)|leave a (?:reply|comment)|log ?in to (?:comment|reply)|sign in to comment|show comments|view comments|add (?:a|your) comment|post a comment|be the first to comment|comment on this (?:article|story)|have your say)\b.*$|^what do you think\?.{0,40}\b(?:comments?|let us know)\b.*$/i,
    maxWords: 14,
  },
  {
    // A blog's comment form: "Cancel reply", "Your email address will not be published…", "Save my name…".
    id: "comment-prompt",
    reason: "comment form",
    pattern:
      /^(?:cancel reply|your email address will not be published\b.*|required fields are marked\b.*|save my name,? email,? and website in this browser\b.*|notify me of (?:follow-up comments|new posts)\b.*|post comment|(?:name|e-?mail|website|comment)\s*\*)$/i,
    maxWords: 20,
  },
  {
    id: "login-prompt",
    reason: "registration or login prompt",
    pattern:
      /^(?:thank you for registering|please refresh (?:the|your) (?:page|browser)|already (?:a subscriber|have an account|registered)|create (?:a free|an) account|you must be logged in|log ?in|sign in|register for free)\b/i,
    maxWords: 30,
  },
  {
    id: "subscribe-prompt",
    reason: "subscription prompt",
    pattern:
      /^(?:subscribe\W*$|subscribe (?:now|today|to (?:our|the|any)|for)|become a (?:member|subscriber)|unlock (?:this|unlimited)|never miss a story|don'?t miss (?:a|another) story)\b/i,
    maxWords: 35,
  },
  {
    id: "donation-appeal",
    reason: "donation or membership appeal",
    pattern:
      /\b(?:donate (?:now|today|here)|please (?:donate|give)|make a donation|(?:listener|reader|member)-(?:supported|funded)|funded by (?:readers|listeners|members) like you|depends on (?:listeners|readers|viewers|members|supporters) like you|support (?:independent|local|our|quality) (?:\w+ )?(?:journalism|reporting|newsroom))\b/i,
    maxWords: 40,
  },
  {
    id: "paywall-notice",
    reason: "paywall or access notice",
    pattern:
      /^(?:this (?:article|story|content) is (?:free|available|only available|for subscribers)|subscribers only|to continue reading|continue reading with|subscribe (?:now )?to (?:continue reading|read (?:the full|more|this))|(?:log|sign) in or subscribe)\b|\bfree to read as part of\b|^(?:article|contenu) réservé aux abonnés\b|^(?:artikel )?nur für abonnenten\b|^exclusivo para suscriptores\b/i,
    maxWords: 35,
  },
  {
    id: "republication-notice",
    reason: "republication or licensing notice",
    pattern:
      /\b(?:stories|articles|content) may be republished\b|\bunder (?:our|a) creative commons licen[cs]e\b|\brepublication or redistribution\b|^this (?:article|story|post|piece|report) (?:was )?(?:originally|first) (?:published|appeared|ran)\b/i,
    maxWords: 45,
  },
  {
    id: "tip-line",
    reason: "news-tip prompt",
    pattern: /^(?:got|have) a (?:story|news tip|tip)\b|^(?:send us|share) your (?:story|tips?|news)\b/i,
    maxWords: 25,
  },
  {
    id: "reader-callout",
    reason: "call for readers to get in touch",
    pattern:
      /^(?:have|are|do|did|were|was|can|got)\s+you\b[^?]{0,120}\?\s*(?:e-?mail|tell us|contact|get in touch|call|message|write to|share)\b|^(?:e-?mail us|tell us|contact us|get in touch)\b.{0,80}@/i,
    maxWords: 30,
  },
  {
    id: "media-player",
    reason: "audio or video player",
    pattern:
      /^(?:listen|play|watch)\b.{0,25}\b\d{1,2}:\d{2}\s*$|^(?:loading(?: video| audio| player| content)?|(?:play|watch) (?:the )?video|now playing|replay)\W*$/i,
    maxWords: 6,
  },
  {
    id: "share-buttons",
    reason: "share buttons",
    pattern:
      /^(?:(?:social )?shar(?:e|ing)(?: this(?: article| story| page)?)?(?: on| to| via)?|follow us(?: on)?|google news|telegram|youtube|instagram|tweet|e-?mail|print|copy link|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|pin)(?:\s*[|/·,•]?\s*(?:share(?: on| to| via)? )?(?:share|tweet|e-?mail|print|copy link|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest))*\s*$|^(?:liked?|enjoy(?:ed)?|loved?) this (?:story|article)\?|^(?:reuse|republish) this (?:content|article|story)\W*$/i,
    maxWords: 12,
  },
  {
    id: "advertisement",
    reason: "advertisement marker",
    pattern:
      /^(?:(?:skip )?advertisement|advertising|sponsored(?: content)?|ad|paid content|publicidad|publicit[ée]|anzeige|werbung|pubblicit[àa]|advertentie|reklame|annonce|publicidade|story continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|article continues below|advertisement\s*[-–—:|]\s*(?:scroll|continue|story continues)[\w\s]{0,30})\W*$/i,
    maxWords: 6,
  },
  {
    id: "cookie-notice",
    reason: "cookie notice",
    pattern:
      /\b(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|(?:our )?use of cookies|cookie (?:policy|settings|preferences|notice|consent))\b/i,
    maxWords: 60,
  },
  {
    id: "page-navigation",
    reason: "page navigation or footer link",
    pattern:
      /^(?:(?:next|previous|prev) (?:article|story|post|page)|back to top|load more|view more|see more stories|explore more|hide comments|(?:terms of (?:use|service)|privacy (?:policy|notice)|accessibility statement|all rights reserved)(?:\s*[|·•]\s*[\w\s]{2,30})*|powered by\b.{0,30}|topics|newsletters?|in pictures|more (?:by|from) (?:this|the) (?:author|writer|reporter))\W*$/i,
    maxWords: 8,
  },
  {
    id: "story-label",
    reason: "label above or beside a story (live, breaking, gallery)",
    pattern:
      /^(?:live|live updates|watch live|breaking|breaking news|developing|developing story|exclusive|just in|(?:photo )?gallery\b.{0,40}\(\d+ (?:photos|images|pictures)\)|\d+ (?:photos|images|pictures)|view (?:the )?(?:gallery|photos)|see all photos)\W*$/i,
    maxWords: 8,
  },
  {
    id: "feedback-prompt",
    reason: "prompt to report an error or send feedback",
    pattern:
      /^(?:report an? (?:error|typo|correction)|suggest a correction|spotted an error\?.{0,60}|send (?:us )?feedback)\W*$/i,
    maxWords: 14,
  },
  {
    id: "follow-prompt",
    reason: "social-media or app prompt",
    pattern:
      /^(?:follow (?:us|@\w+)|(?:follow|like|join)\b[^.!?]{1,60}\bon (?:facebook|x|twitter|instagram|tiktok|linkedin|youtube|threads|bluesky|whatsapp|telegram|google news)\b|join (?:us|our)\b.{0,40}\b(?:whatsapp|telegram|channel|community)\b|click to (?:share|email|print)\b|download (?:the|our) .{0,40}\bapp\b|get the app|click here\b|tap here\b)/i,
    maxWords: 25,
  },
];

function chromePass(id: string, rules: readonly ChromeRule[]): Pass {
  return {
    id,
    run(lines, meta) {
      for (const line of lines) {
        if (line.drop) continue;
        const words = wordCount(line.text);
        for (const rule of rules) {
          if (words > rule.maxWords) continue;
          if (!rule.pattern.test(line.text)) continue;
          line.drop = { rule: rule.id, reason: rule.reason };
          const outlet = rule.outlet?.(line.text);
          if (outlet && !meta.outlet && wordCount(outlet) <= 6)
            meta.outlet = outlet.charAt(0).toUpperCase() + outlet.slice(1);
          break;
        }
      }
    },
  };
}

export const chromeLines = chromePass("chrome-lines", RULES);
/** For the paragraphs of a page's article body. */
export const chromeLinesInPages = chromePass(
  "chrome-lines",
  RULES.filter((r) => !r.scrapeOnly),
);
