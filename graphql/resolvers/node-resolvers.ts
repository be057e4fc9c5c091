/** `node`, `nodes` and the abstract types: rows are told apart by the columns only they have. */
import type { GraphQLContext } from "@/graphql/context.ts";
import { badInput } from "@/graphql/errors.ts";
import type { QueryResolvers } from "@/graphql/generated/resolvers-types.ts";
import { parseGlobalId } from "@/graphql/global-id.ts";

const MAX_NODES = 100;

async function loadNode(ctx: GraphQLContext, globalId: string) {
  const parsed = parseGlobalId(globalId);
  if (!parsed) return null;
  const loader = {
    Article: ctx.loaders.article,
    Actor: ctx.loaders.actor,
    Quote: ctx.loaders.quote,
    Event: ctx.loaders.event,
    Mention: ctx.loaders.mention,
    Statement: ctx.loaders.statement,
  }[parsed.type];
  return loader.load(parsed.id);
}

/** The GraphQL type name of a row returned for Node or SearchResult. */
export function typeNameOf(row: object): "Article" | "Actor" | "Quote" | "Event" | "Mention" | "Statement" {
  if ("firstQuoteId" in row) return "Statement";
  if ("speakerCorrected" in row) return "Quote";
  if ("wordCount" in row) return "Article";
  if ("nameNorm" in row) return "Actor";
  if ("clusterKey" in row) return "Event";
  return "Mention";
}

/** Query.node and Query.nodes. */
export const nodeQueryResolvers: QueryResolvers = {
  node: (_, a, ctx) => loadNode(ctx, a.id),
  nodes: (_, a, ctx) => {
    if (a.ids.length > MAX_NODES)
      throw badInput(`\`ids\` may hold at most ${MAX_NODES} ids, got ${a.ids.length}.`, "ids");
    return Promise.all(a.ids.map((id) => loadNode(ctx, id)));
  },
};
