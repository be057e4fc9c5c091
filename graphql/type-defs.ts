import fs from "node:fs";
import path from "node:path";

/** Where the SDL lives: `graphql/schema/*.graphql`, the source of truth of the API (read by codegen only). */
export const SCHEMA_DIR = path.resolve(process.cwd(), "graphql", "schema");

/** The SDL files concatenated in name order, so the schema text is deterministic. */
export function loadTypeDefs(dir: string = SCHEMA_DIR): string {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
    .join("\n");
}
