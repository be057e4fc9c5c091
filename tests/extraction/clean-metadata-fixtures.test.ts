import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clean } from "@/lib/extraction/clean/clean.ts";
import { metadata } from "@/lib/extraction/metadata/metadata.ts";
import { normalize } from "@/lib/extraction/normalize.ts";
import { createDoc } from "@/lib/extraction/pipeline.ts";
import { getSettings } from "@/lib/settings/settings.ts";

// Whole synthetic articles through normalize → clean → metadata; UPDATE_FIXTURES=1 rewrites expected.json.
const ROOT = path.join(import.meta.dirname, "fixtures", "clean-metadata");
const cases = fs.readdirSync(ROOT).sort();

describe("clean and metadata on whole articles", () => {
  it.each(cases)("produces the expected body, furniture and metadata for %s", (name) => {
    const text = fs.readFileSync(path.join(ROOT, name, "input.txt"), "utf8");
    const doc = [normalize, clean, metadata].reduce((d, s) => s.run(d), createDoc({ text }));
    const actual = { meta: doc.meta, furniture: doc.furniture, body: doc.body };
    const file = path.join(ROOT, name, "expected.json");
    if (getSettings().UPDATE_FIXTURES) fs.writeFileSync(file, JSON.stringify(actual, null, 2) + "\n");
    expect(actual).toEqual(JSON.parse(fs.readFileSync(file, "utf8")));
  });
});
