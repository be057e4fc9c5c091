import { findClauseSubject } from "@/lib/extraction/attribution/find-clause-subject.ts";
import type { SpeakerPattern } from "./quote-site.ts";

/** The subject of the clause a woven fragment sits in ("X slammed the “…” plan"). */
export const clauseSubject: SpeakerPattern = {
  name: "clause-subject",
  find(site) {
    const subject = findClauseSubject(site.tokens, site.floor, site.open);
    return subject ? [{ phrase: subject, verb: subject.to }] : [];
  },
};
