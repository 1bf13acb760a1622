import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/language/index.js";

const quotes = (text: string) =>
  findQuotes(text).map((q) => {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speakerText !== null)
      expect(text.slice(q.speakerStart ?? -1, q.speakerEnd ?? -1)).toBe(q.speakerText);
    expect(q.speaker).toBeNull();
    return [q.text, q.speakerText, q.cue];
  });

describe("direct quotes", () => {
  it("takes no borrowed phrase for speech: after 'so-called', or before a label it names", () => {
    expect(quotes('She said the so-called "harbour novel" label did not bother her.')).toEqual([]);
    expect(quotes('He said the "green corridor" scheme would fail.')).toEqual([]);
    expect(quotes('The council called the plan "a disaster."')).toEqual([
      ["a disaster.", "The council", "called"],
    ]);
  });

  it("takes the speaker from a cue after the quote, in either order", () => {
    expect(quotes("“We will reopen the bridge by June,” the mayor said.")).toEqual([
      ["We will reopen the bridge by June,", "the mayor", "said"],
    ]);
    expect(quotes('"It is too early to tell," said Dana Whitlow, the chief inspector.')).toEqual([
      ["It is too early to tell,", "Dana Whitlow", "said"],
    ]);
    expect(
      quotes("“The wall will hold,” Ruth Adebayo, the chief engineer, told reporters on Monday."),
    ).toEqual([["The wall will hold,", "Ruth Adebayo", "told"]]);
  });

  it("takes a person named before a colon as the speaker of the quote after it", () => {
    expect(quotes("Mayor Lucia Brandt was blunt: “We have to act now.”")).toEqual([
      ["We have to act now.", "Mayor Lucia Brandt", "was"],
    ]);
    // A thing before the colon is no speaker.
    expect(quotes("The plan has one aim: “to cut congestion in the town centre”.")).toEqual([]);
  });

  it("reads quotes in single marks where a paragraph has no double ones, not apostrophes", () => {
    expect(quotes("‘We have lost half our customers in a week,’ said Hamid Rasul.")).toEqual([
      ["We have lost half our customers in a week,", "Hamid Rasul", "said"],
    ]);
    expect(quotes("Hamid Rasul said: 'We have lost half our customers. It is a disaster.'")).toEqual([
      ["We have lost half our customers. It is a disaster.", "Hamid Rasul", "said"],
    ]);
    expect(quotes("The residents' association said it was the '90s all over again.")).toEqual([]);
    expect(quotes("She called the plan ‘late’ and left.")).toEqual([]);
  });

  it("takes the speaker from a cue before the quote", () => {
    expect(quotes("Chief Inspector Dana Whitlow told reporters: “The wall is safe for now.”")).toEqual([
      ["The wall is safe for now.", "Chief Inspector Dana Whitlow", "told"],
    ]);
    expect(quotes("The union called the offer “an insult to every driver in the city”.")).toEqual([
      ["an insult to every driver in the city", "The union", "called"],
    ]);
    expect(quotes("The minister met union leaders on Friday, warning: “There is no more money.”")).toEqual([
      ["There is no more money.", "The minister", "warning"],
    ]);
    expect(quotes("According to the fire chief, the blaze was “under control within the hour”.")).toEqual([
      ["under control within the hour", "the fire chief", "according to"],
    ]);
  });

  it("keeps the person, not the employer, when a name follows a role", () => {
    expect(quotes("“We are deeply sorry,” said Harbour Bank chief executive Lena Marsh.")).toEqual([
      ["We are deeply sorry,", "Harbour Bank chief executive Lena Marsh", "said"],
    ]);
    expect(
      quotes(
        "Tollway managing director Sam Orr hit back, insisting the offer was “fair and more than affordable”.",
      ),
    ).toEqual([["fair and more than affordable", "Tollway managing director Sam Orr", "insisting"]]);
  });

  it("reads a block quote introduced at the end of the paragraph before", () => {
    const text =
      "The council leader answered critics in a letter. She wrote:\n\n“We will not close a single library while I lead this council.”";
    expect(quotes(text)).toEqual([
      ["We will not close a single library while I lead this council.", "She", "wrote"],
    ]);
  });

  it("keeps a name's parenthetical and knows more cue verbs", () => {
    expect(quotes("“The vote was a disgrace,” Rep. Jane Doe (D-Ohio) said Friday.")).toEqual([
      ["The vote was a disgrace,", "Rep. Jane Doe (D-Ohio)", "said"],
    ]);
    expect(quotes("“Where was the regulator?” Senator Ruth Vale demanded.")).toEqual([
      ["Where was the regulator?", "Senator Ruth Vale", "demanded"],
    ]);
  });

  it("gives both halves of an interrupted quote the same speaker", () => {
    expect(quotes("“We are ready,” she said, “and we will not wait for the council.”")).toEqual([
      ["We are ready,", "she", "said"],
      ["and we will not wait for the council.", "she", "said"],
    ]);
  });

  it("follows a quote that runs on over paragraphs", () => {
    const text =
      "The minister said: “We will act on the report.\n\n“And we will act quickly, whatever it costs.”";
    expect(quotes(text)).toEqual([
      ["We will act on the report.", "The minister", "said"],
      ["And we will act quickly, whatever it costs.", "The minister", "said"],
    ]);
  });

  it("never takes a contraction for a name", () => {
    const [found] = quotes("He’s called the plan “a disaster for every family in the county” on Monday.");
    expect(found?.[0]).toBe("a disaster for every family in the county");
    expect(found?.[1]).not.toBe("He’s");
  });

  it("leaves out scare quotes, titles and names in quotation marks", () => {
    expect(quotes("The so-called “green wall” project was dropped in March.")).toEqual([]);
    expect(quotes("She starred in “The Salt Orchard” at the festival last year.")).toEqual([]);
    expect(quotes("Residents of the “Old Quarter” voted against the plan.")).toEqual([]);
  });

  it("keeps an unattributed full quote without inventing a speaker", () => {
    expect(
      quotes(
        "Outside the court there was little celebration. “We have waited ten years for this day and it is not over.”",
      ),
    ).toEqual([["We have waited ten years for this day and it is not over.", null, null]]);
  });

  it("reads the speaker after a quote in more shapes: a noun phrase, words before a name, appositions", () => {
    expect(quotes("“The figures do not add up,” the letter reads.")).toEqual([
      ["The figures do not add up,", "the letter", "reads"],
    ]);
    expect(quotes("“We were never consulted,” former councillor Petra Lind said.")).toEqual([
      ["We were never consulted,", "former councillor Petra Lind", "said"],
    ]);
    expect(quotes("“It is a good day,” Tom Reyes, 41, a baker from the old town, said on Monday.")).toEqual([
      ["It is a good day,", "Tom Reyes", "said"],
    ]);
    expect(quotes("“The bridge was never inspected,” according to the council’s own report.")).toEqual([
      ["The bridge was never inspected,", "the council", "according to"],
    ]);
  });

  it("takes any verb as the cue when the quote hands its sentence on with a comma or question mark", () => {
    expect(quotes("“Get out of my office,” Dana Whitlow barked.")).toEqual([
      ["Get out of my office,", "Dana Whitlow", "barked"],
    ]);
    expect(quotes("“Who signed this?” the auditor pressed.")).toEqual([
      ["Who signed this?", "the auditor", "pressed"],
    ]);
  });

  it("reads a quote signed with a dash, and a sentence that opens on the cue verb", () => {
    expect(quotes("“The river is our road and our larder.” ― Mara Quint")).toEqual([
      ["The river is our road and our larder.", "Mara Quint", "―"],
    ]);
    expect(quotes("Said the foreman: “Nobody goes home until the roof is on.”")).toEqual([
      ["Nobody goes home until the roof is on.", "the foreman", "said"],
    ]);
  });

  it("closes a quote on a mismatched mark", () => {
    expect(quotes('"We are not finished yet,” said Ola Brandt. “Not today,“ she said.')).toEqual([
      ["We are not finished yet,", "Ola Brandt", "said"],
      ["Not today,", "she", "said"],
    ]);
  });

  it("takes the subject, not a place after a preposition, and leaves an affiliation off the name", () => {
    expect(
      quotes("Here in Marlow, Jane Fisk toured the plant for an hour, saying: “The plant stays open.”"),
    ).toEqual([["The plant stays open.", "Jane Fisk", "saying"]]);
    expect(quotes("“The data are clear,” said Ines Maro of Westbrook University.")).toEqual([
      ["The data are clear,", "Ines Maro", "said"],
    ]);
  });

  it("reads speakers past an abbreviation's dot, a firm's ampersand, a comment before the colon and a role in apposition", () => {
    expect(
      quotes(
        'Prof Ilse Marr of the University of St. Aldric, who was not involved, said: "One trial is not a policy."',
      ),
    ).toEqual([["One trial is not a policy.", "Prof Ilse Marr", "said"]]);
    expect(quotes('"The mine may stay shut for months," said Carrow & Pike analyst Imogen Stavely.')).toEqual(
      [["The mine may stay shut for months,", "Carrow & Pike analyst Imogen Stavely", "said"]],
    );
    expect(
      quotes('Wendover chairman Gerald Haskins is furious and blasted: "We will not be bullied."')[0]?.[1],
    ).toBe("Wendover chairman Gerald Haskins");
    expect(
      quotes(
        'Vallenco\'s sporting director, Ander Salaz, rejected the claim, saying: "Every payment was made."',
      ),
    ).toEqual([["Every payment was made.", "Ander Salaz", "saying"]]);
  });

  it("drops uncued quoted words set inside the writer's own sentence", () => {
    expect(
      quotes(
        "The town was left with “a bill that nobody in this room will ever be able to pay off” after the vote.",
      ),
    ).toEqual([]);
  });
});
