/**
 * Maps every error leaving the API to a coded, client-safe form: our own codes
 * pass through; Apollo's validation wrapper is unwrapped so limit codes survive;
 * anything unknown is logged and masked.
 */
import type { GraphQLFormattedError } from "graphql";
import { getSettings } from "@/lib/settings/settings.ts";
import { isPublicCode } from "./errors.ts";

/** Whether error responses may carry stack traces (development only). */
export const SHOW_STACKS = getSettings().NODE_ENV === "development";

/** Where masked errors are reported; tests replace it to assert logging. */
export const errorLog = { log: (err: unknown) => console.error("[graphql] internal error:", err) };

// graphql-js words it "contains more that N tokens"; match either spelling
const TOKEN_LIMIT = /more th(?:an|at) \d+ tokens/i;
// Apollo's APQ check throws this without a code; it is the client's error, not ours
const APQ_HASH_MISMATCH = "provided sha does not match query";

/** Apollo's `formatError`. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // duck-typed: Apollo may use another copy of graphql (CommonJS vs ESM) than this module
  const original = isObject(error) ? error.originalError : undefined;
  const inner = isObject(original) && isObject(original.extensions) ? original.extensions.code : undefined;
  let code = formatted.extensions?.code;
  // Apollo relabels validation and plugin errors; our own code is the more precise one
  if (isPublicCode(inner)) code = inner;
  if (code === "GRAPHQL_PARSE_FAILED" && TOKEN_LIMIT.test(formatted.message)) code = "TOO_MANY_TOKENS";
  if (formatted.message === APQ_HASH_MISMATCH) code = "PERSISTED_QUERY_HASH_MISMATCH";
  if (isPublicCode(code)) {
    const { stacktrace, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions: { ...extensions, code, ...(SHOW_STACKS && stacktrace ? { stacktrace } : {}) } };
  }
  errorLog.log(original ?? error);
  return {
    message: "Internal server error",
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: {
      code: "INTERNAL_SERVER_ERROR",
      ...(SHOW_STACKS && formatted.extensions?.stacktrace ? { stacktrace: formatted.extensions.stacktrace } : {}),
    },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}
