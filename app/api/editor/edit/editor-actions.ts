/**
 * The editor forms' actions: each turns a form's fields into one GraphQL mutation (run
 * in-process with the editor's cookie and CSRF token, so the API authorises and audits it
 * exactly as over HTTP) and says where to go next.
 */
import { GraphQLOperationError, runOperation } from "@/graphql/execute.ts";

type UserErrors = { userErrors: { message: string }[] };

/** The outcome of one action: where to go, and an error to show there, if any. */
export interface ActionOutcome {
  error: string | null;
  /** A new page to show (after a merge, the surviving actor's); null keeps the form's page. */
  goTo: string | null;
}

/** How an action's mutation runs: with the editor's Cookie header and the form's CSRF token. */
export interface ActionAuth {
  cookie: string | null;
  csrfToken: string | null;
}

const field = (f: URLSearchParams, name: string) => (f.get(name) ?? "").trim();
const orNull = (v: string) => (v === "" ? null : v);

async function mutate(query: string, input: Record<string, unknown>, auth: ActionAuth): Promise<string | null> {
  const data = await runOperation<Record<string, UserErrors>>(query, { input }, auth);
  const errors = Object.values(data).flatMap((p) => p.userErrors);
  return errors.length ? errors.map((e) => e.message).join(" ") : null;
}

const ACTIONS: Record<string, (f: URLSearchParams, auth: ActionAuth) => Promise<ActionOutcome>> = {
  async "set-speaker"(f, auth) {
    const newName = field(f, "newActorName");
    const input = newName
      ? { quoteId: field(f, "quoteId"), newActor: { name: newName, type: field(f, "newActorType") || "PERSON" } }
      : { quoteId: field(f, "quoteId"), actorId: field(f, "actorId") };
    const q = `mutation SetSpeaker($input: SetQuoteSpeakerInput!) { setQuoteSpeaker(input: $input) { userErrors { message } } }`;
    return { error: await mutate(q, input, auth), goTo: null };
  },
  async "quote-kind"(f, auth) {
    const q = `mutation QuoteKind($input: CorrectQuoteInput!) { correctQuote(input: $input) { userErrors { message } } }`;
    return { error: await mutate(q, { quoteId: field(f, "quoteId"), kind: field(f, "kind") }, auth), goTo: null };
  },
  async "not-a-quote"(f, auth) {
    const q = `mutation NotAQuote($input: CorrectQuoteInput!) { correctQuote(input: $input) { userErrors { message } } }`;
    return { error: await mutate(q, { quoteId: field(f, "quoteId"), notAQuote: true }, auth), goTo: null };
  },
  async "accept-speaker"(f, auth) {
    const q = `mutation AcceptSpeaker($input: CorrectQuoteInput!) { correctQuote(input: $input) { userErrors { message } } }`;
    return { error: await mutate(q, { quoteId: field(f, "quoteId"), acceptSpeaker: true }, auth), goTo: null };
  },
  async "update-article"(f, auth) {
    const q = `mutation UpdateArticle($input: UpdateArticleInput!) { updateArticle(input: $input) { userErrors { message } } }`;
    const input = {
      articleId: field(f, "articleId"),
      title: field(f, "title"),
      publishedAt: orNull(field(f, "publishedAt")),
      publisher: orNull(field(f, "publisher")),
    };
    return { error: await mutate(q, input, auth), goTo: null };
  },
  async "update-actor"(f, auth) {
    const q = `mutation UpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { userErrors { message } } }`;
    const input = { actorId: field(f, "actorId"), name: field(f, "name"), type: field(f, "type") };
    return { error: await mutate(q, input, auth), goTo: null };
  },
  async "merge-actor"(f, auth) {
    const slug = field(f, "targetSlug")
      .replace(/^.*\/actors\//, "")
      .replace(/[?#].*$/, "");
    if (!slug) return { error: "Name the actor to merge into by its slug or address.", goTo: null };
    const { actor } = await runOperation<{ actor: { id: string; slug: string } | null }>(
      "query MergeTarget($slug: String!) { actor(slug: $slug) { id slug } }",
      { slug },
      auth,
    );
    if (!actor) return { error: `No actor has the slug "${slug}".`, goTo: null };
    const q = `mutation Merge($input: MergeActorsInput!) { mergeActors(input: $input) { userErrors { message } } }`;
    const error = await mutate(q, { sourceId: field(f, "actorId"), targetId: actor.id }, auth);
    return { error, goTo: error ? null : `/actors/${actor.slug}` };
  },
  async revert(f, auth) {
    const q = `mutation Revert($input: RevertAuditEventInput!) { revertAuditEvent(input: $input) { userErrors { message } } }`;
    return { error: await mutate(q, { id: field(f, "eventId") }, auth), goTo: null };
  },
};

/** Whether `action` names an editor action. */
export const isEditorAction = (action: string) => Object.hasOwn(ACTIONS, action);

/** Runs one action; API errors (not signed in, bad ids, missing objects) come back as the error to show. */
export async function runEditorAction(action: string, f: URLSearchParams, auth: ActionAuth): Promise<ActionOutcome> {
  try {
    return await ACTIONS[action]!(f, auth);
  } catch (err) {
    if (err instanceof GraphQLOperationError) return { error: err.errors.map((e) => e.message).join(" "), goTo: null };
    throw err;
  }
}
