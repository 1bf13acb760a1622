// Attribution cues: the verbs news writing uses to say who spoke, and the
// shapes the speaker takes around a quote. Tables, hoisted and shared.
export const CUE_VERBS =
  "said|says|say|told|tells|added|adds|insisted|insists|warned|warns|stated|states|noted|notes|explained|explains|wrote|writes|argued|argues|asked|asks|replied|replies|continued|continues|declared|declares|announced|announces|recalled|recalls|acknowledged|acknowledges|admitted|admits|claimed|claims|conceded|concedes|confirmed|confirms|urged|urges|pleaded|described|describes|suggested|suggests|posted|tweeted|called|demanded|demands|boasted|boasts|reported|reports|responded|responds|shouted|chanted|sang|sings|joked|jokes|quipped|predicted|predicts|promised|promises|vowed|vows|cautioned|cautions|complained|complains";

/** Participles that hang a quote on the subject of the clause: "X met Y, saying: “…”". */
export const CUE_PARTICIPLES =
  "saying|telling|adding|warning|insisting|noting|writing|arguing|stating|explaining|declaring|claiming|urging|calling|describing";

const ROLE =
  "spokes(?:wo)?man|spokesperson|official|officials|minister|secretary|president|chief|director|judge|mayor|lawyer|attorney|police|department|company|statement|report|ministry|agency|union|council|court|source|sources|governor|senator|leader|executive|chairman|chairwoman|chair|founder|analyst|expert|professor|witness|resident|commissioner|inspector|officer|prosecutor|coach|manager";

const DESCRIBED = `(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{Ll}'’-]+\\s+){0,4}?(?:${ROLE})\\b(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})?`;
// Capitalised words that open sentences without naming anyone.
const NOT_A_NAME =
  "(?!(?:He|She|It|They|We|You|I|That|There|What|Who)['’]|(?:The|A|An|But|And|Or|So|However|In|On|At|It|Its|This|That|These|Those|When|While|After|Before|Later|Earlier|Meanwhile|Outside|Inside|During|For|With|As|If|Then|There|Here|Asked|Speaking)\\b)";
// A name may carry a short parenthetical: "Rep. Jane Doe (D-Wis.)".
const NAMED = `${NOT_A_NAME}(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Judge|President|Minister|Chief|Mayor|Secretary)\\.?\\s+)?\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:de|van|von|bin|al|la|le|of|\\p{Lu}[\\p{L}'’.-]+)){0,4}(?:\\s+\\([^()]{1,20}\\))?`;

// "Oakhurst chief executive Catriona Velasquez": the person, introduced by employer and role.
const NAMED_WITH_ROLE = `${NAMED}\\s+(?:[\\p{Ll}'’-]+\\s+){0,2}?(?:${ROLE})\\s+${NAMED}`;

/** A speaker as written: a pronoun, a described role, a name with employer and role, or a name. */
export const SPEAKER = `(?:(?:he|she|they|we|I)|${DESCRIBED}|${NAMED_WITH_ROLE}|${NAMED})`;
