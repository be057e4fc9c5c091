/**
 * Attack suite, storage: hostile characters in titles and text, through the API and
 * the CLI, store the same on SQLite and PostgreSQL (run with TEST_DATABASE=postgres
 * for the latter) and give a well-formed feed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FEED_QUERY, type FeedActor } from "@/app/actors/[slug]/feed-data.ts";
import { buildActorRss } from "@/app/actors/[slug]/feed.xml/build-actor-rss.ts";
import { ingestPaths } from "@/lib/ingest/ingest-files.ts";
import { ok, TEST_TOKEN } from "@/tests/graphql/support/exec.ts";
import { useSeededApi } from "@/tests/graphql/support/seeded-api.ts";

const AUTH = `Bearer ${TEST_TOKEN}`;
// XML 1.0 Char, as a whole-document test
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { slug title body quotes(first: 10) { nodes { text start end speaker { slug name } } } } } }`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "attack-storage-"));

describe("attack: hostile characters at the input boundary", () => {
  const api = useSeededApi({ authorization: AUTH, apiToken: TEST_TOKEN });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("stores a title with NUL and U+0001 cleaned and gives a well-formed RSS feed", async () => {
    const input = {
      title: "Bridge\u0000 plan\u0001 agreed",
      text: "Bridge plan agreed\n\n“We will rebuild the old bridge by spring,” said Mayor Ana Quillfeather on Tuesday in the town hall.",
    };
    const saved = ok(await api.run<any>(INGEST, { input })).ingestArticle.article;
    expect(saved.title).toBe("Bridge plan agreed");
    const speaker = saved.quotes.nodes[0]?.speaker;
    expect(speaker, JSON.stringify(saved.quotes)).toBeTruthy();
    const actor = ok(await api.run<{ actor: FeedActor }>(FEED_QUERY, { slug: speaker.slug })).actor;
    const rss = buildActorRss(actor, actor.quotes.nodes, "http://news.test");
    expect(rss).toMatch(XML_CHARS);
    expect(rss).toContain("Bridge plan agreed");
  });

  it("replaces a lone surrogate once, keeping every quote offset exact", async () => {
    const text =
      "Harbour reopens\n\nA \uD800 lone half stood here. “The harbour \uDC00 opens again on Monday,” said Harbourmaster Ode Brightwater at the quay.";
    const saved = ok(await api.run<any>(INGEST, { input: { text } })).ingestArticle.article;
    expect(saved.body).not.toMatch(/[\uD800-\uDFFF]/);
    const q = saved.quotes.nodes[0];
    expect(q, saved.body).toBeTruthy();
    expect(saved.body.slice(q.start, q.end)).toBe(q.text);
    expect(q.text).toContain("\uFFFD");
    // one U+FFFD per lone surrogate, no more (replaced once, not per byte of a CESU-8 sequence)
    expect(saved.body.match(/\uFFFD/g)).toHaveLength(2);
  });

  it.each([
    [`{ actor(slug: "x\\u0000") { name } }`, { actor: null }],
    [`{ article(slug: "\\u0001\\u202Eabc") { title } }`, { article: null }],
    [`query($s: String!) { actor(slug: $s) { name } }`, { actor: null }],
  ])("answers %s as a plain miss, not an internal error", async (query, data) => {
    const r = await api.run(query, { s: "nobody\u0000\uD800" });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual(data);
  });

  it("removes bidi overrides from titles and names, through the CLI too", async () => {
    const file = path.join(dir, "bidi.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        title: "Budget \u202Edetalpu\u202C vote",
        author: "Rae\u0000 Inkwell",
        text: "Budget vote\n\n“The budget passes tonight,” said Councillor \u2067Mira Stonefield\u2069 after the meeting.",
      }),
    );
    const s = await ingestPaths(api.db, [file], undefined, { workers: 0 });
    expect(s.items[0]?.status, s.items[0]?.reason).toBe("new");
    const article = await api.db.article.findFirstOrThrow({ where: { slug: s.items[0]!.slug } });
    expect(article.title).toBe("Budget detalpu vote");
    expect(article.author).toBe("Rae Inkwell");
    const names = (await api.db.actor.findMany({ select: { name: true } })).map((a) => a.name).join("|");
    expect(names).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});
