/** Mutation authorisation: a bearer token compared in constant time with API_TOKEN. */
import { createHash, timingSafeEqual } from "node:crypto";
import type { GraphQLContext } from "./context.ts";
import { apiError } from "./errors.ts";

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** Whether `given` equals `expected`, taking the same time whatever their contents or lengths. */
export function tokensMatch(given: string, expected: string): boolean {
  // equal-length digests let timingSafeEqual compare without leaking the token's length
  return timingSafeEqual(digest(given), digest(expected));
}

/** Throws unless the request carries the configured API token. */
export function requireEditor(ctx: GraphQLContext): void {
  if (!ctx.apiToken) throw apiError("FORBIDDEN", "Mutations are disabled: the server has no API_TOKEN configured.");
  if (!ctx.bearerToken) throw apiError("UNAUTHENTICATED", "Mutations need an `Authorization: Bearer <token>` header.");
  if (!tokensMatch(ctx.bearerToken, ctx.apiToken)) throw apiError("UNAUTHENTICATED", "The bearer token is not valid.");
}
