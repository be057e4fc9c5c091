/** The executable schema: the SDL files plus the resolver map. */
import { makeExecutableSchema } from "@graphql-tools/schema";
import type { GraphQLSchema } from "graphql";
import { resolvers } from "./resolvers/index.ts";
import { loadTypeDefs } from "./type-defs.ts";

let cached: GraphQLSchema | null = null;

/** The schema, built once per process. */
export function getSchema(): GraphQLSchema {
  cached ??= makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never, inheritResolversFromInterfaces: true });
  return cached;
}
