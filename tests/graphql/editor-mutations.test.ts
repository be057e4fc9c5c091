import { describe, expect, it } from "vitest";
import { createContext } from "@/graphql/context.ts";
import { toGlobalId } from "@/graphql/global-id.ts";
import { handleGraphQLRequest } from "@/graphql/http-handler.ts";
import { getApolloServer } from "@/graphql/server.ts";
import { newSession, sealSession, SESSION_COOKIE } from "@/lib/auth/session.ts";
import { addEditor, setEditorDisabled } from "@/lib/db/editors/editors.ts";
import { codes, ok, type ExecResult } from "./support/exec.ts";
import { useSeededApi } from "./support/seeded-api.ts";

const SECRET = "graphql-test-session-secret-0123456789";

describe("editor mutations", () => {
  const api = useSeededApi();

  /** A session cookie for a new editor, and the session's CSRF token. */
  async function signIn(name: string) {
    const { editor } = await addEditor(api.db, name, "EDITOR");
    const session = newSession(editor.id, Date.now());
    return {
      cookie: `${SESSION_COOKIE}=${encodeURIComponent(await sealSession(session, SECRET))}`,
      csrf: session.csrf,
    };
  }

  async function run<T = any>(
    query: string,
    variables: Record<string, unknown>,
    auth: { cookie?: string | null; csrfToken?: string | null },
  ): Promise<ExecResult<T>> {
    const server = await getApolloServer();
    const contextValue = createContext(api.db, { ...auth, apiToken: null, sessionSecret: SECRET });
    const res = await server.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== "single") throw new Error("unexpected incremental result");
    return res.body.singleResult as ExecResult<T>;
  }

  const KIND = `mutation($input: CorrectQuoteInput!) { correctQuote(input: $input) { quote { kind } userErrors { code field message } } }`;
  const firstQuote = async () => api.db.quote.findFirstOrThrow({ where: { kind: "DIRECT" }, orderBy: { id: "asc" } });

  it("lets a signed-in editor with the session's CSRF token correct a quote, recorded under the editor's name", async () => {
    const { cookie, csrf } = await signIn("ines");
    const q = await firstQuote();
    const r = ok(
      await run(KIND, { input: { quoteId: toGlobalId("Quote", q.id), kind: "PARTIAL" } }, { cookie, csrfToken: csrf }),
    );
    expect(r.correctQuote).toEqual({ quote: { kind: "PARTIAL" }, userErrors: [] });
    const history = ok(await run(`{ auditEvents(first: 1) { who kind revertible } }`, {}, { cookie, csrfToken: csrf }));
    expect(history.auditEvents).toEqual([{ who: "ines", kind: "QUOTE_KIND", revertible: true }]);
    expect(ok(await run(`{ viewer { name role } }`, {}, { cookie })).viewer).toEqual({ name: "ines", role: "EDITOR" });
  });

  it.each([
    ["no CSRF token", (s: { cookie: string; csrf: string }) => ({ cookie: s.cookie }), "FORBIDDEN"],
    [
      "another session's token",
      (s: { cookie: string; csrf: string }) => ({ cookie: s.cookie, csrfToken: `${s.csrf}x` }),
      "FORBIDDEN",
    ],
    [
      "a forged cookie",
      (s: { cookie: string; csrf: string }) => ({ cookie: `${SESSION_COOKIE}=Fe26.2**forged`, csrfToken: s.csrf }),
      "UNAUTHENTICATED",
    ],
    ["no credentials at all", () => ({}), "FORBIDDEN"],
  ])("refuses a change with %s and changes nothing", async (_name, auth, code) => {
    const s = await signIn(`e${Math.random().toString(36).slice(2, 8)}`);
    const q = await firstQuote();
    const events = await api.db.auditEvent.count();
    const r = await run(KIND, { input: { quoteId: toGlobalId("Quote", q.id), kind: "INDIRECT" } }, auth(s));
    expect(codes(r)).toEqual([code]);
    expect((await api.db.quote.findUniqueOrThrow({ where: { id: q.id } })).kind).toBe(q.kind);
    expect(await api.db.auditEvent.count()).toBe(events);
  });

  it("ends a disabled editor's session at once", async () => {
    const { cookie, csrf } = await signIn("leaver");
    await setEditorDisabled(api.db, "leaver", true);
    const q = await firstQuote();
    const r = await run(
      KIND,
      { input: { quoteId: toGlobalId("Quote", q.id), kind: "INDIRECT" } },
      { cookie, csrfToken: csrf },
    );
    expect(codes(r)).toEqual(["UNAUTHENTICATED"]);
    expect(ok(await run(`{ viewer { name } }`, {}, { cookie })).viewer).toBeNull();
  });

  it("answers input the data refuses with userErrors, not errors", async () => {
    const { cookie, csrf } = await signIn("checker");
    const auth = { cookie, csrfToken: csrf };
    const q = await firstQuote();
    const both = await run(
      KIND,
      { input: { quoteId: toGlobalId("Quote", q.id), kind: "DIRECT", notAQuote: true } },
      auth,
    );
    expect(ok(both).correctQuote.userErrors[0]).toMatchObject({ code: "INVALID_VALUE", field: ["input", "kind"] });
    const rename = await run(
      `mutation($input: UpdateActorInput!) { updateActor(input: $input) { actor { name } userErrors { code field } } }`,
      { input: { actorId: toGlobalId("Actor", api.ids.lopez), name: "Omar Khan" } },
      auth,
    );
    expect(ok(rename).updateActor).toEqual({
      actor: null,
      userErrors: [{ code: "NAME_TAKEN", field: ["input", "name"] }],
    });
    const date = await run(
      `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { article { id } userErrors { code } } }`,
      { input: { articleId: toGlobalId("Article", api.ids.articles[0]!), title: "   " } },
      auth,
    );
    expect(ok(date).updateArticle).toEqual({ article: null, userErrors: [{ code: "EMPTY_NAME" }] });
  });

  it("sets a new actor as a quote's speaker, then reverts it", async () => {
    const { cookie, csrf } = await signIn("fixer");
    const auth = { cookie, csrfToken: csrf };
    const q = await firstQuote();
    const set = ok(
      await run(
        `mutation($input: SetQuoteSpeakerInput!) { setQuoteSpeaker(input: $input) { quote { speaker { name type } speakerCorrected } userErrors { code } } }`,
        { input: { quoteId: toGlobalId("Quote", q.id), newActor: { name: "Halvard Stenmo", type: "PERSON" } } },
        auth,
      ),
    );
    expect(set.setQuoteSpeaker).toEqual({
      quote: { speaker: { name: "Halvard Stenmo", type: "PERSON" }, speakerCorrected: true },
      userErrors: [],
    });
    const [event] = ok(await run(`{ auditEvents(first: 1) { id kind } }`, {}, auth)).auditEvents;
    expect(event.kind).toBe("QUOTE_SPEAKER");
    const revert = ok(
      await run(
        `mutation($input: RevertAuditEventInput!) { revertAuditEvent(input: $input) { auditEvent { kind revertsId } userErrors { code } } }`,
        { input: { id: event.id } },
        auth,
      ),
    );
    expect(revert.revertAuditEvent).toEqual({
      auditEvent: { kind: "QUOTE_SPEAKER", revertsId: event.id },
      userErrors: [],
    });
    expect((await api.db.quote.findUniqueOrThrow({ where: { id: q.id } })).speakerId).toBe(q.speakerId);
  });

  it("accepts a quote's speaker as it is, offers a redo of the accept's revert, and says why a reverted one has none", async () => {
    const { cookie, csrf } = await signIn("acceptor");
    const auth = { cookie, csrfToken: csrf };
    const q = await api.db.quote.findFirstOrThrow({ where: { speakerCorrected: false }, orderBy: { id: "desc" } });
    const accepted = ok(
      await run(
        `mutation($input: CorrectQuoteInput!) { correctQuote(input: $input) { quote { speakerCorrected speaker { id } } userErrors { code } } }`,
        { input: { quoteId: toGlobalId("Quote", q.id), acceptSpeaker: true } },
        auth,
      ),
    );
    expect(accepted.correctQuote).toEqual({
      quote: {
        speakerCorrected: true,
        speaker: q.speakerId === null ? null : { id: toGlobalId("Actor", q.speakerId) },
      },
      userErrors: [],
    });
    const [event] = ok(await run(`{ auditEvents(first: 1) { id kind } }`, {}, auth)).auditEvents;
    expect(event.kind).toBe("QUOTE_SPEAKER");
    const REVERT = `mutation($input: RevertAuditEventInput!) { revertAuditEvent(input: $input) { auditEvent { id } userErrors { code } } }`;
    const revert = ok(await run(REVERT, { input: { id: event.id } }, auth)).revertAuditEvent;
    const HISTORY = `{ auditEvents(first: 2) { id revertible revertRefusal revertsId } }`;
    expect(ok(await run(HISTORY, {}, auth)).auditEvents).toEqual([
      { id: revert.auditEvent.id, revertible: true, revertRefusal: null, revertsId: event.id },
      { id: event.id, revertible: false, revertRefusal: "It is reverted already.", revertsId: null },
    ]);
    expect((await api.db.quote.findUniqueOrThrow({ where: { id: q.id } })).speakerCorrected).toBe(false);
    const both = await run(
      KIND,
      { input: { quoteId: toGlobalId("Quote", q.id), notAQuote: true, acceptSpeaker: true } },
      auth,
    );
    expect(ok(both).correctQuote.userErrors[0]).toMatchObject({ code: "INVALID_VALUE" });
  });

  it("shows the audit history to a signed-in editor without a CSRF token (a read)", async () => {
    const { cookie } = await signIn("historian");
    expect(ok(await run(`{ auditEvents(first: 1) { kind } }`, {}, { cookie })).auditEvents).toHaveLength(1);
  });

  it("keeps the audit history from anyone without credentials", async () => {
    expect(codes(await run(`{ auditEvents { id } }`, {}, {}))).toEqual(["FORBIDDEN"]);
  });

  it("never lets a request with a session cookie be cached or marked public over HTTP", async () => {
    const { cookie } = await signIn("reader");
    const post = () =>
      handleGraphQLRequest(
        new Request("http://localhost/api/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({ query: "{ viewer { name } stats { quotes } }" }),
        }),
        { db: api.db, apiToken: null },
      );
    const res = await post();
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("etag")).toBeNull();
  });
});
