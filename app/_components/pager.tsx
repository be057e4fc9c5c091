/** Previous/next links for a Relay connection, so every page of a list has its own URL. */
import Link from "next/link";
import { hrefWith, param, type SearchParams } from "./search-params.ts";

/** Connection arguments for the page a URL asks for: `?before=` pages backwards, otherwise forwards from `?after=`. */
export function pageArgs(
  params: SearchParams,
  size: number,
  prefix = "",
): { first?: number; after?: string; last?: number; before?: string } {
  const before = param(params, `${prefix}before`, 500);
  const after = param(params, `${prefix}after`, 500);
  return before ? { last: size, before } : after ? { first: size, after } : { first: size };
}

/** The parts of pageInfo the pager needs. */
export interface PagerInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** Links to the previous and next pages, keeping every other parameter of `params`; nothing when there is one page. */
export function Pager({
  path,
  params,
  pageInfo,
  label,
  prefix = "",
  fragment = "",
  prevLabel = "← Previous",
  nextLabel = "Next →",
}: {
  path: string;
  params: Record<string, string | null>;
  pageInfo: PagerInfo;
  label: string;
  prefix?: string;
  fragment?: string;
  prevLabel?: string;
  nextLabel?: string;
}) {
  if (!pageInfo.hasNextPage && !pageInfo.hasPreviousPage) return null;
  const rest = { ...params, [`${prefix}after`]: null, [`${prefix}before`]: null };
  return (
    <nav className="pager" aria-label={label}>
      {pageInfo.hasPreviousPage && pageInfo.startCursor ? (
        <Link rel="prev" href={hrefWith(path, { ...rest, [`${prefix}before`]: pageInfo.startCursor }) + fragment}>
          {prevLabel}
        </Link>
      ) : null}
      {pageInfo.hasNextPage && pageInfo.endCursor ? (
        <Link rel="next" href={hrefWith(path, { ...rest, [`${prefix}after`]: pageInfo.endCursor }) + fragment}>
          {nextLabel}
        </Link>
      ) : null}
    </nav>
  );
}
