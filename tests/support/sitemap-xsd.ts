/**
 * The rules of the sitemaps.org 0.9 schemas (sitemap.xsd and siteindex.xsd), checked on a
 * parsed document: root element and namespace, the children each entry may have and their
 * order, <loc> an absolute http(s) URI of at most 2048 characters, <lastmod> a W3C datetime,
 * <changefreq> and <priority> in range, at most 50,000 entries. Returns the broken rules.
 */
import { DOMParser } from "linkedom";

const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const W3C_DATETIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;
const CHANGEFREQ = new Set(["always", "hourly", "daily", "weekly", "monthly", "yearly", "never"]);

/** Broken schema rules of a sitemap (`urlset`) or sitemap index (`sitemapindex`) document; [] when valid. */
export function checkSitemapXsd(xml: string, root: "urlset" | "sitemapindex"): string[] {
  const errors: string[] = [];
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) errors.push("missing the UTF-8 XML declaration");
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const top = doc.documentElement;
  if (!top || top.localName !== root)
    return [...errors, `root element is ${top?.localName ?? "missing"}, expected ${root}`];
  if (top.getAttribute("xmlns") !== NS) errors.push(`namespace is ${top.getAttribute("xmlns")}, expected ${NS}`);
  const entryTag = root === "urlset" ? "url" : "sitemap";
  const allowed = root === "urlset" ? ["loc", "lastmod", "changefreq", "priority"] : ["loc", "lastmod"];
  const entries = [...top.children];
  if (entries.length > 50_000) errors.push(`${entries.length} entries, at most 50000 allowed`);
  entries.forEach((e, i) => {
    const at = `${entryTag}[${i}]`;
    if (e.localName !== entryTag) return errors.push(`${at}: unexpected element ${e.localName}`);
    const names = [...e.children].map((c) => c.localName);
    if (names[0] !== "loc" || names.filter((n) => n === "loc").length !== 1)
      errors.push(`${at}: must start with exactly one loc, has ${names.join(",")}`);
    let last = -1;
    for (const n of names) {
      const k = allowed.indexOf(n);
      if (k < 0) errors.push(`${at}: element ${n} not allowed`);
      else if (k <= last) errors.push(`${at}: ${n} out of order or repeated`);
      last = Math.max(last, k);
    }
    for (const c of e.children) {
      const v = c.textContent ?? "";
      if (c.localName === "loc") {
        if (v.length < 12 || v.length > 2048) errors.push(`${at}: loc length ${v.length} outside 12..2048`);
        if (!/^https?:\/\/[^\s]+$/.test(v))
          errors.push(`${at}: loc ${JSON.stringify(v)} is not an absolute http(s) URI`);
      }
      if (c.localName === "lastmod" && !W3C_DATETIME.test(v))
        errors.push(`${at}: lastmod ${JSON.stringify(v)} is not a W3C datetime`);
      if (c.localName === "changefreq" && !CHANGEFREQ.has(v)) errors.push(`${at}: changefreq ${JSON.stringify(v)}`);
      if (c.localName === "priority" && !/^(0(\.\d+)?|1(\.0+)?)$/.test(v))
        errors.push(`${at}: priority ${JSON.stringify(v)}`);
    }
  });
  return errors;
}
