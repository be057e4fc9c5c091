/** An editor's forms for one quote on its article page: speaker (an actor of the article or a new one), kind, not a quote. */
import { ACTOR_TYPE_LABELS } from "@/app/_components/types.ts";
import { FormBasics } from "./editor-bar.tsx";
import type { EditorSession } from "./editor-session.ts";

/** The quote as the forms need it. */
export interface EditableQuote {
  id: string;
  kind: string;
  speaker: { slug: string; name: string } | null;
}

/** The article's actors a speaker can be chosen from. */
export interface ActorChoice {
  id: string;
  slug: string;
  name: string;
}

const KINDS = [
  ["DIRECT", "Direct"],
  ["PARTIAL", "Partial"],
  ["INDIRECT", "Reported"],
] as const;

/** The forms, folded under a summary so the quote list stays readable. */
export function QuoteEditForm({
  editor,
  quote,
  actors,
  returnTo,
  label,
}: {
  editor: EditorSession;
  quote: EditableQuote;
  actors: ActorChoice[];
  returnTo: string;
  label: string;
}) {
  return (
    <details className="quote-edit">
      <summary>Correct {label}</summary>
      <form method="post" action="/api/editor/edit" className="editor-form">
        <FormBasics editor={editor} action="set-speaker" returnTo={returnTo} />
        <input type="hidden" name="quoteId" value={quote.id} />
        <label>
          Speaker{" "}
          <select name="actorId" defaultValue={actors.find((a) => a.slug === quote.speaker?.slug)?.id ?? ""}>
            <option value="">(choose)</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          or a new actor <input name="newActorName" maxLength={200} />
        </label>
        <select name="newActorType" aria-label="New actor's type" defaultValue="PERSON">
          {Object.entries(ACTOR_TYPE_LABELS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
        <button type="submit">Set speaker</button>
      </form>
      <form method="post" action="/api/editor/edit" className="editor-form">
        <FormBasics editor={editor} action="quote-kind" returnTo={returnTo} />
        <input type="hidden" name="quoteId" value={quote.id} />
        <label>
          Kind{" "}
          <select name="kind" defaultValue={quote.kind}>
            {KINDS.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Set kind</button>
      </form>
      <form method="post" action="/api/editor/edit" className="editor-form">
        <FormBasics editor={editor} action="not-a-quote" returnTo={returnTo} />
        <input type="hidden" name="quoteId" value={quote.id} />
        <button type="submit">Not a quote</button>
      </form>
    </details>
  );
}
