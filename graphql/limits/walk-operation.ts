/**
 * Walks the fields an operation selects, following fragments, with each field's
 * parent type, depth and the product of the page sizes above it. The limit checks
 * (depth, aliases, cost) are folds over this walk.
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
  type ValueNode,
} from "graphql";

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
  return type && "getFields" in type && !("parseValue" in type) && type.astNode?.kind !== Kind.INPUT_OBJECT_TYPE_DEFINITION ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>) : null;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
      return Number.parseInt(node.value, 10);
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.LIST:
      return node.values.map((v) => valueOf(v, variables));
    default:
      return null;
  }
}

/** A field's argument values as far as the limits need them (sizes and lists), defaults included. */
function argumentsOf(def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of def.args) if (a.defaultValue !== undefined) out[a.name] = a.defaultValue;
  for (const a of node.arguments ?? []) out[a.name.value] = valueOf(a.value, variables);
  return out;
}

/** One selected field as the walk meets it. */
export interface WalkedField {
  node: FieldNode;
  def: GraphQLField<unknown, unknown> | null;
  args: Record<string, unknown>;
  depth: number;
  /** How many times the field may be resolved: the product of the list sizes of its ancestors. */
  multiplier: number;
  /** True inside `__schema` or `__type`, which the limits leave to GraphiQL and tools. */
  introspection: boolean;
}

/** What the walk needs besides the operation. */
export interface WalkInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** How many items a field returns per parent, for list-returning fields with a size argument. */
export type SizeOf = (field: WalkedField, type: GraphQLNamedType) => number;

/** Visits every selected field; `size` says how many children each resolved field fans out to. */
export function walkOperation(input: WalkInput, size: SizeOf, visit: (f: WalkedField) => void): void {
  const root = input.operation.operation === "mutation" ? input.schema.getMutationType() : input.operation.operation === "subscription" ? input.schema.getSubscriptionType() : input.schema.getQueryType();
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | null | undefined, depth: number, multiplier: number, seen: Set<string>, intro: boolean) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, sel.typeCondition ? input.schema.getType(sel.typeCondition.name.value) : parent, depth, multiplier, seen, intro);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = input.fragments[sel.name.value];
        // validation rejects cycles; the guard only keeps a bad document from looping here
        if (!frag || seen.has(frag.name.value)) continue;
        walk(frag.selectionSet, input.schema.getType(frag.typeCondition.name.value), depth, multiplier, new Set([...seen, frag.name.value]), intro);
      } else {
        const def = fieldsOf(parent)?.[sel.name.value] ?? null;
        const args = def ? argumentsOf(def, sel, input.variables) : {};
        const introspection = intro || sel.name.value === "__schema" || sel.name.value === "__type";
        const field: WalkedField = { node: sel, def, args, depth: depth + 1, multiplier, introspection };
        visit(field);
        if (sel.selectionSet && def) {
          const type = namedTypeOf(def.type);
          walk(sel.selectionSet, type, depth + 1, multiplier * size(field, type), seen, introspection);
        }
      }
    }
  };
  walk(input.operation.selectionSet, root, 0, 1, new Set(), false);
}
