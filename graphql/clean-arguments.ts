/**
 * The API's side of the input boundary (lib/text/input-boundary.ts): every string
 * argument reaches a resolver well-formed and without NUL, C0 or bidi controls, so a
 * lookup such as `actor(slug: "x\u0000")` is a plain miss on SQLite and PostgreSQL alike
 * (PostgreSQL would refuse the NUL with an internal error).
 */
import { cleanInputText } from "@/lib/text/input-boundary.ts";

type AnyResolver = (parent: unknown, args: Record<string, unknown>, ctx: unknown, info: unknown) => unknown;

/** A value with every string in it cleaned; lists and input objects are walked. */
export function cleanArgumentValue(value: unknown): unknown {
  if (typeof value === "string") return cleanInputText(value);
  if (Array.isArray(value)) return value.map(cleanArgumentValue);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanArgumentValue(v);
    return out;
  }
  return value;
}

function hasAny(args: Record<string, unknown>): boolean {
  for (const _ in args) return true;
  return false;
}

function wrap(fn: AnyResolver): AnyResolver {
  // fields without arguments (most of them) pay one empty loop
  return (parent, args, ctx, info) =>
    fn(parent, args && hasAny(args) ? (cleanArgumentValue(args) as Record<string, unknown>) : args, ctx, info);
}

/** The resolver map with every field resolver of every object type receiving cleaned arguments. */
export function withCleanArguments<T extends Record<string, unknown>>(resolvers: T): T {
  const out: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    // scalars are class instances, and __resolveType takes no arguments
    if (!fields || typeof fields !== "object" || Object.getPrototypeOf(fields) !== Object.prototype) {
      out[typeName] = fields;
      continue;
    }
    const wrapped: Record<string, unknown> = {};
    for (const [field, r] of Object.entries(fields))
      wrapped[field] = typeof r === "function" && !field.startsWith("__") ? wrap(r as AnyResolver) : r;
    out[typeName] = wrapped;
  }
  return out as T;
}
