import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "@/lib/ingest/ingest-files.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-"));
const file = (name: string, content: string | Buffer) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, content);
  return f;
};

describe("ingest of hostile and odd input", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a 10 MB text with a reason and still ingests the file beside it", async () => {
    const big = file("big.txt", "The minister said the talks would go on. ".repeat(250_000));
    const ok = file(
      "ok.txt",
      "Talks resume\nThe minister said on Monday that “talks will resume soon,” according to officials.",
    );
    const s = await ingestPaths(t.db, [big, ok]);
    expect(s.counts.failed).toBe(1);
    expect(s.items.find((i) => i.source === big)?.reason).toMatch(/million characters; the limit is 1 million/);
    expect(s.items.find((i) => i.source === ok)?.status).toBe("new");
  });

  it.each([
    ["only-quotes.txt", "“We will win.”\n“We will not stop.”\n“Never.”"],
    [
      "unbalanced.txt",
      'Headline of the piece\nThe mayor said “this will not stand and then walked out. Nobody ‘knew why. He added " that was all.',
    ],
    ["stray-marks.txt", "” ” “ “ ' ' \" \" ‘ ’\nText after stray marks said the clerk."],
    ["unicode.txt", "Ünïcödé hëadline\n\u202EThe envoy said “مرحبا بكم” and left. 🙂 Zero\u200Bwidth."],
  ])("ingests %s without crashing and with valid offsets", async (name, text) => {
    const s = await ingestPaths(t.db, [file(name, text)]);
    expect(s.items[0]?.status, s.items[0]?.reason).toBe("new");
    const article = await t.db.article.findFirstOrThrow({
      where: { slug: s.items[0]!.slug },
      include: { quotes: true, mentions: true },
    });
    for (const q of article.quotes) expect(article.body.slice(q.start, q.end)).toBe(q.text);
    for (const m of article.mentions) expect(m.start).toBeGreaterThanOrEqual(0);
  });

  it("keeps scripts out of an HTML page's text", async () => {
    const paras = Array.from(
      { length: 5 },
      (_, i) =>
        `<p onclick="steal()">Paragraph ${i}: the council said it would review the budget next week in full.</p><script>document.write("evil${i}")</script>`,
    ).join("");
    const s = await ingestPaths(t.db, [
      file(
        "scripts.html",
        `<html><head><title>Budget review</title><script src="https://evil.test/x.js"></script></head><body><article>${paras}</article><iframe src="javascript:alert(1)"></iframe></body></html>`,
      ),
    ]);
    expect(s.items[0]?.status).toBe("new");
    const a = await t.db.article.findFirstOrThrow({ where: { slug: s.items[0]!.slug } });
    expect(a.body).toContain("Paragraph 4: the council said");
    expect(a.body).not.toMatch(/evil|steal|javascript:/);
  });
});
