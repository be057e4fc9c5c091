/** Filters that take "an actor's global id or name" resolve here to actor ids. */
import type { GraphQLContext } from "@/graphql/context.ts";
import { badInput } from "@/graphql/errors.ts";
import { parseGlobalId } from "@/graphql/global-id.ts";
import { findActorIdsByName } from "@/lib/db/queries/find-actor-ids-by-name.ts";

/** Longest name a filter accepts; longer input is refused, not truncated. */
const MAX_NAME = 200;

/** The actor ids a filter value names: a global Actor id, else a name or alias. */
export async function resolveActorRef(ctx: GraphQLContext, value: string, argument: string): Promise<number[]> {
  if (value.length > MAX_NAME) throw badInput(`\`${argument}\` is longer than ${MAX_NAME} characters.`, argument);
  const parsed = parseGlobalId(value);
  if (parsed?.type === "Actor") return [parsed.id];
  return findActorIdsByName(ctx.db, value);
}

/** A free-text filter, refused when absurdly long. */
export function checkText(value: string | null | undefined, argument: string, max = MAX_NAME): string | null {
  if (value == null) return null;
  if (value.length > max) throw badInput(`\`${argument}\` is longer than ${max} characters.`, argument);
  return value;
}
