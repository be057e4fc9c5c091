/** A report's word diff against the earliest report: added words in <ins>, removed in <del>, each labelled for screen readers. */

/** One run of a diff as the API returns it. */
export type DiffRun = { kind: "SAME" | "ADDED" | "REMOVED"; text: string };

/** Whether a diff holds any change. */
export const hasChanges = (diff: readonly DiffRun[]) => diff.some((d) => d.kind !== "SAME");

/** The diff as text with marked insertions and deletions; React escapes every run. */
export function WordDiffView({ diff }: { diff: readonly DiffRun[] }) {
  return (
    <span className="word-diff">
      {diff.map((d, i) =>
        d.kind === "ADDED" ? (
          <ins key={i}>
            <span className="visually-hidden">[added: </span>
            {d.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : d.kind === "REMOVED" ? (
          <del key={i}>
            <span className="visually-hidden">[removed: </span>
            {d.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <span key={i}>{d.text}</span>
        ),
      )}
    </span>
  );
}
