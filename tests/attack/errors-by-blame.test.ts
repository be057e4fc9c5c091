/** Attack suite, errors by blame: the client's mistakes get the client's codes, and ingest fails per item. */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { errorLog } from "@/graphql/format-error.ts";
import { handleGraphQLRequest } from "@/graphql/http-handler.ts";
import { htmlToText } from "@/lib/ingest/html-to-text.ts";
import { ingestPaths } from "@/lib/ingest/ingest-files.ts";
import { ok, TEST_TOKEN } from "@/tests/graphql/support/exec.ts";
import { useSeededApi } from "@/tests/graphql/support/seeded-api.ts";

const AUTH = `Bearer ${TEST_TOKEN}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "attack-blame-"));
const write = (name: string, content: string) => {
  const f = path.join(dir, name);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, content);
  return f;
};

describe("attack: errors by blame", () => {
  const api = useSeededApi({ authorization: AUTH, apiToken: TEST_TOKEN });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const post = (body: BodyInit, init: RequestInit = {}) =>
    handleGraphQLRequest(
      new Request("http://x.test/api/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        duplex: "half",
        ...init,
      } as RequestInit),
      { db: api.db, apiToken: null },
    );

  it("answers an APQ hash mismatch with PERSISTED_QUERY_HASH_MISMATCH and logs nothing", async () => {
    const spy = vi.spyOn(errorLog, "log");
    try {
      const wrong = createHash("sha256").update("{ something { else } }").digest("hex");
      // the GraphQL-over-HTTP media type, where a request error is a 400 (under application/json it is a 200)
      const headers = { "content-type": "application/json", accept: "application/graphql-response+json" };
      const res = await post(
        JSON.stringify({
          query: "{ stats { actors } }",
          extensions: { persistedQuery: { version: 1, sha256Hash: wrong } },
        }),
        { headers },
      );
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].extensions.code).toBe("PERSISTED_QUERY_HASH_MISMATCH");
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it("answers a client abort mid-body as CLIENT_CLOSED_REQUEST, not as an internal error", async () => {
    const spy = vi.spyOn(errorLog, "log");
    try {
      const controller = new AbortController();
      const body = new ReadableStream<Uint8Array>({
        pull(c) {
          controller.abort();
          c.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
        },
      });
      const res = await post(body, { signal: controller.signal });
      expect(res.status).toBe(499);
      expect((await res.json()).errors[0].extensions.code).toBe("CLIENT_CLOSED_REQUEST");
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it("deleteArticle removes the actors only that article mentioned, in the same transaction, and keeps the rest", async () => {
    const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`;
    const text =
      "Lighthouse sold\n\n“The lighthouse is sold to the town,” said Keeper Orla Windmere on Friday, as Mayor Ana Quillfeather looked on.";
    const { id } = ok(await api.run<any>(INGEST, { input: { text } })).ingestArticle.article;
    const before = await api.db.actor.count();
    expect(await api.db.actor.count({ where: { name: { contains: "Windmere" } } })).toBe(1);
    ok(await api.run(`mutation($id: ID!) { deleteArticle(input: { id: $id }) { deletedId } }`, { id }));
    const orphans = await api.db.actor.count({
      where: { mentions: { none: {} }, quotes: { none: {} }, events: { none: {} } },
    });
    expect(orphans).toBe(0);
    expect(await api.db.actor.count()).toBeLessThan(before);
    expect(await api.db.actor.count({ where: { id: api.ids.atmar } })).toBe(1);
    expect(await api.db.actor.count({ where: { name: { contains: "Windmere" } } })).toBe(0);
  });

  it("ingests the good lines of a .jsonl file and fails the bad ones, each with its line", async () => {
    const f = write(
      "mixed.jsonl",
      [
        JSON.stringify({ text: "Ferry returns\n\nThe ferry service returns next week, the operator said." }),
        "{ broken",
        JSON.stringify({ title: "no text" }),
        "",
      ].join("\n"),
    );
    const s = await ingestPaths(api.db, [f], undefined, { workers: 0 });
    expect(s.items.map((i) => [i.source.replace(dir, ""), i.status])).toEqual([
      ["/mixed.jsonl#1", "new"],
      ["/mixed.jsonl#2", "failed"],
      ["/mixed.jsonl#3", "failed"],
    ]);
    expect(s.items[1]!.reason).toMatch(/invalid JSON/);
    expect(s.items[2]!.reason).toMatch(/missing or empty "text"/);
  });

  it('fails HTML with only navigation with "no article text found"', async () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/s${i}">Section number ${i} of the site</a></li>`,
    ).join("");
    const html = `<html><head><title>Home</title></head><body><nav><ul>${links}</ul></nav><div><ul>${links}</ul></div><footer>Copyright the publisher</footer></body></html>`;
    expect(htmlToText(html).text).toBe("");
    const s = await ingestPaths(api.db, [write("nav.html", html)], undefined, { workers: 0 });
    expect(s.items[0]).toMatchObject({ status: "failed", reason: "no article text found in the HTML" });
  });

  it("lists symbolic links and unsupported files of a folder in the summary", async () => {
    const folder = path.join(dir, "folder");
    write("folder/story.txt", "Market day\n\nThe market opens at dawn on Saturday, the council said.");
    write("folder/notes.pdf", "%PDF");
    fs.symlinkSync(path.join(dir, "nav.html"), path.join(folder, "link.html"));
    const s = await ingestPaths(api.db, [folder], undefined, { workers: 0 });
    expect(s.items.map((i) => i.status)).toEqual(["new"]);
    expect(s.skipped?.map((k) => [path.basename(k.path), k.reason.split(" (")[0]])).toEqual([
      ["link.html", "symbolic link"],
      ["notes.pdf", 'unsupported file type ".pdf"'],
    ]);
  });
});
