/** The editors' sign-in page: a plain form (works without JavaScript) posting to /api/editor/sign-in. */
import type { Metadata } from "next";
import { getEditorSession } from "@/app/_components/editor/editor-session.ts";
import { safeReturnPath } from "@/app/_components/editor/return-path.ts";
import { param, type SearchParams } from "@/app/_components/search-params.ts";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

/** What a sign-in error code means (only these codes are shown: the URL cannot put words on the page). */
function errorText(code: string | null): string | null {
  if (!code) return null;
  if (code === "wrong") return "That name and password do not match an active editor.";
  if (code === "incomplete") return "Give your name and your password.";
  const wait = /^rate-limited-(\d{1,5})$/.exec(code);
  if (wait) return `Too many attempts: try again in ${wait[1]} seconds.`;
  return null;
}

/** The form, or who is signed in already. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const next = safeReturnPath(param(sp, "next", 2000) ?? "/");
  const error = errorText(param(sp, "error"));
  const editor = await getEditorSession();
  return (
    <section className="sign-in">
      <h1>Editors: sign in</h1>
      {editor ? (
        <p>
          You are signed in as <strong>{editor.name}</strong>.
        </p>
      ) : null}
      {error ? (
        <p className="warning" role="alert">
          {error}
        </p>
      ) : null}
      <form method="post" action="/api/editor/sign-in" className="editor-form">
        <input type="hidden" name="next" value={next} />
        <label>
          Name <input name="name" autoComplete="username" required maxLength={40} />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="current-password" required maxLength={1000} />
        </label>
        <button type="submit">Sign in</button>
      </form>
      <p className="muted small">
        Accounts are made with `npm run editor -- add NAME`, which prints a one-time password.
      </p>
    </section>
  );
}
