// Attribution cues: the verbs news writing uses to say who spoke, and the
// shapes the speaker takes around a quote. Tables, hoisted and shared.
export const CUE_VERBS =
  "said|says|say|told|tells|added|adds|insisted|insists|warned|warns|stated|states|noted|notes|explained|explains|wrote|writes|argued|argues|asked|asks|replied|replies|continued|continues|declared|declares|announced|announces|recalled|recalls|acknowledged|acknowledges|admitted|admits|claimed|claims|conceded|concedes|confirmed|confirms|urged|urges|pleaded|described|describes|suggested|suggests|posted|tweeted|called|demanded|demands|boasted|boasts|reported|reports|responded|responds|shouted|chanted|sang|sings|joked|jokes|quipped|predicted|predicts|promised|promises|vowed|vows|cautioned|cautions|complained|complains|concluded|concludes|commented|comments|yelled|yells|screamed|screams|exclaimed|asserted|asserts|remarked|observed|countered|counters|retorted|testified|recounted|wondered|mused|whispered|tweets|emailed|texted|scolded|fumed|lamented|laments|echoed|echoes|pressed|answered|answers|charged|barked|retaliated|surmised|assured|questioned|reacted|opined|exhorted|agreed|agrees|interjected|resisted|fired back|shot back|cut in|pointed out|points out|mocked|mocks|conclude|write|add|note|argue|explain|warn";

/** Cues that only name a speaker after a quote: `,” the letter reads.` (before a quote, "read" takes titles). */
export const CUE_VERBS_AFTER = `${CUE_VERBS}|reads|read|began|started|went on|chimed in|(?:is|was) quoted as saying|can be heard (?:saying|asking)`;

/** Participles that hang a quote on the subject of the clause: "X met Y, saying: “…”". */
export const CUE_PARTICIPLES =
  "saying|telling|adding|warning|insisting|noting|writing|arguing|stating|explaining|declaring|claiming|urging|calling|describing|asking|chanting|shouting|yelling|tweeting|replying|responding|concluding|recalling|acknowledging|admitting|announcing|promising|vowing|predicting|joking|quipping|pleading|demanding|posting|remarking|asserting|countering";

const ROLE =
  "spokes(?:wo)?man|spokesperson|official|officials|minister|secretary|president|chief|director|judge|mayor|lawyer|attorney|police|department|company|statement|report|ministry|agency|union|council|court|source|sources|governor|senator|leader|executive|chairman|chairwoman|chair|founder|analyst|expert|professor|witness|resident|commissioner|inspector|officer|prosecutor|coach|manager";

const DESCRIBED = `(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{Ll}'’-]+\\s+){0,4}?(?:${ROLE})\\b(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})?`;
// Capitalised words that open sentences without naming anyone.
const NOT_A_NAME =
  "(?!(?:He|She|It|They|We|You|I|That|There|What|Who)['’]|(?:The|A|An|But|And|Or|So|However|In|On|At|It|Its|This|That|These|Those|When|While|After|Before|Later|Earlier|Meanwhile|Outside|Inside|During|For|With|As|If|Then|There|Here|Asked|Speaking|Said|Says)\\b)";
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]+";
// A name may carry a short parenthetical: "Rep. Jane Doe (D-Wis.)"; "of the" joins "Mr. Doe of the Harbour Trust".
// "&" joins a firm's names: "Carrow & Pike analyst Imogen Stavely-Ruiz".
export const NAMED = `${NOT_A_NAME}(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Judge|President|Minister|Chief|Mayor|Secretary)\\.?\\s+)?${NAME_WORD}(?:\\s+(?:de|van|von|bin|al|la|le|of|of\\s+the|&|${NAME_WORD})){0,6}(?:\\s+\\([^()]{1,20}\\))?`;

// "Oakhurst chief executive Catriona Velasquez", "Harbour Bank press officer Sam Orr": the person,
// introduced by employer and a role in lower case.
const NAMED_WITH_ROLE = `${NAMED}\\s+(?:[\\p{Ll}'’-]+\\s+){1,3}?${NAMED}`;

// A noun phrase after a determiner, ending in a common noun: "the letter", "a narrator in the ad",
// "one senior aide", "her former campaign manager", "Doe's lawyer". Only next to a cue verb is it a speaker.
const DETERMINER = `(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|[Ss]everal|[Bb]oth|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|${NAME_WORD}['’]s)`;
const NOT_A_HEAD =
  "(?!(?:who|which|that|whom|whose|and|or|but|as|in|of|on|at|for|to|with|by|from|he|she|it|they|while|when)\\b)";
// Modifiers, not prepositions: "an email to supporters" is no speaker.
const MODIFIER =
  "(?!(?:to|in|of|on|at|for|with|by|from|and|or|that|who|which|as|about)\\s)[\\p{L}\\d'’/][\\p{L}\\d'’/-]*";
const NOUN_PHRASE = `${DETERMINER}\\s+(?:${MODIFIER}\\s+){0,4}?${NOT_A_HEAD}\\p{Ll}[\\p{Ll}'’-]+(?:\\s+(?:in|of|on|at|for)\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?)?`;
// "the Rev. Jane Doe", "the Times": a name written with its article.
const THE_NAMED = `(?:[Tt]he\\s+)${NAMED}`;

/** A person by name or pronoun only: where the shape alone does not say the subject is speaking. */
export const PERSON = `(?:(?:[Hh]e|[Ss]he)(?![\\p{L}\\d])|${NAMED_WITH_ROLE}|${NAMED})`;

/** A speaker as written: a pronoun, a described role, a name with employer and role, or a name. */
export const SPEAKER = `(?:(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)(?![\\p{L}\\d])|${DESCRIBED}|${NAMED_WITH_ROLE}|${NAMED})`;

// Words in front of a name after a quote ("former Senator", "state Del."), but no conjunction:
// in `,” when Doe arrived` the clause is not an attribution.
const PREFIX_WORD =
  "(?!(?:when|while|as|after|before|because|if|and|but|or|since|until|where|then|so|though|although)\\s)[\\p{L}\\d/'’.$-]+";

/**
 * After a quote, where the speaker must follow the closing mark, the speaker may take more shapes:
 * any noun phrase ("the letter reads"), or a name with lower-case words before it ("former
 * Senator Jane Doe", "state Del. Jane Doe").
 */
export const SPEAKER_AFTER = `(?:(?:${SPEAKER}|${THE_NAMED}|(?:${PREFIX_WORD}\\s+){1,4}?${NAMED})(?:\\s+and\\s+${NAMED})?|${NOUN_PHRASE}|one|another|others|some)`;

/** Before a quote the search is not anchored, so a name needs no lower-case words in front. */
export const SPEAKER_BEFORE = `(?:${SPEAKER}|${THE_NAMED}|${NOUN_PHRASE})`;

/** A signature under a quote: a name alone, its words capitalized ("Jane A. Doe", "Jane van Doe"). */
export const NAMED_SIGNATURE = `${NAME_WORD}(?:\\s+(?:de|van|von|del|la|le|${NAME_WORD})){1,4}`;
