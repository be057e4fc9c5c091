/** Apollo plugins: query limits before execution, Cache-Control on the way out. */
import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type FragmentDefinitionNode } from "graphql";
import { bumpDataRevision } from "@/lib/cache/data-revision.ts";
import type { GraphQLContext } from "./context.ts";
import { checkLimits } from "./limits/check-limits.ts";
import { responseCacheFor } from "./response-cache.ts";
import { hasSessionCookie } from "./viewer.ts";

/** Seconds a public, read-only answer may be cached by browsers and CDNs. */
export const PUBLIC_MAX_AGE = 60;

/** Rejects operations over the depth, alias or cost limits (variables are known by now). */
export const limitsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation(rc) {
        if (!rc.operation) return;
        const fragments: Record<string, FragmentDefinitionNode> = {};
        for (const d of rc.document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
        checkLimits({ schema: rc.schema, operation: rc.operation, fragments, variables: rc.request.variables ?? {} });
      },
    };
  },
};

/** The headers of a public, cacheable answer. */
export function publicCacheHeaders(): Record<string, string> {
  return { "cache-control": `public, max-age=${PUBLIC_MAX_AGE}`, vary: "Accept, Authorization" };
}

/** After a mutation, this process's cached answers are dropped at once (other processes see the commit through the data revision). */
export const invalidationPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse(rc) {
        if (rc.operation?.operation !== "mutation") return;
        responseCacheFor(rc.contextValue.db)?.clear();
        // PostgreSQL's notification arrives after the commit; pages of this process must not wait for it
        bumpDataRevision(rc.contextValue.db);
      },
    };
  },
};

/** Public queries without credentials are cacheable; mutations, errors and authenticated calls are not. */
export const cacheControlPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse(rc) {
        const body = rc.response.body;
        const hasErrors = body.kind === "single" ? Boolean(body.singleResult.errors?.length) : true;
        const isQuery = rc.operation?.operation === "query";
        const headers = rc.request.http?.headers;
        const authed =
          Boolean(headers?.get("authorization")) ||
          hasSessionCookie(headers?.get("cookie")) ||
          hasSessionCookie(rc.contextValue.cookie);
        const cacheable = isQuery && !hasErrors && !authed;
        if (!cacheable) rc.response.http.headers.set("cache-control", "no-store");
        else
          for (const [name, value] of Object.entries(publicCacheHeaders())) rc.response.http.headers.set(name, value);
      },
    };
  },
};
