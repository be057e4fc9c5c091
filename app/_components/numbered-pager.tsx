/** Previous/next links for a list paged by number (`?page=2`), for lists the page assembles itself. */
import Link from "next/link";
import { hrefWith } from "./search-params.ts";

/** Links to the neighbouring pages, keeping `params`; nothing when there is one page. */
export function NumberedPager({ path, params, page, pageCount, label, fragment = "" }: { path: string; params: Record<string, string | null>; page: number; pageCount: number; label: string; fragment?: string }) {
  if (pageCount <= 1) return null;
  const href = (n: number) => hrefWith(path, { ...params, page: n > 1 ? n : null }) + fragment;
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 ? <Link rel="prev" href={href(page - 1)}>← Previous</Link> : null}
      <span className="muted">Page {page} of {pageCount}</span>
      {page < pageCount ? <Link rel="next" href={href(page + 1)}>Next →</Link> : null}
    </nav>
  );
}
