/**
 * A page title without the site name its `<title>` carries ("… - BBC News",
 * "… | Fire services | The Guardian", "… :: Valley Star"): the title ends before
 * the segment naming the site (or a known outlet), and before the short section
 * labels just ahead of it. A title whose first segment is the site is kept.
 */
import { getOutletByName } from "@/lib/extraction/metadata/news-outlets.ts";

const SEPARATOR = /\s+(?:[|–—·•»]|-{1,2}|::)\s+/g;
const bare = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

/** `title` with a trailing site name (one of `siteNames`, or a known outlet) removed. */
export function stripSiteName(title: string, siteNames: readonly (string | null | undefined)[]): string {
  const t = title.replace(/\s+/g, " ").trim();
  const cuts = [...t.matchAll(SEPARATOR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    dash: /[-–—]/.test(m[0]),
  }));
  if (!cuts.length) return t;
  const parts = [0, ...cuts.map((c) => c.end)].map((from, i) => t.slice(from, cuts[i]?.start ?? t.length));
  const sites = new Set(siteNames.filter((s): s is string => !!s).map(bare));
  const isSite = (p: string) => sites.has(bare(p)) || getOutletByName(p) !== null || /^(?:[\w-]+ )?news$/i.test(p);
  let at = parts.findIndex((p, i) => i > 0 && isSite(p));
  if (at < 0) return t;
  // "… | Fire services | The Guardian": a section label stands between the title and the site
  // (a label is capitalised and set off by a bar, not a dash, which also joins a headline's own parts)
  while (at > 1 && !cuts[at - 2]!.dash && /^\p{Lu}/u.test(parts[at - 1]!) && parts[at - 1]!.split(" ").length <= 3)
    at--;
  return t.slice(0, cuts[at - 1]!.start).trim();
}
