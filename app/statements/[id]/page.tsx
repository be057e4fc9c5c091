/** A statement's page: one sentence of a speaker, every article reporting it in date order, the earliest marked, variants as word diffs. */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { decodeSlug } from "@/app/_components/decode-slug.ts";
import { ExportLinks } from "@/app/_components/export-links.tsx";
import { formatPartialDate } from "@/app/_components/format-date.ts";
import { JsonLd, schemaTypeOf } from "@/app/_components/json-ld.tsx";
import { load } from "@/app/_components/load.ts";
import { requestOrigin } from "@/app/_components/origin.ts";
import { pageMetadata } from "@/app/_components/page-metadata.ts";
import { displayQuoteText, shortQuote } from "@/app/_components/quote-text.ts";
import { hasChanges, WordDiffView } from "@/app/_components/word-diff-view.tsx";
import type { StatementPageQuery } from "@/app/_generated/operations.ts";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** Reports listed on the page: the API's largest page. */
const MAX_REPORTS = 100;

// node(id:) answers null for ids of other types or unknown rows, so any bad id becomes a 404
const STATEMENT_QUERY = `query StatementPage($id: ID!, $first: Int) {
  node(id: $id) { ... on Statement {
    id text reportCount outletCount firstReportedAt
    speaker { slug name type title }
    reports(first: $first) {
      totalCount
      nodes {
        outlet date text isEarliest
        diff { kind text }
        quote { id kind }
        article { slug displayTitle }
      }
    }
  } }
}`;

// the node narrowed to a Statement: the only type whose fields the operation asks for
type StatementPageData = Extract<NonNullable<StatementPageQuery["node"]>, { reportCount: number }>;

const getStatement = cache(async (id: string): Promise<StatementPageData | null> => {
  const { node } = await load<StatementPageQuery>(STATEMENT_QUERY, { id, first: MAX_REPORTS });
  return node && "reportCount" in node ? (node as StatementPageData) : null;
});

const reportedBy = (s: Pick<StatementPageData, "reportCount" | "outletCount">) =>
  `reported ${s.reportCount === 1 ? "once" : `${s.reportCount} times`} by ${s.outletCount} outlet${s.outletCount === 1 ? "" : "s"}`;

/** Title, description and canonical link. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = await getStatement(decodeSlug((await params).id));
  if (!s) return { title: "Statement not found" };
  return pageMetadata({
    title: `${s.speaker.name}: “${shortQuote(s.text, 60)}”`,
    description: `“${shortQuote(s.text, 200)}” — ${s.speaker.name}, ${reportedBy(s)}.`,
    path: `/statements/${encodeURIComponent(s.id)}`,
    type: "article",
  });
}

/** The statement page. */
export default async function StatementPage({ params }: Props) {
  const s = await getStatement(decodeSlug((await params).id));
  if (!s) notFound();
  const origin = await requestOrigin();
  const url = `${origin}/statements/${encodeURIComponent(s.id)}`;
  const reports = s.reports.nodes;
  const earliest = reports.find((r) => r.isEarliest);
  return (
    <article className="statement-page">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Quotation",
          "@id": `${url}#statement`,
          url,
          text: displayQuoteText(s.text),
          creator: {
            "@type": schemaTypeOf(s.speaker.type),
            "@id": `${origin}/actors/${s.speaker.slug}#actor`,
            name: s.speaker.name,
            url: `${origin}/actors/${s.speaker.slug}`,
          },
          ...(s.firstReportedAt ? { datePublished: s.firstReportedAt } : {}),
        }}
      />
      <p className="kicker">Statement</p>
      <h1 className="quote-text">“{displayQuoteText(s.text)}”</h1>
      <dl className="facts">
        <dt>Speaker</dt>
        <dd>
          <Link href={`/actors/${s.speaker.slug}`}>{s.speaker.name}</Link>
          {s.speaker.title ? `, ${s.speaker.title}` : ""}
        </dd>
        <dt>Reports</dt>
        <dd>{reportedBy(s)}</dd>
        {earliest ? (
          <>
            <dt>First reported</dt>
            <dd>
              {earliest.outlet ?? earliest.article.displayTitle}
              {earliest.date ? (
                <>
                  {", "}
                  <time dateTime={earliest.date}>{formatPartialDate(earliest.date)}</time>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="reports">
        <h2 id="reports">Reports, earliest first</h2>
        <ExportLinks list="quotes" filters={{ statement: s.id }} label="Download every report" />
        {s.reports.totalCount > reports.length ? (
          <p className="muted">
            The first {reports.length} of {s.reports.totalCount} reports.
          </p>
        ) : null}
        <ol className="plain reports">
          {reports.map((r) => (
            <li key={r.quote.id} className={r.isEarliest ? "report earliest" : "report"}>
              <p className="report-source">
                {r.isEarliest ? <strong className="badge">Earliest report</strong> : null}{" "}
                <Link href={`/articles/${r.article.slug}`}>{r.article.displayTitle}</Link>
                {r.outlet ? ` · ${r.outlet}` : ""}
                {r.date ? (
                  <>
                    {" · "}
                    <time dateTime={r.date}>{formatPartialDate(r.date)}</time>
                  </>
                ) : (
                  " · undated"
                )}
              </p>
              <blockquote className="report-text">
                <p>{r.isEarliest || !hasChanges(r.diff) ? displayQuoteText(r.text) : <WordDiffView diff={r.diff} />}</p>
              </blockquote>
              <p className="muted small">
                {r.isEarliest
                  ? ""
                  : hasChanges(r.diff)
                    ? "Words differ from the earliest report (marked). "
                    : "Same words as the earliest report. "}
                <Link href={`/quotes/${encodeURIComponent(r.quote.id)}`}>This quote in context →</Link>
              </p>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
