/** Runs a page's GraphQL operation in-process; input the API refuses (bad cursors, bad dates) is a missing page, not a crash. */
import { notFound } from "next/navigation";
import { GraphQLOperationError, runOperation } from "@/graphql/execute.ts";

/** The `data` of `query`, or a 404 when the API calls the URL's parameters bad input. */
export async function load<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  try {
    return await runOperation<T>(query, variables);
  } catch (err) {
    if (err instanceof GraphQLOperationError && err.code === "BAD_USER_INPUT") notFound();
    throw err;
  }
}
