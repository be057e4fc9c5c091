import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { EMBED_CSP } from "@/app/embed/_lib/embed-csp.ts";
import { renderQuoteEmbed } from "@/app/embed/_lib/render-embeds.ts";

const hash = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

describe("EMBED_CSP", () => {
  const { document } = parseHTML(
    renderQuoteEmbed({
      id: "q",
      text: "t",
      kind: "DIRECT",
      speaker: null,
      article: { title: null, displayTitle: "t", slug: "a", publishedAt: null, publisher: null },
    }),
  );

  it("allows exactly the inline script and style the documents carry", () => {
    const directives = Object.fromEntries(
      EMBED_CSP.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]),
    );
    expect(directives["script-src"]).toBe(hash(document.querySelector("script")!.textContent!));
    expect(directives["style-src"]).toBe(hash(document.querySelector("style")!.textContent!));
  });

  it("loads nothing from anywhere and may be framed by any site", () => {
    expect(EMBED_CSP).toContain("default-src 'none'");
    expect(EMBED_CSP).toContain("frame-ancestors *");
    expect(EMBED_CSP).not.toContain("unsafe-inline");
  });
});
