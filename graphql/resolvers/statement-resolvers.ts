/** Statements: one sentence of a speaker across articles, its reports in date order and their word diffs. */
import type { GraphQLContext as Context } from "@/graphql/context.ts";
import type {
  QueryResolvers,
  StatementReportResolvers,
  StatementResolvers,
} from "@/graphql/generated/resolvers-types.ts";
import { fromGlobalId, toGlobalId } from "@/graphql/global-id.ts";
import type { QuoteModel, StatementModel } from "@/graphql/models.ts";
import { childConnection } from "@/graphql/pagination/child-connection.ts";
import { toPartialIsoDate } from "@/lib/db/partial-date.ts";
import { wordDiff } from "@/lib/text/word-diff.ts";

function mustExist<T>(row: T | null, what: string): T {
  // a row removed mid-request leaves a dangling reference; that is a server-side inconsistency
  if (!row) throw new Error(`${what} vanished while the request ran`);
  return row;
}

async function statementOf(q: QuoteModel, ctx: Context): Promise<StatementModel | null> {
  return q.statementId === null ? null : ctx.loaders.statement.load(q.statementId);
}

/** Statement fields. */
export const statementResolvers: StatementResolvers = {
  id: (s) => toGlobalId("Statement", s.id),
  speaker: async (s, _, ctx) => mustExist(await ctx.loaders.actor.load(s.speakerId), "speaker"),
  firstReportedAt: (s) => toPartialIsoDate(s.firstReportedAt, s.firstReportedPrecision),
  earliest: async (s, _, ctx) => mustExist(await ctx.loaders.quote.load(s.firstQuoteId), "earliest report"),
  reports: (s, args, ctx, info) =>
    childConnection(ctx, "statementReports", s.id, args, ctx.loaders.quote, undefined, info),
};

/** StatementReport fields: a quote seen as one report of its statement. */
export const statementReportResolvers: StatementReportResolvers = {
  quote: (q) => q,
  article: async (q, _, ctx) => mustExist(await ctx.loaders.article.load(q.articleId), "article"),
  outlet: async (q, _, ctx) => (await ctx.loaders.article.load(q.articleId))?.publisher ?? null,
  date: async (q, _, ctx) => {
    const a = await ctx.loaders.article.load(q.articleId);
    return a ? toPartialIsoDate(a.publishedAt, a.publishedPrecision) : null;
  },
  isEarliest: async (q, _, ctx) => (await statementOf(q, ctx))?.firstQuoteId === q.id,
  diff: async (q, _, ctx) => {
    const s = await statementOf(q, ctx);
    const base = s ? (s.firstQuoteId === q.id ? q.text : s.text) : q.text;
    return wordDiff(base, q.text).map((d) => ({
      kind: d.kind === "same" ? "SAME" : d.kind === "added" ? "ADDED" : "REMOVED",
      text: d.text,
    }));
  },
};

/** Query.statement. */
export const statementQueryResolvers: QueryResolvers = {
  statement: (_, a, ctx) => ctx.loaders.statement.load(fromGlobalId(a.id, "Statement", "id")),
};

/** Quote.statement, beside the other quote fields. */
export const quoteStatementResolver = (q: QuoteModel, _: unknown, ctx: Context) => statementOf(q, ctx);
