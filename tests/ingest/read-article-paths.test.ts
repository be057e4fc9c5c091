import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readArticlePaths } from "@/lib/ingest/read-article-paths.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "read-paths-"));

describe("readArticlePaths", () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads every record, keeping failures in their places with reasons", () => {
    fs.writeFileSync(path.join(dir, "a.txt"), "The Wrenfield choir won the regional prize, its director said.");
    fs.writeFileSync(
      path.join(dir, "b.jsonl"),
      `${JSON.stringify({ text: "A second story about the Wrenfield choir.", title: "Choir" })}\nnot json\n`,
    );
    fs.writeFileSync(path.join(dir, "notes.md"), "ignored");
    const { records, skipped } = readArticlePaths([dir, path.join(dir, "gone.txt")]);
    expect(
      records.map((r) =>
        "text" in r ? [path.basename(r.source), r.hints.title ?? null] : [path.basename(r.source), r.reason],
      ),
    ).toEqual([
      ["gone.txt", "no such file or folder"],
      ["a.txt", null],
      ["b.jsonl#1", "Choir"],
      ["b.jsonl#2", expect.stringMatching(/^invalid JSON/)],
    ]);
    expect(skipped.map((s) => path.basename(s.path))).toEqual(["notes.md"]);
  });
});
