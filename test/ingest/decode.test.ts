import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/index.js";

const text = "Le maire a déclaré : « Nous rouvrirons le pont » — 12 € de péage, naïve façade.";
const curly = "The minister said: \u201cWe\u2019ll act\u201d \u2014 at a cost of \u00a34m.";

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decodeBytes(Buffer.from(text, "utf8"))).toEqual({ ok: true, text, encoding: "utf-8" });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      ok: true,
      text,
      encoding: "utf-8",
    });
  });

  it("reads UTF-16 little and big endian with a BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeBytes(le)).toMatchObject({ ok: true, text, encoding: "utf-16le" });
    expect(decodeBytes(be)).toMatchObject({ ok: true, text, encoding: "utf-16be" });
  });

  it("follows the charset an HTML page declares", () => {
    const page = `<html><head><meta charset="windows-1252"></head><body><p>${curly}</p></body></html>`;
    const r = decodeBytes(iconv.encode(page, "windows-1252"), { html: true });
    expect(r).toMatchObject({ ok: true, encoding: "windows-1252" });
    expect(r.ok && r.text).toContain(curly);
    const http = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"></head><body>Łódź, Kraków</body></html>`;
    const r2 = decodeBytes(iconv.encode(http, "iso-8859-2"), { html: true });
    expect(r2.ok && r2.text).toContain("Łódź, Kraków");
  });

  it("reads a page declared Latin-1 as windows-1252, as browsers do", () => {
    const page = `<html><head><meta charset="iso-8859-1"></head><body><p>${curly} – 2,4 Millionen €</p></body></html>`;
    const r = decodeBytes(iconv.encode(page, "windows-1252"), { html: true });
    expect(r).toMatchObject({ ok: true, encoding: "windows-1252" });
    expect(r.ok && r.text).toContain(`${curly} – 2,4 Millionen €`);
  });

  it("prefers valid UTF-8 over a legacy charset the page declares wrongly", () => {
    const page = `<html><head><meta charset="iso-8859-1"></head><body>${curly}</body></html>`;
    const r = decodeBytes(Buffer.from(page, "utf8"), { html: true });
    expect(r).toMatchObject({ ok: true, encoding: "utf-8" });
    expect(r.ok && r.text).toContain(curly);
  });

  it("detects undeclared windows-1252 text", () => {
    const r = decodeBytes(iconv.encode(`${curly} ${text}`.replace("€", "EUR"), "windows-1252"));
    expect(r.ok && r.text).toBe(`${curly} ${text}`.replace("€", "EUR"));
  });

  it("says binary for bytes with NULs and control characters", () => {
    expect(decodeBytes(Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 8, 0]))).toMatchObject({
      ok: false,
      binary: true,
    });
    expect(decodeBytes(Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 7) + 1)))).toMatchObject({
      ok: false,
      binary: true,
    });
  });

  it("round-trips any text through UTF-8 and UTF-16 (property)", () => {
    const printable = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 200 })
      // C0 controls other than tab, LF, FF and CR make bytes look binary, on purpose.
      .filter((s) => ![...s].some((c) => c.charCodeAt(0) < 0x20 && !"\t\n\f\r".includes(c)));
    fc.assert(
      fc.property(printable, (s) => {
        const utf8 = decodeBytes(Buffer.from(s, "utf8"));
        const utf16 = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]));
        return utf8.ok && utf8.text === s.replace(/^\ufeff/, "") && utf16.ok && utf16.text === s;
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), fc.boolean(), (bytes, html) => {
        const r = decodeBytes(bytes, { html });
        return r.ok ? typeof r.text === "string" : typeof r.detail === "string";
      }),
      { numRuns: 500 },
    );
  });
});
