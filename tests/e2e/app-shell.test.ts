import { describe, expect, inject, it } from "vitest";

const url = (p: string) => inject("baseURL") + p;

describe("app shell over HTTP", () => {
  it.each(["/articles/%E0%A4%A", "/embed/quotes/%E0%A4%A", "/actors/%ZZ"])(
    "answers a malformed percent-escape in %s with 400, not 500",
    async (p) => {
      const res = await fetch(url(p));
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("malformed percent-escape");
    },
  );

  it("serves a favicon", async () => {
    const res = await fetch(url("/favicon.ico"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/icon/);
  });

  it.each(["/", "/api/graphql?query=%7Bstats%7Barticles%7D%7D", "/graphiql", "/no-such-page"])(
    "sends the security headers on %s",
    async (p) => {
      const res = await fetch(url(p));
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBeTruthy();
      expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    },
  );
});
