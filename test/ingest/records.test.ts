import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeIsoDate, parseJsonLines, recordToInput } from "../../src/ingest/index.js";

describe("records", () => {
  it("keeps given ids and metadata; html records become html inputs", () => {
    const r = recordToInput(
      {
        id: 7,
        html: "<p>Hi there</p>",
        url: "https://example.org/a",
        published: "2026-05-03T10:00:00+02:00",
      },
      "in.json",
    );
    expect(r).toEqual({
      ok: true,
      input: {
        source: "in.json",
        format: "html",
        content: "<p>Hi there</p>",
        id: "7",
        url: "https://example.org/a",
        published: "2026-05-03T10:00:00+02:00",
      },
    });
  });

  it("names the field that is wrong", () => {
    const noText = recordToInput({ id: "x", text: "   " }, "a.jsonl:4");
    expect(noText.ok === false && noText.rejection.reason).toMatch(/needs a non-empty "text" or "html"/);
    const badType = recordToInput({ text: 12 }, "a.jsonl:5");
    expect(badType.ok === false && badType.rejection.reason).toMatch(
      /^is not a valid article record: "text"/,
    );
    const badDate = recordToInput({ text: "x", published: "someday" }, "a.jsonl:6");
    expect(badDate.ok === false && badDate.rejection.reason).toMatch(/"published" is not a date/);
  });

  it("costs a bad JSON line only itself", () => {
    const out = parseJsonLines(`{"text":"a"}\n\n{oops\n{"text":"b"}\n`, "f.jsonl");
    expect(out.map((r) => (r.ok ? r.input.source : r.rejection.code))).toEqual([
      "f.jsonl:1",
      "SYN_INPUT_JSON",
      "f.jsonl:4",
    ]);
  });

  it("normalizes dates to ISO 8601 and keeps what was stated", () => {
    expect(normalizeIsoDate("2026-05-03")).toBe("2026-05-03");
    expect(normalizeIsoDate("2026-05-03T08:30:00.000Z")).toBe("2026-05-03T08:30:00Z");
    expect(normalizeIsoDate("2026-05-03 08:30+0100")).toBe("2026-05-03T08:30+01:00");
    expect(normalizeIsoDate("Sun, 03 May 2026 08:30:00 GMT")).toBe("2026-05-03T08:30:00Z");
    expect(normalizeIsoDate("2026-13-45")).toBeUndefined();
    expect(normalizeIsoDate("tomorrow-ish")).toBeUndefined();
  });

  it("accepts every valid ISO day it is given (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          return normalizeIsoDate(day) === day && normalizeIsoDate(d.toISOString())?.startsWith(day) === true;
        },
      ),
    );
  });
});
