/**
 * Shared steps of the explorer's end-to-end tests: open a page, check the invariants every page
 * keeps (status, title, no console errors, no axe violations), and talk to the GraphQL API.
 */
import type { Browser, Page } from "playwright-core";
import { expect, inject } from "vitest";
import { findAxeViolations, openPage } from "./support/browser.ts";

/** An opened page with the errors its console reported and the document's HTTP status. */
export interface Visit {
  page: Page;
  errors: string[];
  status: number | undefined;
}

/** Opens `path` of the app under test in a new page. */
export async function visit(browser: Browser, path: string): Promise<Visit> {
  const { page, errors } = await openPage(browser);
  const res = await page.goto(inject("baseURL") + path);
  return { page, errors, status: res?.status() };
}

/** Asserts what every explorer page must hold: 200, a titled document, one h1, no console errors, no axe violations. */
export async function expectHealthyPage(v: Visit, titlePart?: string): Promise<void> {
  expect(v.status).toBe(200);
  // after a client-side navigation the URL changes before the new title and body are committed
  await v.page
    .waitForFunction(() => document.title.includes("News Knowledge Graph"), null, { timeout: 10_000 })
    .catch(() => undefined);
  await v.page.waitForLoadState("networkidle");
  const title = await v.page.title();
  expect(title).toContain("News Knowledge Graph");
  if (titlePart) expect(title).toContain(titlePart);
  expect(await v.page.locator("h1").count()).toBe(1);
  expect(await v.page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy();
  expect(await findAxeViolations(v.page)).toEqual([]);
  expect(v.errors).toEqual([]);
}

/** The HTTP status of a GET of `path`, without a browser. */
export async function statusOf(path: string): Promise<number> {
  const res = await fetch(inject("baseURL") + path, { redirect: "manual" });
  await res.arrayBuffer();
  return res.status;
}

/** Runs a GraphQL operation over HTTP, with the API token so mutations are allowed; returns data, throws on errors. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(inject("baseURL") + "/api/graphql", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Accept: "application/json",
      Authorization: `Bearer ${inject("apiToken")}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}

/** Every same-site href of links inside `selector`, as paths. */
export async function linkPaths(page: Page, selector: string): Promise<string[]> {
  const hrefs = await page
    .locator(`${selector} a[href^="/"]`)
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs)];
}

/** Console errors other than Chromium's report of the 404 document itself. */
export function withoutDocument404(errors: string[]): string[] {
  return errors.filter((e) => !/\b404\b/.test(e));
}
