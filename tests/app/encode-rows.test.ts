import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvHeader, csvRows, jsonlRows } from "@/app/export/_lib/encode-rows.ts";

describe("csvRows", () => {
  it.each([
    ["plain words", "plain words"],
    ["a, b", '"a, b"'],
    ['she said "no"', '"she said ""no"""'],
    ["two\nlines", '"two\nlines"'],
    ["carriage\r\nreturn", '"carriage\r\nreturn"'],
    ["=SUM(A1:A3)", "'=SUM(A1:A3)"],
    ["+1 more", "'+1 more"],
    ["-2 less", "'-2 less"],
    ["@handle", "'@handle"],
    ["=1, 2", '"\'=1, 2"'],
    ["a = b", "a = b"],
    ["Zoë’s café", "Zoë’s café"],
  ])("writes the cell %j as %j", (cell, out) => {
    expect(csvRows([[cell]])).toBe(`${out}\r\n`);
  });

  it("leaves numbers alone, negative ones included, and writes null as an empty cell", () => {
    expect(csvRows([[-3, 0.25, null, 7]])).toBe("-3,0.25,,7\r\n");
  });

  it("writes flags as true/false and lists joined by semicolons", () => {
    expect(csvRows([[true, false, ["Ana (AGENT)", "Bo (TARGET)"], []]])).toBe(
      "true,false,Ana (AGENT); Bo (TARGET),\r\n",
    );
  });

  it("writes nothing for no rows", () => {
    expect(csvRows([])).toBe("");
  });
});

describe("csvRows read back", () => {
  // cells drawn from the characters CSV must handle, so quotes, commas and line breaks meet often
  const cell = fc.oneof(
    fc.stringMatching(/^[a-z"=+\-@,\r\n ;'’é\t]{0,12}$/),
    fc.string({ unit: "grapheme", maxLength: 12 }),
  );
  const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

  it("gives back every cell by an independent RFC 4180 parser, formula cells with their leading '", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const back = parse(csvRows(rows), { record_delimiter: "\r\n" }) as string[][];
        expect(back).toEqual(rows.map((r) => r.map((c) => (FORMULA.test(c) ? `'${c}` : c))));
      }),
    );
  });
});

describe("csvHeader", () => {
  it("writes the column names as one CRLF-terminated line", () => {
    expect(csvHeader(["quote_id", "speaker", "text"])).toBe("quote_id,speaker,text\r\n");
  });
});

describe("jsonlRows", () => {
  it("writes one object per line keyed by column, values typed, lists as arrays", () => {
    const out = jsonlRows(
      ["id", "text", "start", "tags", "none"],
      [
        ["Q1", 'line one\nline "two"', 4, ["a", "b"], null],
        ["Q2", "=formula stays as written", 0, [], null],
      ],
    );
    const lines = out.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(lines.slice(0, 2).map((l) => JSON.parse(l))).toEqual([
      { id: "Q1", text: 'line one\nline "two"', start: 4, tags: ["a", "b"], none: null },
      { id: "Q2", text: "=formula stays as written", start: 0, tags: [], none: null },
    ]);
  });
});
