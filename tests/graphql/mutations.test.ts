import { describe, expect, it } from "vitest";
import { tokensMatch } from "@/graphql/auth.ts";
import { toGlobalId } from "@/graphql/global-id.ts";
import { codes, ok, TEST_TOKEN } from "./support/exec.ts";
import { useSeededApi } from "./support/seeded-api.ts";

const TEXT = `Bridge talks resume in Riverton

RIVERTON — Transport officials met on Monday to discuss the closed river bridge.

“We will reopen the bridge before the winter,” said Jane Doe, the transport minister. She added that repairs were on schedule.

The opposition leader, Peter Roe, disagreed. “The ministry has missed every deadline so far,” Roe told reporters.`;

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status counts { quotes actors events } article { id slug title publisher publishedAt quotes { nodes { id text speaker { id name } speakerCorrected } } } }
}`;
const INPUT = {
  text: TEXT,
  title: "Bridge talks resume in Riverton",
  url: "https://example.test/bridge",
  publishedAt: "2021-05-04",
  publisher: "Test Wire",
  author: "A. Writer",
};
const AUTH = `Bearer ${TEST_TOKEN}`;

describe("mutations", () => {
  const api = useSeededApi({ authorization: AUTH, apiToken: TEST_TOKEN });

  describe("authorisation", () => {
    const DELETE = `mutation { deleteArticle(input: { id: "${toGlobalId("Article", 999)}" }) { deletedId } }`;
    it.each([
      ["no Authorization header", { authorization: null }, "UNAUTHENTICATED"],
      ["a wrong token", { authorization: "Bearer not-the-right-token-at-all" }, "UNAUTHENTICATED"],
      ["a token of another length", { authorization: "Bearer x" }, "UNAUTHENTICATED"],
      ["a non-bearer scheme", { authorization: `Basic ${TEST_TOKEN}` }, "UNAUTHENTICATED"],
      ["no API_TOKEN configured", { apiToken: null }, "FORBIDDEN"],
    ])("refuses a mutation with %s", async (_name, opts, code) => {
      const r = await api.run(DELETE, {}, opts);
      expect(codes(r)).toEqual([code]);
      expect(r.data).toBeNull();
    });

    it.each([
      'ingestArticle(input: { text: "x" }) { status }',
      'ingestUrl(input: { url: "http://127.0.0.1:9/feed.xml" }) { kind userErrors { message } }',
      `setQuoteSpeaker(input: { quoteId: "${toGlobalId("Quote", 1)}", actorId: "${toGlobalId("Actor", 1)}" }) { quote { id } }`,
      `mergeActors(input: { sourceId: "${toGlobalId("Actor", 1)}", targetId: "${toGlobalId("Actor", 2)}" }) { mergedId }`,
    ])("checks the token before doing anything: %s", async (field) => {
      const before = await api.db.quote.count();
      expect(codes(await api.run(`mutation { ${field} }`, {}, { authorization: null }))).toEqual(["UNAUTHENTICATED"]);
      expect(await api.db.quote.count()).toBe(before);
    });

    it("compares tokens by digest, whatever their lengths", () => {
      expect(tokensMatch(TEST_TOKEN, TEST_TOKEN)).toBe(true);
      expect(tokensMatch("short", TEST_TOKEN)).toBe(false);
      expect(tokensMatch(`${TEST_TOKEN}x`, TEST_TOKEN)).toBe(false);
    });
  });

  describe("ingestArticle and re-ingest", () => {
    it("ingests new, then unchanged, and keeps a speaker correction through an update", async () => {
      const first = ok(await api.run<any>(INGEST, { input: INPUT })).ingestArticle;
      expect(first.status).toBe("NEW");
      expect(first.article).toMatchObject({ title: INPUT.title, publisher: "Test Wire", publishedAt: "2021-05-04" });
      expect(first.counts.quotes).toBe(first.article.quotes.nodes.length);
      expect(first.counts.quotes).toBeGreaterThan(0);

      expect(ok(await api.run<any>(INGEST, { input: INPUT })).ingestArticle.status).toBe("UNCHANGED");

      const quote = first.article.quotes.nodes.find((q: any) => q.text.includes("reopen the bridge"));
      const other = await api.db.actor.findFirstOrThrow({ where: { nameNorm: "omar khan" } });
      const set = ok(
        await api.run<any>(
          `mutation($q: ID!, $a: ID!) { setQuoteSpeaker(input: { quoteId: $q, actorId: $a }) { quote { speakerCorrected speaker { name } } } }`,
          { q: quote.id, a: toGlobalId("Actor", other.id) },
        ),
      );
      expect(set.setQuoteSpeaker.quote).toEqual({ speakerCorrected: true, speaker: { name: "Omar Khan" } });
      const correction = await api.db.correction.findFirstOrThrow({ where: { kind: "QUOTE_SPEAKER" } });
      expect(correction).toMatchObject({ actorId: other.id, quoteText: quote.text });

      const changed = { ...INPUT, text: TEXT.replace("disagreed", "objected") };
      const again = ok(await api.run<any>(INGEST, { input: changed })).ingestArticle;
      expect(again.status).toBe("UPDATED");
      expect(again.article.slug).toBe(first.article.slug);
      const kept = again.article.quotes.nodes.find((q: any) => q.text.includes("reopen the bridge"));
      expect(kept).toMatchObject({ speakerCorrected: true, speaker: { name: "Omar Khan" } });
    });

    it("refuses empty and oversized text with BAD_USER_INPUT", async () => {
      expect(codes(await api.run(INGEST, { input: { text: "   " } }))).toEqual(["BAD_USER_INPUT"]);
      expect(codes(await api.run(INGEST, { input: { text: "x".repeat(1_000_001) } }))).toEqual(["BAD_USER_INPUT"]);
      expect(codes(await api.run(INGEST, { input: { text: "Some text", publishedAt: "May 2021" } }))).toEqual([
        "BAD_USER_INPUT",
      ]);
    });
  });

  describe("setQuoteSpeaker", () => {
    it("reports missing quotes and actors as NOT_FOUND and wrong id types as BAD_USER_INPUT", async () => {
      const q = await api.db.quote.findFirstOrThrow();
      const M = `mutation($q: ID!, $a: ID!) { setQuoteSpeaker(input: { quoteId: $q, actorId: $a }) { quote { id } } }`;
      expect(codes(await api.run(M, { q: toGlobalId("Quote", 99999), a: toGlobalId("Actor", 1) }))).toEqual([
        "NOT_FOUND",
      ]);
      expect(codes(await api.run(M, { q: toGlobalId("Quote", q.id), a: toGlobalId("Actor", 99999) }))).toEqual([
        "NOT_FOUND",
      ]);
      expect(codes(await api.run(M, { q: toGlobalId("Actor", 1), a: toGlobalId("Actor", 1) }))).toEqual([
        "BAD_USER_INPUT",
      ]);
    });
  });

  describe("mergeActors", () => {
    it("moves quotes, mentions, roles, aliases and corrections to the target and deletes the source", async () => {
      const khan = await api.db.actor.findFirstOrThrow({ where: { nameNorm: "omar khan" } });
      const lopez = await api.db.actor.findFirstOrThrow({ where: { nameNorm: "lucia lopez" } });
      const before = {
        quotes: await api.db.quote.count({ where: { speakerId: { in: [khan.id, lopez.id] } } }),
        mentions: await api.db.mention.count({ where: { actorId: { in: [khan.id, lopez.id] } } }),
      };
      const r = ok(
        await api.run<any>(
          `mutation($s: ID!, $t: ID!) { mergeActors(input: { sourceId: $s, targetId: $t }) { mergedId actor { name aliases quoteCount events { totalCount } } } }`,
          { s: toGlobalId("Actor", khan.id), t: toGlobalId("Actor", lopez.id) },
        ),
      );
      expect(r.mergeActors.mergedId).toBe(toGlobalId("Actor", khan.id));
      expect(r.mergeActors.actor.aliases).toEqual(expect.arrayContaining(["Omar Khan", "Khan", "Lucía López"]));
      expect(r.mergeActors.actor.quoteCount).toBe(before.quotes);
      expect(r.mergeActors.actor.events.totalCount).toBe(2);
      expect(await api.db.actor.findUnique({ where: { id: khan.id } })).toBeNull();
      expect(await api.db.mention.count({ where: { actorId: lopez.id } })).toBe(before.mentions);
      expect(await api.db.correction.count({ where: { actorId: khan.id } })).toBe(0);
      expect(await api.db.correction.count({ where: { actorId: lopez.id } })).toBe(1);
      // the merged name now finds the target
      const q = ok(await api.run<any>(`{ quotes(speaker: "Omar Khan") { nodes { speaker { name } } } }`));
      expect(new Set(q.quotes.nodes.map((n: any) => n.speaker.name))).toEqual(new Set(["Lucía López"]));
    });

    it("refuses merging an actor into itself and missing actors", async () => {
      const a = await api.db.actor.findFirstOrThrow();
      const M = `mutation($s: ID!, $t: ID!) { mergeActors(input: { sourceId: $s, targetId: $t }) { mergedId } }`;
      expect(codes(await api.run(M, { s: toGlobalId("Actor", a.id), t: toGlobalId("Actor", a.id) }))).toEqual([
        "BAD_USER_INPUT",
      ]);
      expect(codes(await api.run(M, { s: toGlobalId("Actor", 99999), t: toGlobalId("Actor", a.id) }))).toEqual([
        "NOT_FOUND",
      ]);
      expect(codes(await api.run(M, { s: toGlobalId("Actor", a.id), t: toGlobalId("Actor", 99999) }))).toEqual([
        "NOT_FOUND",
      ]);
    });
  });

  describe("deleteArticle", () => {
    it("deletes an article with its quotes, mentions and events", async () => {
      const art = await api.db.article.findFirstOrThrow({
        where: { title: "Mayor criticises ministry over flooding" },
      });
      const r = ok(
        await api.run<any>(`mutation($id: ID!) { deleteArticle(input: { id: $id }) { deletedId } }`, {
          id: toGlobalId("Article", art.id),
        }),
      );
      expect(r.deleteArticle.deletedId).toBe(toGlobalId("Article", art.id));
      expect(await api.db.quote.count({ where: { articleId: art.id } })).toBe(0);
      expect(await api.db.event.count({ where: { articleId: art.id } })).toBe(0);
      expect(
        codes(
          await api.run(`mutation($id: ID!) { deleteArticle(input: { id: $id }) { deletedId } }`, {
            id: toGlobalId("Article", art.id),
          }),
        ),
      ).toEqual(["NOT_FOUND"]);
    });
  });
});
