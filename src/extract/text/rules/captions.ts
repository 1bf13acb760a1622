import { endsSentence, type Line, normalizeLine, type Pass, wordCount } from "../line.js";

// Photo captions carry a credit: "Credit: A / B", "Photo: …", or a trailing
// "(Agency)" / "(Name/Agency)". Scrapers often keep the caption twice, once
// bare and once with its credit appended.
const CREDIT_LABEL =
  /\b(?:credit|credits|photo(?:graph)?|image|picture|pictured|illustration|video|source)\s*:\s*[^.!?]{2,80}$/i;
const AGENCY =
  /\((?:[^()]*\b)?(?:reuters|ap|ap photo|afp|getty(?: images)?|pa(?: media| wire)?|epa(?:-efe)?|shutterstock|alamy|bloomberg|xinhua|anadolu|file(?: photo)?|handout|supplied|courtesy[^()]*|submitted by[^()]*)(?:\b[^()]*)?\)\s*$/i;
const PERSON_SLASH_AGENCY = /\(\s*[\p{Lu}][^()/]{1,40}\s*\/\s*[^()]{2,40}\)\s*$/u;
const MAX_CAPTION_WORDS = 50;

/** A paragraph signed off by a wire agency is news; a caption is short and quotes nobody. */
const MAX_AGENCY_CAPTION_WORDS = 35;
const QUOTE_MARK = /["“”]/;
/** "…on Tuesday. (AP)": a full sentence, then the agency, is a wire sign-off, not a caption. */
const SENTENCE_THEN_CREDIT = /[.!?]\s+\([^()]{1,40}\)\s*$/;
/** ...unless the parenthesis credits a picture: "(AP Photo/Jo Vell, File)". */
const PICTURE_CREDIT =
  /\([^()]*\b(?:photo|photograph|image|picture|file|pool|handout|submitted by|supplied|courtesy)\b[^()]*\)\s*$/i;
const SIGN_OFF_MIN_WORDS = 15;
// Broadcasters label the parts of a picture: "Image source, Agency", "Image caption,".
const PICTURE_LABEL = /^(?:image|photo|picture|media|video) (?:source|caption|copyright|credit)s?\b\s*[,:]?/i;
/** A label alone on its line: the caption follows on the next line. */
const BARE_LABEL_WORDS = 3;
// Wire pictures open "FILE - …" or "FILE PHOTO: …" (capitals: "File" opening a sentence is prose).
const FILE_PICTURE = /^FILE(?: PHOTO)?\s*(?:-|–|—|:)\s+/;
// A line that is only a picture credit: "Getty Images", "Jo Vell/AFP via Getty Images", "Photo by Jo Vell".
const CREDIT_ONLY =
  /^\(?(?:(?:photo(?:graph)?|image|picture)s?\s*(?:by|:)\s*[^()]{2,60}|(?:[^()]{1,40}(?:\/|\bvia\s+))?(?:getty images|shutterstock|alamy|ap photo|afp photo|reuters pictures|pa images)(?:\s*\/\s*[^()]{1,40})?)\)?\.?$/i;
const MAX_CREDIT_ONLY_WORDS = 10;
// A credit in capitals with its agency: "HARBOUR COAST GUARD/WIRE", "AFP/GETTY".
const CAPITALS_CREDIT = /^[\p{Lu}][\p{Lu}\d .&'’-]{1,40}\s*\/\s*[\p{Lu}][\p{Lu}\d .&'’-]{1,40}$/u;
// A photographer and the outlet on a line of their own: "Jo Vell / KWLR".
const NAME_SLASH_OUTLET =
  /^(?![Bb][Yy]\s)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*\/\s*\p{Lu}[\p{L}\d .&'’-]{1,30}$/u;
// A gallery's caption: "Item 1 of 3 Crews search…", "[1/3]Crews search…".
const GALLERY_CAPTION = /^(?:item \d+ of \d+\s|\[\d+\s*\/\s*\d+\]\s*)\S/i;
const MAX_GALLERY_CAPTION_WORDS = 90;
// A line that opens with a picture label: "Image: Crews at the pier. (The Courier)", "Pictured: …".
const PICTURE_LEAD = /^(?:image|photo(?:graph)?|picture|pictured|caption|above|main picture)\s*:\s+\S/i;

// A caption that ends with its credit, no colon or parenthesis: "… on Thursday. Picture by Jo Vell",
// "… in 2024. Picture supplied", "… the trial. PHOTO | COURTESY", "… 2025. Agency/Jo Vell Purchase Licensing Rights".
const CREDIT_TAIL = new RegExp(
  [
    String.raw`(?:^|[.!?]\s+)(?:Picture|Photo|Image|PICTURE|PHOTO|IMAGE)S?\s+(?:by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|supplied|SUPPLIED|courtesy(?:\s+of\s+[^.]{1,40})?|COURTESY)\.?$`,
    String.raw`\bPHOTO\s*\|\s*\p{Lu}[\p{Lu} .'’-]{1,40}$`,
    String.raw`\b[Pp]urchase [Ll]icensing [Rr]ights$`,
  ].join("|"),
  "u",
);

function isCaption(text: string): boolean {
  if (GALLERY_CAPTION.test(text) && wordCount(text) <= MAX_GALLERY_CAPTION_WORDS) return true;
  if (
    wordCount(text) <= MAX_CREDIT_ONLY_WORDS &&
    (CAPITALS_CREDIT.test(text) || NAME_SLASH_OUTLET.test(text))
  )
    return true;
  if (wordCount(text) <= MAX_CAPTION_WORDS && CREDIT_TAIL.test(text)) return true;
  if (FILE_PICTURE.test(text) && wordCount(text) <= MAX_CAPTION_WORDS) return true;
  if (wordCount(text) <= MAX_CREDIT_ONLY_WORDS && CREDIT_ONLY.test(text)) return true;
  if (PICTURE_LEAD.test(text) && wordCount(text) <= MAX_CAPTION_WORDS && !QUOTE_MARK.test(text)) return true;
  // Every credit form has a label's colon or a closing parenthesis: most lines are settled here.
  if (!text.includes(":") && !/\)\s*$/.test(text)) return false;
  const words = wordCount(text);
  if (words > MAX_CAPTION_WORDS) return false;
  if (CREDIT_LABEL.test(text)) return true;
  if (words > MAX_AGENCY_CAPTION_WORDS || QUOTE_MARK.test(text)) return false;
  // A wire signs off with its name alone; "(Jo Vell / The Courier)" credits a photographer.
  if (
    words > SIGN_OFF_MIN_WORDS &&
    SENTENCE_THEN_CREDIT.test(text) &&
    !PICTURE_CREDIT.test(text) &&
    !PERSON_SLASH_AGENCY.test(text)
  )
    return false;
  return AGENCY.test(text) || PERSON_SLASH_AGENCY.test(text);
}

/** The caption without its credit, to recognise the bare copy the scraper kept beside it. */
function stripCredit(text: string): string {
  return text
    .replace(CREDIT_TAIL, "")
    .replace(AGENCY, "")
    .replace(PERSON_SLASH_AGENCY, "")
    .replace(CREDIT_LABEL, "")
    .replace(/[\s.]+$/, "");
}

// "Caption" then "Caption (Credit)": the pair itself shows a caption, whatever the credit names.
const CREDIT_SUFFIX = /^\s*\([^()]{2,40}\)\s*$/;

export const captions: Pass = {
  id: "captions",
  run(lines) {
    const live = lines.filter((l) => !l.drop);
    live.forEach((line, i) => {
      const next = live[i + 1];
      if (!line.drop && PICTURE_LABEL.test(line.text)) {
        line.drop = { rule: "photo-caption", reason: "photo caption or credit" };
        const bare = wordCount(line.text) <= BARE_LABEL_WORDS;
        if (bare && next && !next.drop && wordCount(next.text) <= MAX_CAPTION_WORDS)
          next.drop = { rule: "photo-caption", reason: "photo caption (under its label)" };
        return;
      }
      if (!line.drop && next && isCaptionPair(line.text, next.text)) {
        line.drop = {
          rule: "photo-caption-copy",
          reason: "photo caption repeated by the scraper without its credit",
        };
        next.drop = { rule: "photo-caption", reason: "photo caption with credit" };
        return;
      }
      if (line.drop || !isCaption(line.text)) return;
      line.drop = { rule: "photo-caption", reason: "photo caption with credit" };
      markBareCopy(live[i - 1], line);
      markBareCopy(live[i + 1], line);
      if (isBareCredit(line.text)) markCaptionAbove(live, i);
    });
  },
};

/** "Credit: Blaze Pictures", "Photo by Jo Vell": a credit on a line of its own, with no caption before it. */
const isBareCredit = (text: string): boolean =>
  wordCount(text) <= MAX_CREDIT_ONLY_WORDS &&
  (CREDIT_ONLY.test(text) ||
    CAPITALS_CREDIT.test(text) ||
    NAME_SLASH_OUTLET.test(text) ||
    /^(?:credit|credits|photo|picture|image)\s*:/i.test(text));
/** A stopped caption above a "Name / Outlet" credit is no longer than this. */
const MAX_NAMED_CAPTION_WORDS = 25;
/** A caption told without a full stop is a description, longer than a subheading. */
const MIN_UNSTOPPED_CAPTION_WORDS = 7;

/**
 * A credit alone on its line credits the picture just above: the line above
 * it, if it reads as a caption (no full stop, longer than a subheading, or
 * printed twice by the scraper), is that picture's caption, and so is its copy.
 */
function markCaptionAbove(live: Line[], credit: number): void {
  const above = live[credit - 1];
  if (!above || above.drop || wordCount(above.text) > MAX_CAPTION_WORDS) return;
  const copy = live[credit - 2];
  const twice = copy !== undefined && !copy.drop && normalizeLine(copy.text) === normalizeLine(above.text);
  // A stopped sentence above a credit is a caption only when the scraper printed it twice, or when
  // the credit names a photographer and the outlet ("Jo Vell / KWLR") and the line is short and quotes nobody.
  const named = NAME_SLASH_OUTLET.test(live[credit]?.text ?? "");
  const short = wordCount(above.text) <= MAX_NAMED_CAPTION_WORDS && !QUOTE_MARK.test(above.text);
  if (endsSentence(above.text) && !twice && !(named && short)) return;
  if (!twice && wordCount(above.text) < MIN_UNSTOPPED_CAPTION_WORDS) return;
  above.drop = { rule: "photo-caption", reason: "photo caption (above its credit line)" };
  if (twice && copy)
    copy.drop = {
      rule: "photo-caption-copy",
      reason: "photo caption repeated by the scraper without its credit",
    };
}

function isCaptionPair(bare: string, withCredit: string): boolean {
  const b = bare.replace(/[\s.]+$/, "");
  return (
    wordCount(b) <= MAX_CAPTION_WORDS &&
    b.length >= 12 &&
    withCredit.startsWith(b) &&
    CREDIT_SUFFIX.test(withCredit.slice(b.length).replace(/^\./, ""))
  );
}

function markBareCopy(neighbour: Line | undefined, caption: Line): void {
  if (!neighbour || neighbour.drop) return;
  const bare = normalizeLine(stripCredit(caption.text));
  const candidate = normalizeLine(neighbour.text.replace(/[\s.]+$/, ""));
  if (bare.length >= 12 && candidate === bare) {
    neighbour.drop = {
      rule: "photo-caption-copy",
      reason: "photo caption repeated by the scraper without its credit",
    };
  }
}
