import { describe, expect, it } from "vitest";
import { summarizeEvent } from "../../../lib/extraction/events/summarize-event.ts";

describe("summarizeEvent", () => {
  it("joins agents, trigger, targets and place into one line", () => {
    const line = summarizeEvent("met", [{ actorKey: "a", role: "AGENT" }, { actorKey: "b", role: "TARGET" }, { actorKey: "c", role: "TARGET" }], (k) => k.toUpperCase(), "Rome");
    expect(line).toBe("A met B and C in Rome");
  });
});
