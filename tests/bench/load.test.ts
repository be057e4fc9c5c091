import { describe, expect, it } from "vitest";
import { runLoad, type Job } from "@/bench/lib/load.ts";

/** A fake clock that each finished job advances by `step` ms. */
function fakeClock(step: number) {
  let t = 0;
  return { now: () => t, job: (kind = "k", ok = true): Job => ({ kind, run: async () => ((t += step), ok) }) };
}

describe("runLoad", () => {
  it("stops at the request budget when requests are fast", async () => {
    const clock = fakeClock(1);
    const r = await runLoad({
      connections: 4,
      durationMs: 1e9,
      maxRequests: 10,
      nextJob: () => clock.job(),
      now: clock.now,
    });
    expect(r.samples).toHaveLength(10);
  });

  it("starts no request after the duration when requests are slow", async () => {
    const clock = fakeClock(10);
    const r = await runLoad({
      connections: 1,
      durationMs: 35,
      maxRequests: 1000,
      nextJob: () => clock.job(),
      now: clock.now,
    });
    // requests start at 0, 10, 20 and 30 ms; the one at 40 ms would be past the duration
    expect(r.samples).toHaveLength(4);
    expect(r.elapsedMs).toBe(40);
  });

  it("keeps at most `connections` requests in flight when the jobs are slow to answer", async () => {
    let inFlight = 0;
    let most = 0;
    const job: Job = {
      kind: "k",
      run: async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 1));
        inFlight--;
        return true;
      },
    };
    await runLoad({ connections: 3, durationMs: 1e9, maxRequests: 12, nextJob: () => job });
    expect(most).toBe(3);
  });

  it("records a thrown request as a failed sample and carries on when a request fails", async () => {
    const clock = fakeClock(1);
    const failing: Job = { kind: "bad", run: () => Promise.reject(new Error("socket hang up")) };
    const r = await runLoad({
      connections: 1,
      durationMs: 1e9,
      maxRequests: 4,
      nextJob: (i) => (i % 2 ? failing : clock.job("good")),
      now: clock.now,
    });
    expect(r.samples.map((s) => [s.kind, s.ok])).toEqual([
      ["good", true],
      ["bad", false],
      ["good", true],
      ["bad", false],
    ]);
  });

  it("numbers jobs 0, 1, 2… across all connections when it asks for them", async () => {
    const seen: number[] = [];
    const clock = fakeClock(1);
    await runLoad({
      connections: 3,
      durationMs: 1e9,
      maxRequests: 7,
      nextJob: (i) => (seen.push(i), clock.job()),
      now: clock.now,
    });
    expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("refuses zero connections when asked to run", async () => {
    await expect(
      runLoad({ connections: 0, durationMs: 1, maxRequests: 1, nextJob: () => fakeClock(1).job() }),
    ).rejects.toThrow(RangeError);
  });
});
