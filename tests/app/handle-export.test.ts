import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { handleExport } from "@/app/export/_lib/handle-export.ts";
import { toGlobalId } from "@/graphql/global-id.ts";
import { ok } from "@/tests/graphql/support/exec.ts";
import { saveFixture, type FixtureQuote } from "@/tests/graphql/support/fixtures.ts";
import { useSeededApi } from "@/tests/graphql/support/seeded-api.ts";

/** The documented quotes header (docs/exports.md). */
const QUOTES_HEADER =
  "quote_id,speaker,speaker_id,speaker_slug,text,kind,cue,confidence,speaker_corrected,article_id,article_slug,article_title,outlet,date,url,start,end,context_start,context_end,statement_id,explorer_url";

/** The records of a CSV file, read by an independent RFC 4180 parser (strict: every record as wide as the header). */
const parseCsv = (text: string): string[][] => parse(text, { record_delimiter: "\r\n", relax_column_count: false });

const api = useSeededApi();

async function get(path: string, opts: Parameters<typeof handleExport>[2] = {}) {
  const url = new URL(path, "http://export.test");
  const file = url.pathname.replace(/^\/export\//, "");
  return handleExport(new Request(url), file, { db: api.db, ...opts });
}

describe("handleExport", () => {
  it("answers an actor's quotes as CSV: the documented header, then one row per quote", async () => {
    const res = await get("/export/quotes.csv?actor=mohammad-hanif-atmar");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="quotes-mohammad-hanif-atmar-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = parseCsv(await res.text());
    expect(header!.join(",")).toBe(QUOTES_HEADER);
    const count = await api.db.quote.count({ where: { speakerId: api.ids.atmar } });
    expect(rows).toHaveLength(count);
    expect(res.headers.get("x-total-count")).toBe(String(count));
    const col = (name: string) => header!.indexOf(name);
    expect(new Set(rows.map((r) => r[col("speaker")]))).toEqual(new Set(["Mohammad Hanif Atmar"]));
    expect(rows.every((r) => r[col("speaker_id")] === toGlobalId("Actor", api.ids.atmar))).toBe(true);
    expect(rows.map((r) => r[col("text")])).toContain("Talks will begin in the spring");
    const herald = rows.find((r) => r[col("text")] === "Talks will begin in the spring")!;
    expect(herald[col("outlet")]).toBe("The Test Herald");
    expect(herald[col("date")]).toBe("2018-03-15");
    expect(herald[col("url")]).toBe("https://example.test/herald/river-talks");
    expect(herald[col("explorer_url")]).toBe(`http://export.test/quotes/${encodeURIComponent(herald[0]!)}`);
    expect(Number(herald[col("end")]) - Number(herald[col("start")])).toBe("Talks will begin in the spring".length);
  });

  it("applies the page's words filter", async () => {
    const res = await get("/export/quotes.jsonl?actor=mohammad-hanif-atmar&q=talks");
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const rows = (await res.text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.text).sort()).toEqual(["Talks will begin in the spring", "The talks are going well"]);
    expect(typeof rows[0].start).toBe("number");
  });

  it("applies the API's arguments: kind, publisher and dates", async () => {
    const rows = async (qs: string) => parseCsv(await (await get(`/export/quotes.csv?${qs}`)).text()).slice(1);
    expect((await rows("kind=partial")).map((r) => r[4])).toEqual(["The city supports the plan"]);
    expect((await rows("publisher=Notes Weekly")).map((r) => r[4])).toEqual([
      "Spring floods are coming early this year",
    ]);
    expect((await rows("from=2019&to=2019-12&speaker=López")).map((r) => r[4])).toEqual([
      "The ministry ignored every warning about 100% of the levees",
    ]);
  });

  it("escapes quotes, commas, line breaks and formula cells in CSV", async () => {
    const quotes: FixtureQuote[] = [
      ["khan", 'Costs rose, "sharply", and fast'],
      ["khan", "=HYPERLINK(1) is not a plan"],
      ["khan", "First line\nsecond line"],
    ];
    await saveFixture(api.db, {
      title: "Escaping test article",
      publisher: "Quirk, Ltd",
      publishedAt: "2021-01-02",
      quotes,
    });
    const text = await (await get("/export/quotes.csv?publisher=Quirk, Ltd")).text();
    expect(text).toContain('"Costs rose, ""sharply"", and fast"');
    expect(text).toContain("'=HYPERLINK(1) is not a plan");
    expect(text).toContain('"First line\nsecond line"');
    expect(text).toContain('"Quirk, Ltd"');
    const cells = parseCsv(text)
      .slice(1)
      .map((r) => r[4]);
    expect(cells.sort()).toEqual(
      ['Costs rose, "sharply", and fast', "'=HYPERLINK(1) is not a plan", "First line\nsecond line"].sort(),
    );
  });

  it("writes a list longer than one batch whole and in order", async () => {
    const quotes: FixtureQuote[] = Array.from({ length: 130 }, (_, i) => [
      "ministry",
      `Statement number ${i + 1} of the ministry`,
    ]);
    await saveFixture(api.db, {
      title: "A long briefing",
      publisher: "Batch Times",
      publishedAt: "2022-05-05",
      quotes,
    });
    const res = await get("/export/quotes.jsonl?publisher=Batch Times&orderBy=ID_ASC");
    const rows = (await res.text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.text)).toEqual(quotes.map((q) => q[1]));
    expect(res.headers.get("x-export-truncated")).toBe("false");
    const small = await get("/export/quotes.csv?publisher=Batch Times&orderBy=ID_ASC", { batchSize: 7, maxRows: 50 });
    expect(small.headers.get("x-export-truncated")).toBe("true");
    const records = parseCsv(await small.text());
    expect(records.slice(1, -1).map((r) => r[4])).toEqual(quotes.slice(0, 50).map((q) => q[1]));
    expect(records.at(-1)![0]).toMatch(/^# Truncated: this export stops at 50 rows of 130/);
  });

  it("exports the actors list with the page's filters and sort", async () => {
    const res = await get("/export/actors.csv?type=PERSON&sort=name");
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual([
      "actor_id",
      "slug",
      "name",
      "type",
      "title",
      "aliases",
      "quote_count",
      "first_seen",
      "last_seen",
      "explorer_url",
    ]);
    expect(rows.map((r) => r[2])).toEqual(["Lucía López", "Mohammad Hanif Atmar", "Omar Khan"]);
    expect(rows.find((r) => r[2] === "Omar Khan")![5]).toBe("Omar Khan; Khan");
  });

  it("exports events with the page's actor and date filters", async () => {
    const rows = (await (await get("/export/events.jsonl?actor=Atmar&from=2018&to=2018-12")).text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      type: "ANNOUNCE",
      summary: "Atmar announces river talks",
      date: "2018-03",
      location: "Riverton",
      outlet: "The Test Herald",
    });
    expect(rows[0].participants).toEqual(expect.arrayContaining(["Mohammad Hanif Atmar (AGENT)"]));
  });

  it("exports an actor's statements, most reported first", async () => {
    const [header, ...rows] = parseCsv(await (await get("/export/statements.csv?actor=lucia-lopez")).text());
    expect(header!.slice(0, 6)).toEqual([
      "statement_id",
      "speaker",
      "speaker_id",
      "speaker_slug",
      "text",
      "report_count",
    ]);
    expect(rows.map((r) => r[4]).sort()).toEqual([
      "Spring floods are coming early this year",
      "The city supports the plan",
      "The ministry ignored every warning about 100% of the levees",
    ]);
    expect(rows.every((r) => r[1] === "Lucía López")).toBe(true);
  });

  it("exports a statement's reports, earliest first, as its quotes", async () => {
    const statement = ok(
      await api.run<{ actor: { statements: { nodes: { id: string; reportCount: number }[] } } }>(
        `{ actor(slug: "lucia-lopez") { statements(first: 1) { nodes { id reportCount } } } }`,
      ),
    ).actor.statements.nodes[0]!;
    const res = await get(`/export/quotes.csv?statement=${encodeURIComponent(statement.id)}`);
    const [header, ...rows] = parseCsv(await res.text());
    expect(header!.join(",")).toBe(QUOTES_HEADER);
    expect(rows).toHaveLength(statement.reportCount);
    expect(rows.every((r) => r[header!.indexOf("statement_id")] === statement.id)).toBe(true);
    const mixed = await get(`/export/quotes.csv?statement=${encodeURIComponent(statement.id)}&kind=DIRECT`);
    expect(mixed.status).toBe(400);
    expect(await mixed.text()).toMatch(/“statement” .* takes no other filter/);
  });

  it.each([
    ["/export/quotes.jsonl?statement=U3RhdGVtZW50Ojk5OTk5", 404, /No statement has the id/],
    ["/export/events.csv?from=2018-13", 400, /“from” has the value "2018-13".*YYYY-MM-DD/],
    ["/export/events.csv?type=PARTY", 400, /“type” has the value "PARTY"/],
    ["/export/actors.jsonl?type=ALIEN", 400, /“type” has the value "ALIEN"/],
    ["/export/actors.csv?sort=loudest", 400, /“sort” has the value "loudest"/],
    ["/export/quotes.csv?kind=SUNG", 400, /“kind” has the value "SUNG"/],
    ["/export/quotes.csv?page=2", 400, /“page” is not one this export understands/],
    ["/export/quotes.csv?speakerId=not-an-id", 400, /speakerId/],
    ["/export/quotes.csv?actor=nobody-at-all", 404, /No actor has the slug "nobody-at-all"/],
    ["/export/statements.csv", 400, /needs the filter “actor”/],
    ["/export/articles.csv", 404, /exports are quotes, statements, actors, events/],
    ["/export/quotes.xlsx", 404, /each as \.csv or \.jsonl/],
  ])("answers %s with %i and a message naming the problem", async (path, status, message) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await res.text()).toMatch(message);
  });
});
