import { describe, expect, it } from "vitest";
import { GET as getAsset } from "@/app/graphiql/[asset]/route.ts";
import { GRAPHIQL_EXAMPLES } from "@/app/graphiql/graphiql-examples.ts";
import { GET as getPage } from "@/app/graphiql/route.ts";
import { createTestDb } from "@/tests/support/test-db.ts";
import { executor } from "./support/exec.ts";
import { seedCorpus } from "./support/fixtures.ts";

const asset = (name: string) =>
  getAsset(new Request(`http://localhost/graphiql/${name}`), { params: Promise.resolve({ asset: name }) });

describe("GraphiQL route", () => {
  it("serves a page that loads only same-origin scripts under a strict CSP", async () => {
    const res = getPage();
    const html = await res.text();
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(scripts.every((attrs) => /src="\/graphiql\//.test(attrs!))).toBe(true);
  });

  it.each(["react.js", "react-dom.js", "graphiql.js", "graphiql.css"])("serves %s from node_modules", async (name) => {
    const res = await asset(name);
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it("prefills the Atmar example in the init script", async () => {
    const js = await (await asset("init.js")).text();
    expect(js).toContain(
      'quotes(speaker: \\"Atmar\\", first: 5) {\\n    totalCount\\n    nodes {\\n      id\\n      text\\n      speaker { name slug }\\n      article { title slug }',
    );
    expect(js).toContain("/api/graphql");
  });

  it.each(["../package.json", "..%2Fpackage.json", "graphiql.min.js", "constructor"])("refuses %s", async (name) => {
    expect((await asset(name)).status).toBe(404);
  });

  it("prefills examples that run without errors", async () => {
    const t = await createTestDb();
    try {
      await seedCorpus(t.db);
      const run = executor(t.db);
      for (const ex of GRAPHIQL_EXAMPLES) {
        const r = await run(ex.query, ex.variables ? JSON.parse(ex.variables) : {});
        expect(r.errors).toBeUndefined();
      }
    } finally {
      await t.cleanup();
    }
  });
});
