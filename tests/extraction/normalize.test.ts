import { describe, expect, it } from "vitest";
import { normalize } from "@/lib/extraction/normalize.ts";
import { createDoc } from "@/lib/extraction/pipeline.ts";

const bodyOf = (text: string) => normalize.run(createDoc({ text })).body;

describe("normalize", () => {
  it("turns CRLF and a BOM into plain newlines and nothing", () => {
    expect(bodyOf("\uFEFFOne.\r\nTwo.")).toBe("One.\nTwo.");
  });

  // the annotated corpora this extractor is measured on read ''…'' as reported speech, not as a quotation
  it("leaves typewriter quote marks ('' and ``) as written", () => {
    expect(bodyOf("''We will rebuild,'' she said.")).toBe("''We will rebuild,'' she said.");
  });
});
