import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InvalidArticleError } from "@/lib/ingest/errors.ts";
import { readArticleFile } from "@/lib/ingest/read-article-file.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "read-article-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, content);
  return f;
}

describe("readArticleFile", () => {
  it("reads a .txt file as one article without hints", () => {
    const f = write("a.txt", "Headline here\nBody text.");
    expect(readArticleFile(f)).toEqual([{ source: f, text: "Headline here\nBody text.", hints: {} }]);
  });

  it("pulls the main text and title out of HTML, leaving scripts behind", () => {
    const paras = Array.from(
      { length: 6 },
      (_, i) => `<p>Paragraph ${i} says the mayor opened the new bridge to traffic on a sunny morning in spring.</p>`,
    ).join("");
    const f = write(
      "a.html",
      `<html><head><title>Bridge opens</title><script>alert("x")</script></head><body><nav>Home | About</nav><article><h1>Bridge opens</h1>${paras}</article><footer>© 2020</footer></body></html>`,
    );
    const [rec] = readArticleFile(f);
    expect(rec?.hints.title).toBe("Bridge opens");
    expect(rec?.text).toContain("Paragraph 5 says the mayor");
    expect(rec?.text).not.toContain("alert");
  });

  it("reads a JSON record with its metadata as hints", () => {
    const f = write(
      "a.json",
      JSON.stringify({
        text: "Body.",
        title: "T",
        url: "https://x.test/a",
        publishedAt: "2020-01-02",
        publisher: "P",
        author: "A",
      }),
    );
    expect(readArticleFile(f)[0]?.hints).toEqual({
      title: "T",
      url: "https://x.test/a",
      publishedAt: "2020-01-02",
      publisher: "P",
      author: "A",
    });
  });

  it("reads a JSON array and a JSONL file as several articles", () => {
    expect(
      readArticleFile(write("arr.json", JSON.stringify([{ text: "One." }, { text: "Two." }]))).map((r) => r.text),
    ).toEqual(["One.", "Two."]);
    const recs = readArticleFile(write("b.jsonl", '{"text":"One."}\n\n{"text":"Two."}\n'));
    expect(recs.map((r) => r.source.split("#")[1])).toEqual(["1", "3"]);
  });

  it.each([
    ["empty.txt", "", /empty file/],
    ["blank.txt", "  \n\t\n", /only white space/],
    ["binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary file/],
    ["latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21]), /not valid UTF-8/],
    ["bad.json", "{ not json", /invalid JSON/],
    ["notext.json", '{"title":"x"}', /missing or empty "text"/],
    ["scalar.json", "42", /expected an object/],
    ["bad.jsonl", '{"text":"ok"}\nnope\n', /bad\.jsonl#2: invalid JSON/],
    ["doc.pdf", "%PDF", /unsupported file type "\.pdf"/],
  ])("refuses %s with a reason", (name, content, reason) => {
    const f = write(name, content);
    expect(() => readArticleFile(f)).toThrow(InvalidArticleError);
    expect(() => readArticleFile(f)).toThrow(reason);
  });
});
