import { describe, expect, it } from "vitest";
import { ExportRequestError, TEXT } from "@/app/export/_lib/export-filters.ts";
import type { ExportList } from "@/app/export/_lib/export-list.ts";
import { startExport, truncationNote } from "@/app/export/_lib/stream-export.ts";

type Row = { n: number; word: string };

/** A list of `count` invented rows read in pages by numeric cursor, recording every page request. */
function fakeList(count: number) {
  const rows: Row[] = Array.from({ length: count }, (_, i) => ({ n: i + 1, word: `word ${i + 1}` }));
  const requests: { after: string | null; size: number; variables: Record<string, unknown> }[] = [];
  const list: ExportList<Row> = {
    name: "rows",
    params: { q: { ...TEXT, variable: "search" } },
    columns: [
      { name: "n", value: (r) => r.n },
      { name: "word", value: (r) => r.word },
      { name: "link", value: (r, c) => `${c.origin}/rows/${r.n}` },
    ],
    async fetchPage(variables, after, size) {
      requests.push({ after, size, variables });
      const from = after === null ? 0 : Number(after);
      const nodes = rows.slice(from, from + size);
      return {
        nodes,
        totalCount: rows.length,
        endCursor: nodes.length ? String(from + nodes.length) : null,
        hasNextPage: from + size < rows.length,
      };
    },
  };
  return { list, requests };
}

const run = () => Promise.reject(new Error("the fake list runs no operations"));

async function read(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("startExport", () => {
  it("writes every row in order when the list spans several batches", async () => {
    const { list, requests } = fakeList(23);
    const started = await startExport(list, "csv", new URLSearchParams("q=river"), {
      run,
      origin: "https://x.test",
      batchSize: 5,
    });
    const lines = (await read(started.stream)).split("\r\n");
    expect(lines[0]).toBe("n,word,link");
    expect(lines.slice(1, -1).map((l) => Number(l.split(",")[0]))).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(lines.at(-1)).toBe("");
    expect(lines[1]).toBe("1,word 1,https://x.test/rows/1");
    expect(requests.map((r) => [r.after, r.size])).toEqual([
      [null, 5],
      ["5", 5],
      ["10", 5],
      ["15", 5],
      ["20", 5],
    ]);
    expect(requests.every((r) => r.variables.search === "river")).toBe(true);
    expect(started.totalCount).toBe(23);
  });

  it("reads the first page before handing out the stream, and each next page only when the reader pulls", async () => {
    const { list, requests } = fakeList(12);
    const started = await startExport(list, "jsonl", new URLSearchParams(), { run, origin: "", batchSize: 4 });
    expect(requests).toHaveLength(1);
    const reader = started.stream.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value).trim().split("\n")).toHaveLength(4);
    // the pull that wrote the first page reads the second; nothing further until the reader asks
    await new Promise((r) => setTimeout(r, 0));
    expect(requests).toHaveLength(2);
    await reader.cancel();
  });

  it("writes JSON Lines, one object per row", async () => {
    const { list } = fakeList(3);
    const started = await startExport(list, "jsonl", new URLSearchParams(), { run, origin: "o", batchSize: 2 });
    const lines = (await read(started.stream))
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([1, 2, 3].map((n) => ({ n, word: `word ${n}`, link: `o/rows/${n}` })));
  });

  it.each(["csv", "jsonl"] as const)("stops at maxRows and closes a %s file with a note saying so", async (format) => {
    const { list, requests } = fakeList(10);
    const started = await startExport(list, format, new URLSearchParams(), {
      run,
      origin: "",
      batchSize: 3,
      maxRows: 7,
    });
    const text = await read(started.stream);
    expect(text.endsWith(truncationNote(format, 7, 10, 3))).toBe(true);
    expect(text).toContain("stops at 7 rows of 10");
    expect(requests.map((r) => r.size)).toEqual([3, 3, 1]);
    const rows = text
      .trimEnd()
      .split(/\r?\n/)
      .slice(format === "csv" ? 1 : 0, -1);
    expect(rows).toHaveLength(7);
  });

  it("adds no note when the list has exactly maxRows rows", async () => {
    const { list } = fakeList(6);
    const started = await startExport(list, "csv", new URLSearchParams(), {
      run,
      origin: "",
      batchSize: 3,
      maxRows: 6,
    });
    expect(await read(started.stream)).not.toContain("Truncated");
  });

  it("writes only the header for an empty list", async () => {
    const { list } = fakeList(0);
    const started = await startExport(list, "csv", new URLSearchParams(), { run, origin: "" });
    expect(await read(started.stream)).toBe("n,word,link\r\n");
  });

  it("refuses an unknown filter before reading anything", async () => {
    const { list, requests } = fakeList(3);
    await expect(startExport(list, "csv", new URLSearchParams("colour=red"), { run, origin: "" })).rejects.toThrow(
      ExportRequestError,
    );
    expect(requests).toHaveLength(0);
  });
});
