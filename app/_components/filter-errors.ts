/**
 * The list pages' filters that a URL can get wrong, checked before a page renders so a bad
 * value answers 400 with a message naming it, not an empty list or "nothing at this address".
 * Pure: the proxy calls it with the request's path and query.
 */
import { ACTOR_TYPE_LABELS } from "./types.ts";

/** A date filter: YYYY, YYYY-MM or YYYY-MM-DD, a real calendar day. */
export function isPartialDate(v: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (mo < 1 || mo > 12) return false;
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** How one filter parameter is checked: a test of its value and the words that say what it expects. */
export interface FilterRule {
  ok: (v: string) => boolean;
  expected: string;
}

const DATE_RULE: FilterRule = { ok: isPartialDate, expected: "a date as YYYY, YYYY-MM or YYYY-MM-DD" };

/** The events page's filters (the events export checks the same). */
export const EVENT_FILTER_RULES: Readonly<Record<string, FilterRule>> = {
  from: DATE_RULE,
  to: DATE_RULE,
  type: { ok: (v) => /^[A-Z_]{1,40}$/.test(v), expected: "an event type such as AGREE or ACCUSE" },
};

/** The actors page's filters (the actors export checks the same). */
export const ACTOR_FILTER_RULES: Readonly<Record<string, FilterRule>> = {
  type: { ok: (v) => v in ACTOR_TYPE_LABELS, expected: `one of ${Object.keys(ACTOR_TYPE_LABELS).join(", ")}` },
  sort: { ok: (v) => ["quotes", "name", "recent"].includes(v), expected: "one of quotes, name, recent" },
};

/** What each page accepts, per parameter; absent parameters and blank values are always fine. */
const RULES: { path: RegExp; params: Readonly<Record<string, FilterRule>> }[] = [
  { path: /^\/events\/?$/, params: EVENT_FILTER_RULES },
  { path: /^\/actors\/?$/, params: ACTOR_FILTER_RULES },
];

/** The reader-facing message for a filter whose value is not understood. */
export function filterErrorMessage(name: string, value: string, expected: string): string {
  return `The filter “${name}” has the value ${JSON.stringify(value.slice(0, 100))}, which is not understood: expected ${expected}.`;
}

/** The reader-facing message for the first bad filter of a request, or null when all are fine. */
export function findFilterError(pathname: string, query: URLSearchParams): string | null {
  const rule = RULES.find((r) => r.path.test(pathname));
  if (!rule) return null;
  for (const [name, { ok, expected }] of Object.entries(rule.params)) {
    const v = query.get(name)?.trim();
    if (v && !ok(v)) return filterErrorMessage(name, v, expected);
  }
  return null;
}

/** A small, self-contained HTML page for a 400 answer, every text escaped. */
export function renderBadRequestPage(message: string, backPath: string): string {
  const esc = (s: string) =>
    s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Bad request · News Knowledge Graph</title></head><body><main><h1>This address asks for something we cannot read</h1><p>${esc(message)}</p><p><a href="${esc(backPath)}">Show the page without filters</a> · <a href="/">Home</a></p></main></body></html>`;
}
