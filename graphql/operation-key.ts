/**
 * The response-cache key of an operation: its document normalised (parsed and
 * printed, so whitespace and comments do not matter), its operation name and its
 * variables with object keys sorted. Only public queries get a key: mutations,
 * subscriptions, unparseable or ambiguous documents go uncached to Apollo, which
 * answers them (or their errors) itself.
 */
import { Kind, parse, print, type DocumentNode, type OperationDefinitionNode } from "graphql";
import { LruCache } from "@/lib/cache/lru-cache.ts";
import { LIMITS } from "./limits/check-limits.ts";

/** Distinct documents whose classification is remembered. */
const MAX_DOCUMENTS = 1000;
/** Longest document considered for caching, in characters (longer ones are parsed by Apollo alone). */
const MAX_DOCUMENT_CHARS = 20_000;

// parsing is the cost being saved: each distinct document text is classified once
const documents = new LruCache<{ normalized: string | null }>(
  { maxEntries: MAX_DOCUMENTS, maxBytes: MAX_DOCUMENTS * MAX_DOCUMENT_CHARS },
  (_v, key) => key.length,
);

function selectOperation(doc: DocumentNode, operationName: string | undefined): OperationDefinitionNode | null {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName === undefined) return ops.length === 1 ? ops[0]! : null;
  return ops.find((o) => o.name?.value === operationName) ?? null;
}

function normalizedQuery(query: string, operationName: string | undefined): string | null {
  const memoKey = `${operationName ?? ""}\u0000${query}`;
  const known = documents.get(memoKey);
  if (known) return known.normalized;
  let normalized: string | null;
  try {
    const doc = parse(query, { maxTokens: LIMITS.maxTokens, noLocation: true });
    normalized = selectOperation(doc, operationName)?.operation === "query" ? print(doc) : null;
  } catch {
    // not a document: Apollo reports the syntax error itself, uncached
    normalized = null;
  }
  documents.set(memoKey, { normalized });
  return normalized;
}

/** JSON with object keys sorted, so equal variables give equal keys. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  // Dates and the like serialise themselves; undefined members are absent, as in JSON
  if (value && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON !== "function") {
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The cache key of a public query, or null when the operation must not be cached. */
export function operationKey(query: unknown, variables: unknown, operationName: unknown): string | null {
  if (typeof query !== "string" || query.length > MAX_DOCUMENT_CHARS) return null;
  if (operationName != null && typeof operationName !== "string") return null;
  if (variables != null && (typeof variables !== "object" || Array.isArray(variables))) return null;
  const normalized = normalizedQuery(query, operationName ?? undefined);
  if (normalized === null) return null;
  return `${operationName ?? ""}\u0000${stableJson(variables ?? {})}\u0000${normalized}`;
}
