/** Apollo plugins: query limits before execution, Cache-Control on the way out. */
import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type FragmentDefinitionNode } from "graphql";
import type { GraphQLContext } from "./context.ts";
import { checkLimits } from "./limits/check-limits.ts";

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

/** Public queries without credentials are cacheable; mutations, errors and authenticated calls are not. */
export const cacheControlPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse(rc) {
        const body = rc.response.body;
        const hasErrors = body.kind === "single" ? Boolean(body.singleResult.errors?.length) : true;
        const isQuery = rc.operation?.operation === "query";
        const authed = Boolean(rc.request.http?.headers.get("authorization"));
        const cacheable = isQuery && !hasErrors && !authed;
        rc.response.http.headers.set("cache-control", cacheable ? `public, max-age=${PUBLIC_MAX_AGE}` : "no-store");
        if (cacheable) rc.response.http.headers.set("vary", "Accept, Authorization");
      },
    };
  },
};
