/** "Download: CSV · JSON Lines" links to a list's export, carrying the page's current filters (plain links: no script needed). */
import { hrefWith } from "./search-params.ts";

/** The export links of `list` ("quotes", "statements", "actors", "events") under `filters`; nofollow keeps crawlers off whole-list downloads. */
export function ExportLinks({
  list,
  filters,
  label = "Download",
}: {
  list: "quotes" | "statements" | "actors" | "events";
  filters: Record<string, string | null>;
  label?: string;
}) {
  return (
    <p className="export-links muted small">
      {label}:{" "}
      <a href={hrefWith(`/export/${list}.csv`, filters)} rel="nofollow" type="text/csv">
        CSV
      </a>{" "}
      ·{" "}
      <a href={hrefWith(`/export/${list}.jsonl`, filters)} rel="nofollow" type="application/x-ndjson">
        JSON Lines
      </a>
    </p>
  );
}
