/** The strip an editor sees on pages they can correct: who is signed in, the result of the last change, sign-out. */
import type { EditorSession } from "./editor-session.ts";

/** What an `edited` notice says, by action. */
const DONE: Record<string, string> = {
  "set-speaker": "Speaker changed.",
  "quote-kind": "Quote kind changed.",
  "not-a-quote": "Marked as not a quote.",
  "accept-speaker": "Accepted: the speaker stays as it is.",
  "update-article": "Article details saved.",
  "update-actor": "Actor saved.",
  "merge-actor": "Actors merged.",
  revert: "Change reverted.",
};

/** The bar, with the notice of the change just made (or its error). */
export function EditorBar({
  editor,
  edited,
  editError,
}: {
  editor: EditorSession;
  edited: string | null;
  editError: string | null;
}) {
  return (
    <aside className="editor-bar" aria-label="Editor">
      <p>
        Signed in as <strong>{editor.name}</strong> ({editor.role.toLowerCase()}) · <a href="/review">Review queue</a> ·{" "}
        <a href="/review/history">History</a>
      </p>
      <form method="post" action="/api/editor/sign-out">
        <input type="hidden" name="csrf" value={editor.csrf} />
        <button type="submit">Sign out</button>
      </form>
      {edited && DONE[edited] ? (
        <p className="notice" role="status">
          {DONE[edited]}
        </p>
      ) : null}
      {editError ? (
        <p className="warning" role="alert">
          Not saved: {editError}
        </p>
      ) : null}
    </aside>
  );
}

/** The hidden fields every editor form carries. */
export function FormBasics({ editor, action, returnTo }: { editor: EditorSession; action: string; returnTo: string }) {
  return (
    <>
      <input type="hidden" name="csrf" value={editor.csrf} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="returnTo" value={returnTo} />
    </>
  );
}
