/**
 * The variable values an operation executes with: the request's values, and each
 * declared default for a variable the request leaves out (as graphql-js's
 * getVariableValues does). Limits measured on raw variables let a default slip through.
 */
import type { OperationDefinitionNode } from "graphql";
import { valueOf } from "./value-of.ts";

// graphql-js's getVariableValues would also coerce, but it checks types by class and
// the schema may come from another copy of graphql (see walk-operation.ts); coercion
// errors are reported by execution anyway, and the limits only read sizes and lists.

/** Raw variables with the operation's declared defaults filled in. */
export function executedVariables(
  operation: OperationDefinitionNode,
  raw: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (Object.hasOwn(raw, name)) out[name] = raw[name];
    else if (def.defaultValue) out[name] = valueOf(def.defaultValue, {});
  }
  return out;
}
