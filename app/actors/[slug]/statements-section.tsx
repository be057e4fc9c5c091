/** The actor page's statements: one line per sentence, however many articles quote it. */
import Link from "next/link";
import { ExportLinks } from "@/app/_components/export-links.tsx";
import { formatPartialDate } from "@/app/_components/format-date.ts";
import { displayQuoteText } from "@/app/_components/quote-text.ts";
import type { ActorPageData } from "./actor-data.ts";

type Props = { actor: ActorPageData };

/**
 * The actor's statements, most reported first: one line per sentence however many
 * articles quote it ("reported 5 times by 4 outlets", the earliest outlet and date),
 * each linking to its page with every report; the quotes list below keeps every quote.
 */
export function StatementsSection({ actor }: Props) {
  const { nodes, totalCount } = actor.statements;
  if (!nodes.length) return null;
  return (
    <section aria-labelledby="statements">
      <h2 id="statements">Statements</h2>
      <p className="muted">
        {totalCount > nodes.length
          ? `The ${nodes.length} most reported of ${totalCount} statements`
          : `${totalCount} statement${totalCount === 1 ? "" : "s"}`}
        : the same sentence quoted by several articles is listed once.
      </p>
      <ExportLinks list="statements" filters={{ actor: actor.slug }} label="Download all statements" />
      <ul className="plain statements">
        {nodes.map((s) => (
          <li key={s.id}>
            <Link href={`/statements/${encodeURIComponent(s.id)}`}>“{displayQuoteText(s.text)}”</Link>
            <span className="muted small">
              {" "}
              — reported {s.reportCount === 1 ? "once" : `${s.reportCount} times`} by {s.outletCount} outlet
              {s.outletCount === 1 ? "" : "s"}
              {s.reportCount > 1 && (s.earliest.outlet || s.earliest.date) ? "; first by " : ""}
              {s.reportCount > 1 && s.earliest.outlet ? s.earliest.outlet : ""}
              {s.reportCount > 1 && s.earliest.date ? (
                <>
                  {s.earliest.outlet ? ", " : ""}
                  <time dateTime={s.earliest.date}>{formatPartialDate(s.earliest.date)}</time>
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
