import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLanguage, loadLanguageTools, splitSentences } from "../../src/language/index.js";

const tools = loadLanguageTools();
const cut = (text: string) => splitSentences(text, tools).map((s) => text.slice(s.start, s.end));

describe("sentences", () => {
  it("does not break a figure at its decimal point after a currency letter", () => {
    expect(
      cut("Revenue rose to R14.82 billion in the quarter. The shares closed at R62.95 on Tuesday."),
    ).toEqual(["Revenue rose to R14.82 billion in the quarter.", "The shares closed at R62.95 on Tuesday."]);
  });

  it("survives abbreviations, initials and dates", () => {
    expect(
      cut("The U.S. envoy met Mr. Varga on Jan. 1 in St. Albans. Talks ended at 5 p.m. with no deal."),
    ).toEqual([
      "The U.S. envoy met Mr. Varga on Jan. 1 in St. Albans.",
      "Talks ended at 5 p.m. with no deal.",
    ]);
  });

  it("ends a sentence at a paragraph break, with or without a full stop", () => {
    expect(cut("Ferry fares to rise in spring\n\nThe board voted on Friday. It was unanimous!")).toEqual([
      "Ferry fares to rise in spring",
      "The board voted on Friday.",
      "It was unanimous!",
    ]);
  });

  it("keeps a quotation with its attribution", () => {
    expect(cut('"We will not be rushed," the minister said. "Not now."')).toEqual([
      '"We will not be rushed," the minister said.',
      '"Not now."',
    ]);
  });

  it("does not end a sentence inside a quotation of several sentences", () => {
    expect(
      cut(
        '"We did nothing wrong. A supplier\'s part failed," plant director Ana Ruiz said. The plant opened in 2019.',
      ),
    ).toEqual([
      '"We did nothing wrong. A supplier\'s part failed," plant director Ana Ruiz said.',
      "The plant opened in 2019.",
    ]);
    expect(cut("“Why now? Who decided?” she asked. He left.")).toEqual([
      "“Why now? Who decided?” she asked.",
      "He left.",
    ]);
    // A quotation running over more sentences than a reader's sentence holds keeps them apart.
    expect(cut('He said "One. Two. Three. Four. Five." Fine.').length).toBeGreaterThan(4);
  });

  it("gives spans that cut non-empty, ordered, non-overlapping text (property)", () => {
    const para = fc.array(
      fc.constantFrom(
        "The mayor spoke.",
        "Mr. Lee agreed!",
        "U.S. aid rose 5%.",
        "why not?",
        "“We won,” she said.",
        "end",
      ),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 4 }), (paras) => {
        const text = paras.map((p) => p.join(" ")).join("\n\n");
        const spans = splitSentences(text, tools);
        let last = 0;
        for (const s of spans) {
          if (s.start < last || s.end <= s.start) return false;
          const piece = text.slice(s.start, s.end);
          if (piece.trim() !== piece || piece.includes("\n")) return false;
          last = s.end;
        }
        return spans.length >= paras.length;
      }),
      { numRuns: 200 },
    );
  });
});

describe("language detection", () => {
  it("tells English, French and German apart and abstains on too little text", () => {
    expect(
      detectLanguage(
        "The council voted on Tuesday to close the old bridge to heavy traffic until repairs are finished next year.",
      ),
    ).toBe("en");
    expect(
      detectLanguage(
        "Le conseil municipal a voté mardi la fermeture du vieux pont aux poids lourds jusqu'à la fin des travaux.",
      ),
    ).toBe("fr");
    expect(
      detectLanguage(
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke bis zum Ende der Bauarbeiten für Lastwagen zu sperren.",
      ),
    ).toBe("de");
    expect(detectLanguage("Short.")).toBeNull();
  });
});
