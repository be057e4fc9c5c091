import { describe, expect, it } from "vitest";
import { bearerTokenOf, createContext } from "@/graphql/context.ts";
import type { Db } from "@/lib/db/client.ts";

const db = {} as Db;

describe("context", () => {
  it("keeps the request's Cookie header when a page passes one, and null when none", () => {
    expect(createContext(db, { cookie: "nkg_session=abc" }).cookie).toBe("nkg_session=abc");
    expect(createContext(db).cookie).toBeNull();
  });

  it.each([
    ["Bearer abc", "abc"],
    ["bearer  abc ", "abc"],
    ["Basic abc", null],
    [null, null],
  ])("reads the bearer token of %j as %j", (header, token) => {
    expect(bearerTokenOf(header)).toBe(token);
  });
});
