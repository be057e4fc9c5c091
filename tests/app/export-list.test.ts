import { describe, expect, it } from "vitest";
import { pageOf, pageQuery } from "@/app/export/_lib/export-list.ts";

const QUERY = `query Q($first: Int, $after: String) { quotes(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;

describe("pageQuery", () => {
  it("asks for totalCount on the first page only", () => {
    expect(pageQuery(QUERY, null)).toBe(QUERY);
    expect(pageQuery(QUERY, "cursor")).not.toContain("totalCount");
    expect(pageQuery(QUERY, "cursor")).toContain("pageInfo { hasNextPage endCursor } nodes { id }");
  });
});

describe("pageOf", () => {
  it("reads a connection's nodes, cursor and count, the count null when not asked for", () => {
    const pageInfo = { hasNextPage: true, endCursor: "c2" };
    expect(pageOf({ nodes: [1, 2], totalCount: 5, pageInfo })).toEqual({
      nodes: [1, 2],
      endCursor: "c2",
      hasNextPage: true,
      totalCount: 5,
    });
    expect(pageOf({ nodes: [3], pageInfo: { hasNextPage: false, endCursor: null } }).totalCount).toBeNull();
  });
});
