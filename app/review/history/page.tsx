/** /review/history: every editorial change, newest first, for signed-in editors, each revertible while it stands. */
import type { Metadata } from "next";
import { AuditHistory } from "@/app/_components/editor/audit-history.tsx";
import { EditorBar } from "@/app/_components/editor/editor-bar.tsx";
import { findHistory } from "@/app/_components/editor/editor-history.ts";
import { getEditorSession } from "@/app/_components/editor/editor-session.ts";
import { param, type SearchParams } from "@/app/_components/search-params.ts";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "History of changes", robots: { index: false } };

const PAGE = 100;

/** The history, or a pointer to the sign-in page. */
export default async function HistoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const editor = await getEditorSession();
  if (!editor)
    return (
      <section>
        <h1>History of changes</h1>
        <p>
          Only editors can see the history: <a href="/sign-in?next=%2Freview%2Fhistory">sign in</a>.
        </p>
      </section>
    );
  const before = param(sp, "before", 100) ?? undefined;
  const events = await findHistory(editor, { first: PAGE, before });
  return (
    <section>
      <EditorBar editor={editor} edited={param(sp, "edited")} editError={param(sp, "editError", 300)} />
      <h1>History of changes</h1>
      <AuditHistory editor={editor} events={events} returnTo="/review/history" />
      {events.length === PAGE ? (
        <p>
          <a href={`/review/history?before=${encodeURIComponent(events.at(-1)!.id)}`}>Older changes</a>
        </p>
      ) : null}
    </section>
  );
}
