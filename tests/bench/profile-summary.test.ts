import { describe, expect, it } from "vitest";
import { groupOf, summarizeProfile } from "@/bench/lib/profile-summary.ts";

describe("groupOf", () => {
  it.each([
    [
      "performIO",
      "file:///w/node_modules/@prisma/adapter-better-sqlite3/dist/index.mjs",
      "@prisma/adapter-better-sqlite3",
    ],
    ["execute", "file:///w/node_modules/graphql/execution/execute.js", "graphql"],
    ["wasm-function[3577]", "wasm://wasm/0072416a", "(wasm: Prisma query compiler)"],
    ["enqueue", "node:internal/webstreams/readablestream", "(node internals)"],
    ["l", "file:///w/.next-bench/server/chunks/ssr/_08tl._.js", "(app bundle: next build output)"],
    ["(garbage collector)", "", "(garbage collector)"],
    ["writeUtf8String", "", "(native)"],
  ])("charges %s in %s to %s", (fn, url, group) => {
    expect(groupOf(fn, url)).toBe(group);
  });
});

describe("summarizeProfile", () => {
  it("sums self time per group, busiest first, leaving idle time out when the server waited", () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: "(idle)", url: "" } },
        { id: 2, callFrame: { functionName: "execute", url: "file:///w/node_modules/graphql/execute.js" } },
        { id: 3, callFrame: { functionName: "run", url: "file:///w/node_modules/@prisma/client/runtime.js" } },
      ],
      samples: [1, 2, 3, 3, 1],
      timeDeltas: [5000, 1000, 2000, 2000, 9000],
    };
    expect(summarizeProfile(profile)).toEqual({
      busyMs: 5,
      groups: [
        { group: "@prisma/client", ms: 4 },
        { group: "graphql", ms: 1 },
      ],
    });
  });
});
