import { describe, expect, it } from "vitest";
import { createHostQueue } from "@/lib/ingest/web/host-queue.ts";

/** A task that records when it starts and ends, and ends when the test lets it. */
function gatedTask(log: string[], name: string) {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  return {
    open,
    run: async () => {
      log.push(`start ${name}`);
      await gate;
      log.push(`end ${name}`);
      return name;
    },
  };
}

describe("createHostQueue", () => {
  it("runs one task at a time for a host, in order, while other hosts go ahead", async () => {
    const q = createHostQueue(0);
    const log: string[] = [];
    const a1 = gatedTask(log, "a1");
    const a2 = gatedTask(log, "a2");
    const b1 = gatedTask(log, "b1");
    const p1 = q.run("a.test", a1.run);
    const p2 = q.run("A.TEST", a2.run);
    const p3 = q.run("b.test", b1.run);
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(["start a1", "start b1"]);
    a2.open();
    b1.open();
    await p3;
    expect(log).not.toContain("start a2");
    a1.open();
    expect(await Promise.all([p1, p2])).toEqual(["a1", "a2"]);
    expect(log).toEqual(["start a1", "start b1", "end b1", "end a1", "start a2", "end a2"]);
  });

  it("goes on with the next task when one fails, and passes the failure to its caller", async () => {
    const q = createHostQueue(0);
    const failing = q.run("a.test", () => Promise.reject(new Error("boom")));
    const next = q.run("a.test", async () => "next");
    await expect(failing).rejects.toThrow("boom");
    expect(await next).toBe("next");
  });
});
