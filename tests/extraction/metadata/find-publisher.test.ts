import { describe, expect, it } from "vitest";
import { getPublisherFromCopyright } from "@/lib/extraction/metadata/find-publisher.ts";

describe("getPublisherFromCopyright", () => {
  it.each([
    ["Copyright © 2018 The Daily Example, LLC. Click here for reprint permission.", "The Daily Example"],
    ["© 2019-2020 Example Media Inc. All rights reserved.", "Example Media"],
    ["(c) 2017 Harbour Herald", "Harbour Herald"],
  ])("reads the outlet of %j", (line, name) => {
    expect(getPublisherFromCopyright(line)).toBe(name);
  });
});
