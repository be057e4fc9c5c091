import { parse } from "csv-parse/sync";
import { describe, expect, inject, it } from "vitest";

const base = () => inject("baseURL");

/** The server's HTML of `path`, as a reader without JavaScript gets it. */
async function html(path: string): Promise<string> {
  const res = await fetch(base() + path);
  expect(res.status, path).toBe(200);
  return res.text();
}

/** The first export link of `format` in a page's main content, HTML entities undone. */
function exportLink(page: string, list: string, format: "csv" | "jsonl"): string {
  const main = page.slice(page.indexOf("<main"));
  const m = new RegExp(`href="(/export/${list}\\.${format}[^"]*)"`).exec(main);
  expect(m, `no ${list}.${format} link`).not.toBeNull();
  return m![1]!.replaceAll("&amp;", "&");
}

describe("exports over HTTP", () => {
  it("downloads an actor's quotes from the profile's link: the documented header, one row per quote", async () => {
    const actors = await html("/actors");
    const actorPath = /href="(\/actors\/[^"?#]+)"/.exec(actors.slice(actors.indexOf("<main")))![1]!;
    const link = exportLink(await html(actorPath), "quotes", "csv");
    expect(link).toBe(`/export/quotes.csv?actor=${actorPath.slice("/actors/".length)}`);
    const res = await fetch(base() + link);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="quotes-.+\.csv"$/);
    const [header, ...rows] = parse(await res.text(), { record_delimiter: "\r\n" }) as string[][];
    expect(header!.slice(0, 5)).toEqual(["quote_id", "speaker", "speaker_id", "speaker_slug", "text"]);
    expect(rows.length).toBeGreaterThan(0);
    expect(String(rows.length)).toBe(res.headers.get("x-total-count"));
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set([actorPath.slice("/actors/".length)]));
  });

  it("links the lists' exports with the page's filters", async () => {
    expect(exportLink(await html("/actors?type=COUNTRY&sort=name"), "actors", "jsonl")).toBe(
      "/export/actors.jsonl?type=COUNTRY&sort=name",
    );
    expect(exportLink(await html("/events?type=ACCUSE"), "events", "csv")).toBe("/export/events.csv?type=ACCUSE");
    const lines = (await (await fetch(`${base()}/export/events.jsonl?type=ACCUSE`)).text()).trimEnd().split("\n");
    for (const l of lines.filter(Boolean)) expect(JSON.parse(l).type).toBe("ACCUSE");
  });

  it("answers a bad filter with 400 naming it", async () => {
    const res = await fetch(`${base()}/export/events.csv?from=2018-13`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/“from” has the value "2018-13"/);
  });
});
