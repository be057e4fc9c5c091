/** /review: the editors' queue, newest first: doubtful speakers, quotes without one, the articles holding them, and possible duplicate people. */
import type { Metadata } from "next";
import Link from "next/link";
import { EditorBar, FormBasics } from "@/app/_components/editor/editor-bar.tsx";
import { getEditorSession, type EditorSession } from "@/app/_components/editor/editor-session.ts";
import { shortQuote } from "@/app/_components/quote-text.ts";
import { param, type SearchParams } from "@/app/_components/search-params.ts";
import { runOperation } from "@/graphql/execute.ts";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Review queue", robots: { index: false } };

type QueueQuote = {
  id: string;
  text: string;
  confidence: number | null;
  speaker: { name: string } | null;
  article: { slug: string; displayTitle: string };
};
type Queue = {
  lowConfidence: QueueQuote[];
  unattributed: QueueQuote[];
  articles: { lowConfidence: number; unattributed: number; article: { slug: string; displayTitle: string } }[];
  duplicateActors: { surname: string; actors: { slug: string; name: string }[] }[];
};

const REVIEW_QUOTE = "id text confidence speaker { name } article { slug displayTitle }";
const QUERY = `query ReviewQueue {
  reviewQueue(first: 50) {
    lowConfidence { ${REVIEW_QUOTE} }
    unattributed { ${REVIEW_QUOTE} }
    articles { lowConfidence unattributed article { slug displayTitle } }
    duplicateActors { surname actors { slug name } }
  }
}`;

/** A list of queue quotes, each with an Accept button: its speaker, or its lack of one, is right (the quote leaves the queue). */
function QuoteList({ quotes, empty, editor }: { quotes: QueueQuote[]; empty: string; editor: EditorSession }) {
  if (!quotes.length) return <p className="muted">{empty}</p>;
  return (
    <ul className="plain review-items">
      {quotes.map((q) => (
        <li key={q.id}>
          “{shortQuote(q.text, 80)}” {q.speaker ? <>({q.speaker.name}) </> : null}—{" "}
          <Link href={`/articles/${q.article.slug}#quotes`}>{q.article.displayTitle}</Link>
          {q.confidence !== null ? <span className="muted"> (confidence {q.confidence.toFixed(2)})</span> : null}
          <form method="post" action="/api/editor/edit" className="inline-form">
            <FormBasics editor={editor} action="accept-speaker" returnTo="/review" />
            <input type="hidden" name="quoteId" value={q.id} />
            <button type="submit">{q.speaker ? "Accept speaker" : "Accept: no speaker"}</button>
          </form>
        </li>
      ))}
    </ul>
  );
}

/** The queue, or a pointer to the sign-in page. */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const editor = await getEditorSession();
  if (!editor)
    return (
      <section>
        <h1>Review queue</h1>
        <p>
          Only editors can see the queue: <a href="/sign-in?next=%2Freview">sign in</a>.
        </p>
      </section>
    );
  const { reviewQueue: q } = await runOperation<{ reviewQueue: Queue }>(QUERY, {}, { cookie: editor.cookie });
  return (
    <section>
      <EditorBar editor={editor} edited={param(sp, "edited")} editError={param(sp, "editError", 300)} />
      <h1>Review queue</h1>
      <p>
        <a href="/review/history">History of changes</a>
      </p>
      <h2>Articles to check</h2>
      {q.articles.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Doubtful speakers</th>
              <th scope="col">No speaker</th>
            </tr>
          </thead>
          <tbody>
            {q.articles.map((a) => (
              <tr key={a.article.slug}>
                <td>
                  <Link href={`/articles/${a.article.slug}#quotes`}>{a.article.displayTitle}</Link>
                </td>
                <td>{a.lowConfidence}</td>
                <td>{a.unattributed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Nothing to check.</p>
      )}
      <h2>Doubtful speakers</h2>
      <QuoteList quotes={q.lowConfidence} empty="No doubtful speakers." editor={editor} />
      <h2>Quotes with no speaker</h2>
      <QuoteList quotes={q.unattributed} empty="Every quote has a speaker." editor={editor} />
      <h2>People who may be one person</h2>
      {q.duplicateActors.length ? (
        <ul className="plain">
          {q.duplicateActors.map((d) => (
            <li key={d.surname}>
              {d.actors.map((a, i) => (
                <span key={a.slug}>
                  {i ? ", " : ""}
                  <Link href={`/actors/${a.slug}`}>{a.name}</Link>
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No shared surnames.</p>
      )}
    </section>
  );
}
