/** Every resolver of the schema, in one map for makeExecutableSchema. */
import { withCleanArguments } from "@/graphql/clean-arguments.ts";
import { DateScalar } from "@/graphql/date-scalar.ts";
import type { Resolvers } from "@/graphql/generated/resolvers-types.ts";
import { auditEventResolvers, editorQueryResolvers } from "./editor-resolvers.ts";
import { mutationResolvers } from "./mutation-resolvers.ts";
import { nodeQueryResolvers, typeNameOf } from "./node-resolvers.ts";
import { queryResolvers } from "./query-resolvers.ts";
import { searchQueryResolvers, searchResultsResolvers } from "./search-resolvers.ts";
import { sitemapQueryResolvers } from "./sitemap-resolvers.ts";
import { statementQueryResolvers, statementReportResolvers, statementResolvers } from "./statement-resolvers.ts";
import * as types from "./type-resolvers.ts";

/** The resolver map; every string argument passes the input boundary first. */
export const resolvers: Resolvers = withCleanArguments<Resolvers>({
  Date: DateScalar,
  Query: {
    ...queryResolvers,
    ...nodeQueryResolvers,
    ...searchQueryResolvers,
    ...sitemapQueryResolvers,
    ...statementQueryResolvers,
    ...editorQueryResolvers,
  },
  AuditEvent: auditEventResolvers,
  Mutation: mutationResolvers,
  SearchResults: searchResultsResolvers,
  Article: types.articleResolvers,
  Actor: types.actorResolvers,
  Quote: types.quoteResolvers,
  Event: types.eventResolvers,
  EventParticipant: types.eventParticipantResolvers,
  Mention: types.mentionResolvers,
  Statement: statementResolvers,
  StatementReport: statementReportResolvers,
  Node: { __resolveType: (row) => typeNameOf(row) },
  SearchResult: { __resolveType: (row) => typeNameOf(row) as "Actor" | "Quote" | "Article" },
});
