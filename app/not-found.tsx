/** The 404 page for unknown actors, articles, quotes and any other missing path. */
import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "./_components/search-form.tsx";

export const metadata: Metadata = { title: "Not found", description: "This page does not exist." };

/** Shown with HTTP 404 whenever a page calls notFound() or no route matches. */
export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is nothing at this address. It may have been merged or removed, or the link is mistyped.</p>
      <SearchForm id="not-found-q" />
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </>
  );
}
