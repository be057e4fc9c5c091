/** A compact list of actors with their type and quote count. */
import Link from "next/link";
import { ACTOR_TYPE_LABELS, type ActorSummary } from "./types.ts";

/** Actors as a list of links. */
export function ActorLinkList({ actors }: { actors: ActorSummary[] }) {
  return (
    <ul className="plain actors">
      {actors.map((a) => (
        <li key={a.slug}>
          <Link href={`/actors/${a.slug}`}>{a.name}</Link>
          <span className="muted">
            {" "}
            · {ACTOR_TYPE_LABELS[a.type] ?? a.type}
            {a.title ? ` · ${a.title}` : ""}
            {a.quoteCount !== undefined ? ` · ${a.quoteCount} quote${a.quoteCount === 1 ? "" : "s"}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
