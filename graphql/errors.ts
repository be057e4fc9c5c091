/**
 * The one place API errors get their codes. Resolvers throw these; anything
 * else is a bug, masked as INTERNAL_SERVER_ERROR by `formatError` and logged.
 */
import { GraphQLError } from "graphql";

/** Error codes the API emits in `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  QUERY_TOO_DEEP: "QUERY_TOO_DEEP",
  TOO_MANY_ALIASES: "TOO_MANY_ALIASES",
  TOO_MANY_TOKENS: "TOO_MANY_TOKENS",
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  TIMEOUT: "TIMEOUT",
  /** A request body over the byte limit (HTTP 413). */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  /** Over the client's request budget (HTTP 429). */
  RATE_LIMITED: "RATE_LIMITED",
  /** The client closed the connection before the answer (HTTP 499, never logged as ours). */
  CLIENT_CLOSED_REQUEST: "CLIENT_CLOSED_REQUEST",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

/** One of the API's error codes. */
export type ErrorCodeName = keyof typeof ErrorCode;

/** A GraphQL error with a code, safe to show to clients. */
export function apiError(code: ErrorCodeName, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Bad input: the message names the offending value. */
export function badInput(message: string, argument?: string): GraphQLError {
  return apiError("BAD_USER_INPUT", message, argument ? { argument } : {});
}

/** The named object does not exist. */
export function notFound(message: string): GraphQLError {
  return apiError("NOT_FOUND", message);
}

/** Codes whose messages are meant for clients; every other error is masked. */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_HASH_MISMATCH",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** Whether an error came from our own code paths with a public code. */
export function isPublicCode(code: unknown): code is string {
  return typeof code === "string" && PUBLIC_CODES.has(code) && code !== "INTERNAL_SERVER_ERROR";
}
