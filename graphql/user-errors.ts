/** userErrors of mutation payloads: problems the caller can fix, returned as data instead of thrown. */

/** One problem with a mutation's input. */
export interface UserError {
  message: string;
  field: string[];
  code: string;
}

/** A userError on `field` (a dotted path such as "input.name"). */
export function userError(code: string, field: string, message: string): UserError {
  return { code, field: field.split("."), message };
}

/** A payload that changed nothing, with one userError and every other field null. */
export function refused<K extends string>(
  keys: readonly K[],
  error: UserError,
): Record<K, null> & { userErrors: UserError[] } {
  return { ...(Object.fromEntries(keys.map((k) => [k, null])) as Record<K, null>), userErrors: [error] };
}
