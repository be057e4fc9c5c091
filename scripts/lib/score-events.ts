/**
 * Event matching as `../shared/eval/score.mjs` does it: a predicted event matches an
 * expected one of the same type that shares a participant (one name containing
 * the other) at a compatible date; each predicted event matches once.
 */

/** One invented paragraph and the events a reader would list. */
export interface EventCase {
  id: string;
  text: string;
  events: { type: string; participants: string[]; date?: string | null; required?: boolean }[];
}

/** A predicted event as the contract gives it. */
export interface PredictedEvent {
  type: string;
  date: string | null;
  summary: string;
  participants: string[];
  roles: { name: string; role: string }[];
}

const bare = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const sameName = (a: string, b: string) => bare(a).includes(bare(b)) || bare(b).includes(bare(a));
const dateOK = (a?: string | null, b?: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);

/** Matches `predicted` against the case's expected events. */
export function scoreEvents<P extends PredictedEvent>(c: EventCase, predicted: readonly P[]) {
  const used = new Set<number>();
  const missed: EventCase["events"] = [];
  let truePositives = 0;
  for (const g of c.events) {
    const i = predicted.findIndex(
      (p, k) =>
        !used.has(k) &&
        p.type === g.type &&
        dateOK(p.date, g.date) &&
        g.participants.some((n) => p.participants.some((pp) => sameName(pp, n))),
    );
    if (i >= 0) {
      used.add(i);
      if (g.required !== false) truePositives++;
    } else if (g.required !== false) missed.push(g);
  }
  const extra = predicted.filter((_, k) => !used.has(k));
  const optionalHits = [...used].filter((k) =>
    c.events.some((g) => g.required === false && predicted[k]!.type === g.type),
  ).length;
  return {
    truePositives,
    required: c.events.filter((g) => g.required !== false).length,
    // optional events found are neither right nor wrong
    predicted: predicted.length - optionalHits,
    matchedPredicted: used.size - optionalHits,
    missed,
    extra,
  };
}
