import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExportLinks } from "@/app/_components/export-links.tsx";

describe("ExportLinks", () => {
  it("links both formats with the page's filters, leaving out empty ones", () => {
    const html = renderToStaticMarkup(
      ExportLinks({ list: "events", filters: { type: "ACCUSE", actor: "Ana & Bo", from: null, to: "" }, label: "Get" }),
    );
    expect(html).toContain('href="/export/events.csv?type=ACCUSE&amp;actor=Ana+%26+Bo"');
    expect(html).toContain('href="/export/events.jsonl?type=ACCUSE&amp;actor=Ana+%26+Bo"');
    expect(html).toMatch(/^<p class="export-links muted small">Get: /);
    expect(html.match(/rel="nofollow"/g)).toHaveLength(2);
  });

  it("escapes filter values that carry markup", () => {
    const html = renderToStaticMarkup(ExportLinks({ list: "quotes", filters: { q: '"><script>' } }));
    expect(html).not.toContain("<script>");
    expect(html).toContain("q=%22%3E%3Cscript%3E");
  });
});
