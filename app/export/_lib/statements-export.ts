/**
 * The statements export: an actor's statements as the actor page lists them (`Actor.statements`,
 * most reported first), one row per statement with its earliest report; `actor` (the slug) is required.
 */
import type { ExportStatementsQuery } from "@/app/_generated/operations.ts";
import { ExportRequestError, TEXT, type ExportParam } from "./export-filters.ts";
import { pageOf, pageQuery, type ConnectionData, type ExportList } from "./export-list.ts";
import { actorIdOf } from "./quotes-export.ts";

// the node narrowed to an Actor: the only type whose fields the operation asks for
type StatementsPage = Extract<NonNullable<ExportStatementsQuery["node"]>, { statements: unknown }>["statements"];

/** The fields one statement row is built from. */
export type StatementNode = StatementsPage["nodes"][number];

const STATEMENTS_QUERY = `query ExportStatements($id: ID!, $first: Int, $after: String) {
  node(id: $id) { ... on Actor {
    statements(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id text reportCount outletCount firstReportedAt
        speaker { id slug name }
        earliest { outlet date start end quote { id } article { id slug displayTitle url } }
      }
    }
  } }
}`;

const PARAMS: Record<string, ExportParam> = { actor: { ...TEXT, variable: "actor" } };

/** An actor's statements, one row per statement. */
export const statementsExport: ExportList<StatementNode> = {
  name: "statements",
  params: PARAMS,
  async prepare({ actor }, run) {
    if (typeof actor !== "string")
      throw new ExportRequestError(
        "The statements export needs the filter “actor”: the slug of whose statements to list.",
      );
    return { id: await actorIdOf(actor, run) };
  },
  async fetchPage(variables, after, size, run) {
    const d = await run<{ node: { statements: ConnectionData<StatementNode> } | null }>(
      pageQuery(STATEMENTS_QUERY, after),
      {
        ...variables,
        first: size,
        after,
      },
    );
    // prepare found the actor a moment ago; gone now means it was merged or deleted during the export
    if (!d.node) throw new ExportRequestError("The actor of this export was merged or removed while it ran.", 404);
    return pageOf(d.node.statements);
  },
  columns: [
    { name: "statement_id", value: (s) => s.id },
    { name: "speaker", value: (s) => s.speaker.name },
    { name: "speaker_id", value: (s) => s.speaker.id },
    { name: "speaker_slug", value: (s) => s.speaker.slug },
    { name: "text", value: (s) => s.text },
    { name: "report_count", value: (s) => s.reportCount },
    { name: "outlet_count", value: (s) => s.outletCount },
    { name: "first_reported_at", value: (s) => s.firstReportedAt },
    { name: "earliest_quote_id", value: (s) => s.earliest.quote.id },
    { name: "earliest_article_id", value: (s) => s.earliest.article.id },
    { name: "earliest_article_slug", value: (s) => s.earliest.article.slug },
    { name: "earliest_article_title", value: (s) => s.earliest.article.displayTitle },
    { name: "earliest_outlet", value: (s) => s.earliest.outlet },
    { name: "earliest_date", value: (s) => s.earliest.date },
    { name: "earliest_url", value: (s) => s.earliest.article.url },
    { name: "earliest_start", value: (s) => s.earliest.start },
    { name: "earliest_end", value: (s) => s.earliest.end },
    { name: "explorer_url", value: (s, c) => `${c.origin}/statements/${encodeURIComponent(s.id)}` },
  ],
};
