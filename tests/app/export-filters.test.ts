import { describe, expect, it } from "vitest";
import {
  enumParam,
  ExportRequestError,
  orderParam,
  readExportFilters,
  TEXT,
  type ExportParam,
} from "@/app/export/_lib/export-filters.ts";

const PARAMS: Record<string, ExportParam> = {
  q: { ...TEXT, variable: "search" },
  search: { ...TEXT, variable: "search" },
  kind: enumParam("kind", ["DIRECT", "PARTIAL"]),
  orderBy: orderParam(["PUBLISHED_AT", "ID"]),
};

const read = (qs: string) => readExportFilters(PARAMS, new URLSearchParams(qs));
const errorOf = (qs: string) => {
  try {
    read(qs);
  } catch (err) {
    if (err instanceof ExportRequestError) return err.message;
    throw err;
  }
  throw new Error(`no error for ${qs}`);
};

describe("readExportFilters", () => {
  it("maps page and API names onto the operation's variables", () => {
    expect(read("q=river&kind=direct&orderBy=published_at_asc")).toEqual({
      search: "river",
      kind: "DIRECT",
      orderBy: { field: "PUBLISHED_AT", direction: "ASC" },
    });
  });

  it("skips blank values, as the pages do", () => {
    expect(read("q=%20&kind=")).toEqual({});
  });

  it("accepts an alias and its twin when they agree", () => {
    expect(read("q=river&search=river")).toEqual({ search: "river" });
  });

  it.each([
    ["kind=SHOUTED", /“kind” has the value "SHOUTED".*expected one of DIRECT, PARTIAL/],
    ["orderBy=NAME_UP", /“orderBy” has the value "NAME_UP".*PUBLISHED_AT_ASC/],
    ["colour=red", /“colour” is not one this export understands: expected one of q, search, kind, orderBy/],
    ["q=a&search=b", /“q” and “search” say different things/],
    [`q=${"x".repeat(201)}`, /“q” is longer than 200 characters/],
  ])("refuses %s with a message naming it", (qs, message) => {
    expect(errorOf(qs)).toMatch(message);
  });

  it("refuses inherited property names as unknown filters", () => {
    expect(errorOf("constructor=x")).toMatch(/“constructor” is not one/);
  });
});
