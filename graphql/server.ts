/**
 * The one Apollo server behind both the HTTP route and in-process page rendering:
 * introspection on, APQ as Apollo ships it, limits, masking. CSRF prevention is the
 * HTTP handler's (POST only: a GET query needs no preflight header, and GET never runs a mutation).
 */
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLContext } from "./context.ts";
import { formatError, SHOW_STACKS } from "./format-error.ts";
import { typeDefs } from "./generated/type-defs.ts";
import { LIMITS } from "./limits/check-limits.ts";
import { cacheControlPlugin, invalidationPlugin, limitsPlugin } from "./plugins.ts";
import { resolvers } from "./resolvers/index.ts";

/** A new, unstarted server over the schema. */
export function createApolloServer(): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    // Apollo builds the schema with its own copy of graphql: a bundler may give this
    // module another copy (ESM vs CommonJS), and a schema from that one is rejected
    typeDefs,
    resolvers: resolvers as never,
    introspection: true,
    csrfPrevention: false,
    includeStacktraceInErrorResponses: SHOW_STACKS,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    formatError,
    // Apollo's cache-control plugin would compete with ours for the header
    plugins: [ApolloServerPluginCacheControlDisabled(), limitsPlugin, cacheControlPlugin, invalidationPlugin],
  });
}

const globalForServer = globalThis as unknown as { __newsApollo?: Promise<ApolloServer<GraphQLContext>> };

/** The process-wide started server, reused across hot reloads in development. */
export function getApolloServer(): Promise<ApolloServer<GraphQLContext>> {
  globalForServer.__newsApollo ??= (async () => {
    const server = createApolloServer();
    await server.start();
    return server;
  })();
  return globalForServer.__newsApollo;
}
