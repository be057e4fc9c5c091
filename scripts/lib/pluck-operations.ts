/**
 * Finds the GraphQL operations of the pages and embeds: template literals in app/
 * that start with `query`, `mutation` or `fragment`. `${NAME}` inside one is replaced
 * by the text of a constant NAME from any app module (fragments and field lists);
 * a literal with any other interpolation (built at run time) is reported, not typed.
 */
import fs from "node:fs";
import path from "node:path";

/** An operation or fragment text with the file it came from. */
export interface PluckedDocument {
  file: string;
  text: string;
}

const CONST_LITERAL = /(?:export\s+)?const\s+([A-Z][A-Z0-9_]*)\s*=\s*(?:`([^`]*)`|"([^"\\]*)")/g;
// a document has a selection set: "`query`" in a comment is not one
const DOC_LITERAL = /`\s*((?:query|mutation|fragment)\b[^`]*\{[^`]*)`/g;
const INTERPOLATION = /\$\{\s*([A-Za-z_][\w.]*)\s*\}/g;

/** Every .ts/.tsx file under `dir`, sorted. */
function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes("_generated"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The operations of every module under `dir`, interpolations resolved, plus those that could not be. */
export function pluckOperations(
  dir: string,
  root: string,
): { documents: PluckedDocument[]; skipped: PluckedDocument[] } {
  const files = sourceFiles(dir).map((file) => ({
    file: path.relative(root, file),
    src: fs.readFileSync(file, "utf8"),
  }));
  const constants = new Map<string, string>();
  for (const { src } of files) for (const m of src.matchAll(CONST_LITERAL)) constants.set(m[1]!, m[2] ?? m[3]!);
  const resolve = (text: string, depth = 0): string | null => {
    if (depth > 5) return null;
    let failed = false;
    const out = text.replace(INTERPOLATION, (_, name: string) => {
      const value = constants.get(name);
      if (value === undefined) failed = true;
      return value ?? "";
    });
    if (failed) return null;
    return INTERPOLATION.test(out) ? resolve(out, depth + 1) : out;
  };
  const documents: PluckedDocument[] = [];
  const skipped: PluckedDocument[] = [];
  for (const { file, src } of files) {
    for (const m of src.matchAll(DOC_LITERAL)) {
      const text = resolve(m[1]!);
      if (text === null) skipped.push({ file, text: m[1]! });
      else documents.push({ file, text });
    }
  }
  return { documents, skipped };
}
