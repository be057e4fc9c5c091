/**
 * The quotes export: `Query.quotes` with its arguments, plus the explorer's quote filters (an actor
 * profile's `actor` slug and `q` words; the search page's `q`), one row per quote, newest article first;
 * or, with `statement`, the statement page's reports (`Statement.reports`), earliest first.
 */
import { isPartialDate } from "@/app/_components/filter-errors.ts";
import type { QuoteRowFragment } from "@/app/_generated/operations.ts";
import { enumParam, ExportRequestError, orderParam, TEXT, type ExportParam } from "./export-filters.ts";
import { pageOf, pageQuery, type ConnectionData, type ExportList, type OperationRunner } from "./export-list.ts";

const DATE = { ok: isPartialDate, expected: "a date as YYYY, YYYY-MM or YYYY-MM-DD" };

/** The fields one quote row is built from. */
export type QuoteNode = QuoteRowFragment;

const QUOTE_ROW = `fragment QuoteRow on Quote {
  id text kind start end cue confidence speakerCorrected
  speaker { id slug name }
  context { start end }
  article { id slug displayTitle publisher publishedAt url }
  statement { id }
}`;

const QUOTES_QUERY = `query ExportQuotes($speaker: String, $speakerId: ID, $articleId: ID, $search: String, $kind: QuoteKind, $from: Date, $to: Date, $publisher: String, $orderBy: QuoteOrder, $first: Int, $after: String) {
  quotes(speaker: $speaker, speakerId: $speakerId, articleId: $articleId, search: $search, kind: $kind, from: $from, to: $to, publisher: $publisher, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...QuoteRow }
  }
}
${QUOTE_ROW}`;

// a statement page's reports, earliest first: each report is one quote
const REPORTS_QUERY = `query ExportStatementQuotes($statement: ID!, $first: Int, $after: String) {
  statement(id: $statement) {
    reports(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { quote { ...QuoteRow } }
    }
  }
}
${QUOTE_ROW}`;

const ACTOR_ID_QUERY = `query ExportActorId($slug: String!) { actor(slug: $slug) { id } movedActor(slug: $slug) { id } }`;

/** The global id of the actor of `slug` (or of the actor a merged slug moved to); 404 when there is none. */
export async function actorIdOf(slug: string, run: OperationRunner): Promise<string> {
  const d = await run<{ actor: { id: string } | null; movedActor: { id: string } | null }>(ACTOR_ID_QUERY, { slug });
  const id = d.actor?.id ?? d.movedActor?.id;
  if (!id) throw new ExportRequestError(`No actor has the slug ${JSON.stringify(slug.slice(0, 100))}.`, 404);
  return id;
}

const PARAMS: Record<string, ExportParam> = {
  actor: { ...TEXT, variable: "actor" },
  statement: { ...TEXT, variable: "statement" },
  q: { ...TEXT, variable: "search" },
  search: { ...TEXT, variable: "search" },
  speaker: { ...TEXT, variable: "speaker" },
  speakerId: { ...TEXT, variable: "speakerId" },
  articleId: { ...TEXT, variable: "articleId" },
  kind: enumParam("kind", ["DIRECT", "PARTIAL", "INDIRECT"]),
  from: { ...DATE, variable: "from" },
  to: { ...DATE, variable: "to" },
  publisher: { ...TEXT, variable: "publisher" },
  orderBy: orderParam(["PUBLISHED_AT", "ID"]),
};

/** Quotes, one row per quote. */
export const quotesExport: ExportList<QuoteNode> = {
  name: "quotes",
  params: PARAMS,
  async prepare({ actor, ...rest }, run) {
    if (rest.statement !== undefined && (actor !== undefined || Object.keys(rest).length > 1))
      throw new ExportRequestError("The filter “statement” lists one statement's reports and takes no other filter.");
    if (typeof actor !== "string") return rest;
    if (rest.speakerId !== undefined)
      throw new ExportRequestError("The filters “actor” and “speakerId” both name a speaker: give one of them.");
    return { ...rest, speakerId: await actorIdOf(actor, run) };
  },
  async fetchPage(variables, after, size, run) {
    if (variables.statement !== undefined) {
      type Reports = { statement: { reports: ConnectionData<{ quote: QuoteNode }> } | null };
      const d = await run<Reports>(pageQuery(REPORTS_QUERY, after), {
        statement: variables.statement,
        first: size,
        after,
      });
      if (!d.statement)
        throw new ExportRequestError(
          `No statement has the id ${JSON.stringify(String(variables.statement).slice(0, 100))}.`,
          404,
        );
      const page = pageOf(d.statement.reports);
      return { ...page, nodes: page.nodes.map((r) => r.quote) };
    }
    const d = await run<{ quotes: ConnectionData<QuoteNode> }>(pageQuery(QUOTES_QUERY, after), {
      ...variables,
      first: size,
      after,
    });
    return pageOf(d.quotes);
  },
  columns: [
    { name: "quote_id", value: (q) => q.id },
    { name: "speaker", value: (q) => q.speaker?.name ?? null },
    { name: "speaker_id", value: (q) => q.speaker?.id ?? null },
    { name: "speaker_slug", value: (q) => q.speaker?.slug ?? null },
    { name: "text", value: (q) => q.text },
    { name: "kind", value: (q) => q.kind },
    { name: "cue", value: (q) => q.cue },
    { name: "confidence", value: (q) => q.confidence },
    { name: "speaker_corrected", value: (q) => q.speakerCorrected },
    { name: "article_id", value: (q) => q.article.id },
    { name: "article_slug", value: (q) => q.article.slug },
    { name: "article_title", value: (q) => q.article.displayTitle },
    { name: "outlet", value: (q) => q.article.publisher },
    { name: "date", value: (q) => q.article.publishedAt },
    { name: "url", value: (q) => q.article.url },
    { name: "start", value: (q) => q.start },
    { name: "end", value: (q) => q.end },
    { name: "context_start", value: (q) => q.context.start },
    { name: "context_end", value: (q) => q.context.end },
    { name: "statement_id", value: (q) => q.statement?.id ?? null },
    { name: "explorer_url", value: (q, c) => `${c.origin}/quotes/${encodeURIComponent(q.id)}` },
  ],
};
