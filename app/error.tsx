"use client";
/** The error boundary of every page: a plain message and a retry, never the error's details (they may hold internals). */
import Link from "next/link";
import { useEffect } from "react";

/** Shown when a page throws while rendering; `digest` lets operators find the server log entry. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    // the server already logged it; this helps whoever is debugging in the browser
    console.warn("page error", error.digest ?? "");
  }, [error]);
  return (
    <>
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Try again, or go back to the home page.</p>
      {error.digest ? <p className="muted small">Reference: {error.digest}</p> : null}
      <p>
        <button type="button" onClick={() => reset()}>
          Try again
        </button>{" "}
        <Link href="/">Home</Link>
      </p>
    </>
  );
}
