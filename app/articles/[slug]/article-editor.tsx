/** What a signed-in editor sees on an article page: the metadata form and the article's change history. */
import { AuditHistory } from "@/app/_components/editor/audit-history.tsx";
import { FormBasics } from "@/app/_components/editor/editor-bar.tsx";
import { findHistory } from "@/app/_components/editor/editor-history.ts";
import type { EditorSession } from "@/app/_components/editor/editor-session.ts";
import type { ArticlePageData } from "./article-data.ts";

/** The article's title, date and publisher as a form. */
export function ArticleMetaForm({ editor, article }: { editor: EditorSession; article: ArticlePageData }) {
  return (
    <details className="article-edit">
      <summary>Correct the title, date or publisher</summary>
      <form method="post" action="/api/editor/edit" className="editor-form">
        <FormBasics editor={editor} action="update-article" returnTo={`/articles/${article.slug}`} />
        <input type="hidden" name="articleId" value={article.id} />
        <label>
          Title <input name="title" defaultValue={article.title ?? article.displayTitle} required maxLength={500} />
        </label>
        <label>
          Published (YYYY, YYYY-MM or YYYY-MM-DD){" "}
          <input name="publishedAt" defaultValue={article.publishedAt ?? ""} pattern="\d{4}(-\d{2}(-\d{2})?)?" />
        </label>
        <label>
          Publisher <input name="publisher" defaultValue={article.publisher ?? ""} maxLength={500} />
        </label>
        <button type="submit">Save</button>
      </form>
    </details>
  );
}

/** The article's history, newest first, with revert buttons. */
export async function ArticleHistory({ editor, article }: { editor: EditorSession; article: ArticlePageData }) {
  const events = await findHistory(editor, { articleId: article.id });
  return (
    <section aria-labelledby="history">
      <h2 id="history">Changes by editors</h2>
      <AuditHistory editor={editor} events={events} returnTo={`/articles/${article.slug}`} />
    </section>
  );
}
