import { describe, expect, it } from "vitest";
import { readBodyText } from "@/lib/http/read-body.ts";

/** A chunked body of `total` bytes made on demand, counting what the reader pulled. */
function streamedRequest(total: number, chunk = 64 * 1024, headers: Record<string, string> = {}) {
  const counter = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled >= total) return controller.close();
        const n = Math.min(chunk, total - counter.pulled);
        counter.pulled += n;
        controller.enqueue(new Uint8Array(n).fill(0x61));
      },
      cancel() {
        counter.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://x.test/api/graphql", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
  return { request, counter };
}

describe("readBodyText", () => {
  it("stops reading a chunked 200 MB body one chunk past the limit and cancels the stream", async () => {
    const { request, counter } = streamedRequest(200 * 1024 * 1024);
    expect(await readBodyText(request, 1_000_000)).toBeNull();
    expect(counter.pulled).toBeLessThanOrEqual(1_000_000 + 64 * 1024);
    expect(counter.cancelled).toBe(true);
  });

  it("reads a body within the limit whole, multi-byte characters across chunks included", async () => {
    const text = "é€".repeat(40_000);
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 1000) c.enqueue(bytes.slice(i, i + 1000));
        c.close();
      },
    });
    expect(
      await readBodyText(
        new Request("http://x.test/", { method: "POST", body, duplex: "half" } as RequestInit),
        1_000_000,
      ),
    ).toBe(text);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const { request, counter } = streamedRequest(10, 10, { "content-length": "5000000" });
    expect(await readBodyText(request, 1_000_000)).toBeNull();
    expect(counter.pulled).toBe(0);
  });
});
