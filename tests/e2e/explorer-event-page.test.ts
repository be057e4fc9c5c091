import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectHealthyPage, graphql, visit } from "./explorer-helpers.ts";
import { launchBrowser } from "./support/browser.ts";

interface Report {
  article: { displayTitle: string };
  quotes: { text: string }[];
}
interface ListedEvent {
  id: string;
  type: string;
  clusterKey: string;
  reports: Report[];
}

/** The events the filtered list shows (the first of each happening), as the API gives them. */
async function listedEvents(type: string): Promise<ListedEvent[]> {
  const d = await graphql<{ events: { nodes: ListedEvent[] } }>(
    `
      query ($type: EventType) {
        events(type: $type, first: 10) {
          nodes {
            id
            type
            clusterKey
            reports {
              article {
                displayTitle
              }
              quotes {
                text
              }
            }
          }
        }
      }
    `,
    { type },
  );
  const seen = new Set<string>();
  return d.events.nodes.filter((e) => !seen.has(e.clusterKey) && !!seen.add(e.clusterKey));
}

describe("explorer event page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser.close());

  it("filters /events by type, opens an event and shows every reporting article with its linked quotes", async () => {
    // a type whose first listed event has quotes linked to it, so the page has something to show
    const all = await graphql<{ events: { nodes: { type: string }[] } }>(`
      {
        events(first: 100) {
          nodes {
            type
          }
        }
      }
    `);
    let chosen: ListedEvent | undefined;
    for (const type of [...new Set(all.events.nodes.map((n) => n.type))].sort()) {
      chosen = (await listedEvents(type)).find((e) => e.reports.some((r) => r.quotes.length));
      if (chosen) break;
    }
    expect(chosen, "an event with linked quotes in the seeded corpus").toBeDefined();
    const event = chosen!;

    const v = await visit(browser, "/events");
    await v.page.selectOption("#events-type", event.type);
    await Promise.all([v.page.waitForURL(`**type=${event.type}*`), v.page.click("form.filters button")]);
    await expectHealthyPage({ ...v, status: 200 }, event.type);
    for (const t of await v.page.locator("ol.timeline-list .tag").allInnerTexts()) expect(t).toBe(event.type);

    const href = `/events/${encodeURIComponent(event.id)}`;
    await Promise.all([v.page.waitForURL(`**${href}`), v.page.click(`ol.timeline-list a[href="${href}"] >> nth=0`)]);
    await expectHealthyPage({ ...v, status: 200 });
    const reports = v.page.locator("li.event-report");
    expect(await reports.count()).toBe(event.reports.length);
    const text = await v.page.locator("main").innerText();
    for (const r of event.reports) {
      expect(text).toContain(r.article.displayTitle);
      for (const q of r.quotes) expect(text).toContain(q.text);
    }
    expect(await v.page.locator("li.event-report a[href^='/quotes/']").count()).toBe(
      event.reports.reduce((n, r) => n + r.quotes.length, 0),
    );
  });
});
