import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.join(dir, f));
}

function importsOf(file: string): string[] {
  const src = fs.readFileSync(path.join(root, file), "utf8");
  return [...src.matchAll(/(?:import|export)[^"'`]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

/** Resolves a relative or `@/` import to a repository path so layers can be compared. */
function target(file: string, spec: string): string {
  if (spec.startsWith("@/")) return spec.slice(2);
  return spec.startsWith(".") ? path.relative(root, path.resolve(root, path.dirname(file), spec)) : spec;
}

// Layers point one way: app → graphql → lib/db → Prisma, and graphql → lib/extraction.
const RULES: { layer: string; forbidden: RegExp[]; why: string }[] = [
  {
    layer: "lib/extraction",
    forbidden: [/^lib\/db/, /^graphql/, /^app/, /^generated/, /^node:fs/, /^fs$/, /prisma/, /^next/, /^lib\/ingest/],
    why: "extraction is pure",
  },
  {
    layer: "lib/text",
    forbidden: [/^lib\/(db|ingest|extraction)/, /^graphql/, /^app/, /prisma/],
    why: "text utilities are leaves",
  },
  {
    layer: "lib/db",
    forbidden: [/^graphql/, /^app/, /^next/, /^lib\/ingest/],
    why: "the data layer knows nothing of the API or of ingest",
  },
  { layer: "graphql", forbidden: [/^app/, /^next/], why: "the API knows nothing of pages" },
];

describe("layers", () => {
  it.each(RULES)("keeps $layer free of forbidden imports ($why)", ({ layer, forbidden }) => {
    const offences = sourceFiles(layer).flatMap((f) =>
      importsOf(f)
        .map((s) => target(f, s))
        .filter((t) => forbidden.some((re) => re.test(t)))
        .map((t) => `${f} → ${t}`),
    );
    expect(offences).toEqual([]);
  });

  it("keeps app pages off Prisma: they read data through GraphQL", () => {
    const offences = sourceFiles("app")
      .filter((f) => !f.startsWith(path.join("app", "api")))
      .flatMap((f) =>
        importsOf(f)
          .map((s) => target(f, s))
          .filter((t) => /^lib\/db|^generated|prisma/.test(t))
          .map((t) => `${f} → ${t}`),
      );
    expect(offences).toEqual([]);
  });
});
