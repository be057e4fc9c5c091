/** Opaque global ids: base64 of "Type:id", as Relay's Node interface expects. */
import { badInput } from "./errors.ts";

/** Types that implement Node. */
export const NODE_TYPES = ["Article", "Actor", "Quote", "Event", "Mention", "Statement"] as const;
/** One Node type name. */
export type NodeType = (typeof NODE_TYPES)[number];

/** The global id of a row of `type`. */
export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`).toString("base64");
}

/** The type and row id of a global id, or null when it is not one of ours. */
export function parseGlobalId(globalId: string): { type: NodeType; id: number } | null {
  if (globalId.length > 200 || !/^[A-Za-z0-9+/]+={0,2}$/.test(globalId)) return null;
  const m = /^([A-Za-z]+):(\d{1,15})$/.exec(Buffer.from(globalId, "base64").toString("utf8"));
  if (!m || !(NODE_TYPES as readonly string[]).includes(m[1]!)) return null;
  return { type: m[1] as NodeType, id: Number(m[2]) };
}

/** The row id of a global id that must be of `type`; throws BAD_USER_INPUT naming the argument otherwise. */
export function fromGlobalId(globalId: string, type: NodeType, argument: string): number {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) {
    throw badInput(
      `\`${argument}\` must be the global id of a${/^[AEIOU]/.test(type) ? "n" : ""} ${type}, got ${JSON.stringify(globalId.slice(0, 100))}.`,
      argument,
    );
  }
  return parsed.id;
}
