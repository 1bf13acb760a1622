// What chrono reads as a date but news means otherwise: durations, unsized
// stretches ("several years ago"), fractions ("6 1/4%"), and words that only
// look like a weekday or month ("Sun Microsystems", "prices may fall").

// Words with no calendar value of their own.
const NO_VALUE =
  /^(?:now|right now|currently|recently|soon|tonight|this morning|this afternoon|this evening|(?:weekdays?|weekends?)(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?)$/i;
const COUNT =
  "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|(?:a\\s+)?few|many|(?:a\\s+|the\\s+next\\s+)?couple\\s+of)";
const UNIT = "(?:minutes?|hours?|days?|weeks?|months?|years?)";
// "about 35 minutes after", "nearly two years": a hedge on the count changes nothing.
const HEDGE =
  "(?:(?:about|around|some|roughly|nearly|almost|just|only|barely|more\\s+than|less\\s+than|at\\s+least|up\\s+to)\\s+)?";
// "three days", "the next couple of years", "within a week": how long, not when.
const DURATION = new RegExp(
  `^(?:within\\s+)?(?:(?:the\\s+)?(?:last|past|next|first|final|coming)\\s+)?${HEDGE}${COUNT}(?:[\\s-]+\\w+)?\\s+${UNIT}$`,
  "i",
);
// "a week after", "two days later": counted from another event, not from the day of publication.
const FROM_ANOTHER_EVENT = new RegExp(
  `^${HEDGE}${COUNT}\\s+${UNIT}\\s+(?:after|later|before|earlier|on)$`,
  "i",
);
// "several years ago", "past years": no size, so no calendar value (TIMEX3 PAST_REF).
const UNSIZED = /^(?:(?:a\s+)?few|several|many|some|(?:a\s+)?couple\s+of)\s+\w+\s+ago$|^past\s+\w+s$/i;
// "Sun", "Wed": a capitalized abbreviation with no date beside it is a name ("Sun Microsystems").
const BARE_ABBREVIATION = /^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)$/i;
// Month names that are also words: news capitalizes the month.
const LOWERCASE_MONTH = /^(?:may|march|june|august)$/;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
// "1/4" after a whole number ("6 1/4%", "9 1/2 to 39") is a fraction.
const FRACTION = /^\d{1,2}\/\d{1,2}$/;
// Eighths and sixteenths are how share prices move ("fell 7/8", "112 5/8"); a bare number, "half" and plain
// "the weeks" ("in the weeks ahead", "the weeks before the vote") name no day.
const NUMBER_ONLY =
  /^(?:(?:\d+\s+)?\d{1,2}\/(?:2|4|8|16|32)|\d{1,2}|half\b.*|the\s+(?:days|weeks|months|years)(?:\s+(?:before|after|ahead|earlier|later))?)$/i;

// "for a second straight quarter", "a minute's silence": a count or a moment, not a time.
const MOMENT = /^(?:a|an|one)\s+(?:second|minute|moment)$/i;

/** Whether the text chrono read as a date has no date value of its own. */
export function notADate(body: string, before: string, after: string): boolean {
  if (
    !body ||
    NO_VALUE.test(body) ||
    MOMENT.test(body) ||
    DURATION.test(body) ||
    FROM_ANOTHER_EVENT.test(body)
  )
    return true;
  if (UNSIZED.test(body) || BARE_ABBREVIATION.test(body) || LOWERCASE_MONTH.test(body)) return true;
  if (NUMBER_ONLY.test(body)) return true;
  // "the day before the speech": counted from an event, not from publication; "the Friday regulars": a habit.
  if (/^the\s+day\s+(?:before|after)$/i.test(body) && /^\s+(?:the|his|her|its|their|a|an)\s/i.test(after))
    return true;
  if (
    WEEKDAY.test(body) &&
    /\bthe\s+$/i.test(before) &&
    /^\s+[a-z]+s\b/.test(after) &&
    !/^\s+(?:is|was|has)\b/.test(after)
  )
    return true;
  return FRACTION.test(body) && (/\d[\s-]$/.test(before) || /^\s*%/.test(after));
}
