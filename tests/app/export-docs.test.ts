import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXPORT_LISTS } from "@/app/export/_lib/handle-export.ts";

const doc = fs.readFileSync(path.resolve(import.meta.dirname, "../../docs/exports.md"), "utf8");

/** The backquoted names in the first cell of each row of the `n`th table (0: filters, 1: columns) of a list's section. */
function documented(list: string, n: 0 | 1): string[] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(`${list}\n`)) ?? "";
  const tables = section.split(/\n\n+/).filter((b) => b.startsWith("|"));
  const rows = (tables[n] ?? "").split("\n").slice(2);
  return rows.flatMap((r) => [...(r.split("|")[1] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

describe("docs/exports.md", () => {
  it.each(Object.keys(EXPORT_LISTS))("documents every column of the %s export, in order", (name) => {
    expect(documented(name, 1)).toEqual(EXPORT_LISTS[name]!.columns.map((c) => c.name));
  });

  it.each(Object.keys(EXPORT_LISTS))("documents every filter of the %s export", (name) => {
    expect(documented(name, 0).sort()).toEqual(Object.keys(EXPORT_LISTS[name]!.params).sort());
  });
});
