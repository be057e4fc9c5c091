import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "@/lib/extraction/pipeline.ts";
import { readArticleFile } from "@/lib/ingest/read-article-file.ts";

const dir = path.join(import.meta.dirname, "fixtures/html-metadata");
const expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as Record<
  string,
  Record<string, string | null>
>;

describe("HTML metadata fixtures", () => {
  it.each(Object.keys(expected).sort())("stores the metadata page %s states", (name) => {
    const [rec] = readArticleFile(path.join(dir, `${name}.html`));
    const article = extract({ text: rec!.text, hints: rec!.hints }).article;
    const want = expected[name]!;
    expect({
      title: article.title,
      author: article.author,
      publisher: article.publisher,
      publishedAt: article.publishedAt,
      url: article.url,
    }).toEqual({
      title: want.title,
      author: want.author,
      publisher: want.publisher,
      publishedAt: want.publishedAt,
      url: want.url,
    });
  });
});
