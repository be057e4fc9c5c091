import { describe, expect, it } from "vitest";
import { parseUtcTimestamp } from "@/lib/db/pg-reader.ts";

// what the reader did before reading digits itself: the text as an ISO string in UTC, through Date's parser
const viaDateParser = (s: string) => new Date(`${s.replace(" ", "T")}Z`).getTime();

describe("parseUtcTimestamp", () => {
  it.each([
    "2026-11-22 07:46:00",
    "2026-11-22 07:46:00.1",
    "2026-11-22 07:46:00.12",
    "2026-11-22 07:46:00.123",
    "2026-11-22 07:46:00.123456",
    "1999-12-31 23:59:59.999",
    "2024-02-29 12:00:00",
    "1970-01-01 00:00:00",
    "0001-01-01 00:00:00",
    "0099-06-15 10:00:00",
    "infinity",
    "-infinity",
    "2026-13-40 25:61:61",
    "2026-11-22 07:46:00.12x",
  ])("reads %s as Date's parser reads it in UTC", (s) => {
    expect(parseUtcTimestamp(s).getTime()).toBe(viaDateParser(s));
  });
});
