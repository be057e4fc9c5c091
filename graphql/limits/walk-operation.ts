/**
 * Measures an operation in one pass over its document: each fragment is measured
 * once and its measure reused at every spread, so the work is linear in the
 * document however often fragments spread each other (2^N spreads cost N visits).
 */
import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { executedVariables } from "./executed-variables.ts";
import { valueOf } from "./value-of.ts";

// Duck-typed on purpose: the schema may come from the CommonJS build of graphql while
// this module loads the ESM one (vitest, some bundlers), and graphql's own type guards
// and getArgumentValues then throw "from another module or realm".

/** The named type under list and non-null wrappers. */
export function namedTypeOf(type: GraphQLType): GraphQLNamedType {
  let t: GraphQLType = type;
  while ("ofType" in t && t.ofType) t = t.ofType as GraphQLType;
  return t as GraphQLNamedType;
}

function fieldsOf(type: GraphQLNamedType | null | undefined): Record<string, GraphQLField<unknown, unknown>> | null {
  return type &&
    "getFields" in type &&
    !("parseValue" in type) &&
    type.astNode?.kind !== Kind.INPUT_OBJECT_TYPE_DEFINITION
    ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)
    : null;
}

/** A field's argument values as far as the limits need them (sizes and lists), defaults included. */
function argumentsOf(
  def: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of def.args) if (a.defaultValue !== undefined) out[a.name] = a.defaultValue;
  for (const a of node.arguments ?? []) {
    const v = valueOf(a.value, variables);
    // an omitted variable leaves the argument's default in place, as execution does
    if (v !== undefined) out[a.name.value] = v;
  }
  return out;
}

/** One selected field as the measure meets it. */
export interface MeasuredField {
  node: FieldNode;
  args: Record<string, unknown>;
  type: GraphQLNamedType;
}

/** How many items a field returns per parent, for list-returning fields with a size argument. */
export type SizeOf = (field: MeasuredField) => number;

/** What a selection set costs, relative to where it sits. */
export interface Measure {
  /** Levels of fields below (introspection excluded). */
  depth: number;
  /** Aliased fields, introspection included (a hundred aliased `__schema` are a megabyte). */
  aliases: number;
  /** Nodes the set may return per resolved parent. */
  nodes: number;
}

/** What the measure needs besides the operation. */
export interface WalkInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  /** The request's raw variables; their declared defaults are applied here. */
  variables: Record<string, unknown>;
}

/** The operation's measure and how many field nodes it took to compute (at most the document's). */
export interface OperationMeasure extends Measure {
  visits: number;
}

const ZERO: Measure = Object.freeze({ depth: 0, aliases: 0, nodes: 0 });

function add(into: Measure, m: Measure): void {
  into.depth = Math.max(into.depth, m.depth);
  into.aliases += m.aliases;
  into.nodes += m.nodes;
}

/** Measures an operation; `size` says how many children each resolved field fans out to. */
export function measureSelections(input: WalkInput, size: SizeOf): OperationMeasure {
  const { schema, fragments } = input;
  const variables = executedVariables(input.operation, input.variables);
  const root =
    input.operation.operation === "mutation"
      ? schema.getMutationType()
      : input.operation.operation === "subscription"
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const memo = new Map<string, Measure>();
  let visits = 0;

  const fragment = (frag: FragmentDefinitionNode, intro: boolean): Measure => {
    const key = `${intro ? "i" : "q"}:${frag.name.value}`;
    const known = memo.get(key);
    if (known) return known;
    // validation rejects cycles; the placeholder only keeps a bad document from looping here
    memo.set(key, ZERO);
    const m = set(frag.selectionSet, schema.getType(frag.typeCondition.name.value), intro);
    memo.set(key, m);
    return m;
  };

  const field = (sel: FieldNode, parent: GraphQLNamedType | null | undefined, intro: boolean): Measure => {
    visits++;
    const introspection = intro || sel.name.value === "__schema" || sel.name.value === "__type";
    const out: Measure = { depth: introspection ? 0 : 1, aliases: sel.alias ? 1 : 0, nodes: 0 };
    const def = fieldsOf(parent)?.[sel.name.value];
    if (!def) return out;
    const type = namedTypeOf(def.type);
    const n = size({ node: sel, args: argumentsOf(def, sel, variables), type });
    if (n !== 1 || type.name.endsWith("Connection")) out.nodes = n;
    if (!sel.selectionSet) return out;
    const below = set(sel.selectionSet, type, introspection);
    // list sizes multiply down the tree; a zero-sized page still counts its subtree once
    out.nodes += Math.max(1, n) * below.nodes;
    out.aliases += below.aliases;
    out.depth += below.depth;
    return out;
  };

  const set = (selections: SelectionSetNode, parent: GraphQLNamedType | null | undefined, intro: boolean): Measure => {
    const out: Measure = { ...ZERO };
    for (const sel of selections.selections) {
      if (sel.kind === Kind.FIELD) add(out, field(sel, parent, intro));
      else if (sel.kind === Kind.INLINE_FRAGMENT)
        add(
          out,
          set(sel.selectionSet, sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent, intro),
        );
      else {
        const frag = fragments[sel.name.value];
        if (frag) add(out, fragment(frag, intro));
      }
    }
    return out;
  };

  return { ...set(input.operation.selectionSet, root, false), visits };
}
