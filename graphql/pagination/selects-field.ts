/** Whether an operation asks for a field directly under the current one (or under a connection's nodes), following fragments. */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

type Info = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">;

/** The fields named in `sets`, through inline fragments and named ones. */
function fieldsOf(info: Info, sets: readonly (SelectionSetNode | undefined)[]): FieldNode[] {
  const seen = new Set<string>();
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) out.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        visit(info.fragments[sel.name.value]?.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return out;
}

/** True when the current field's selection includes `name` (e.g. a connection's totalCount). */
export function selectsField(info: Info, name: string): boolean {
  return fieldsOf(
    info,
    info.fieldNodes.map((f) => f.selectionSet),
  ).some((f) => f.name.value === name);
}

/** True when a connection's nodes (`nodes { name }` or `edges { node { name } }`) ask for `name`. */
export function selectsNodeField(info: Info, name: string): boolean {
  const top = fieldsOf(
    info,
    info.fieldNodes.map((f) => f.selectionSet),
  );
  const edges = fieldsOf(
    info,
    top.filter((f) => f.name.value === "edges").map((f) => f.selectionSet),
  );
  const nodes = [...top.filter((f) => f.name.value === "nodes"), ...edges.filter((f) => f.name.value === "node")];
  return fieldsOf(
    info,
    nodes.map((f) => f.selectionSet),
  ).some((f) => f.name.value === name);
}
