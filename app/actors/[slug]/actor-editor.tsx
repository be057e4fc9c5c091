/** What a signed-in editor sees on an actor page: rename, change type, merge into another actor, and the actor's history. */
import { AuditHistory } from "@/app/_components/editor/audit-history.tsx";
import { FormBasics } from "@/app/_components/editor/editor-bar.tsx";
import { findHistory } from "@/app/_components/editor/editor-history.ts";
import type { EditorSession } from "@/app/_components/editor/editor-session.ts";
import { ACTOR_TYPE_LABELS } from "@/app/_components/types.ts";

/** The actor as the forms need it. */
export interface EditableActor {
  id: string;
  slug: string;
  name: string;
  type: string;
}

/** The forms and the history. */
export async function ActorEditor({ editor, actor }: { editor: EditorSession; actor: EditableActor }) {
  const here = `/actors/${actor.slug}`;
  const events = await findHistory(editor, { actorId: actor.id });
  return (
    <section aria-labelledby="editing" className="actor-edit">
      <h2 id="editing">Correct this actor</h2>
      <form method="post" action="/api/editor/edit" className="editor-form">
        <FormBasics editor={editor} action="update-actor" returnTo={here} />
        <input type="hidden" name="actorId" value={actor.id} />
        <label>
          Name <input name="name" defaultValue={actor.name} required maxLength={200} />
        </label>
        <label>
          Type{" "}
          <select name="type" defaultValue={actor.type}>
            {Object.entries(ACTOR_TYPE_LABELS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Save</button>
      </form>
      <form method="post" action="/api/editor/edit" className="editor-form">
        <FormBasics editor={editor} action="merge-actor" returnTo={here} />
        <input type="hidden" name="actorId" value={actor.id} />
        <label>
          Merge into the actor (slug or address) <input name="targetSlug" required maxLength={300} />
        </label>
        <button type="submit">Merge</button>
      </form>
      <h3>Changes by editors</h3>
      <AuditHistory editor={editor} events={events} returnTo={here} />
    </section>
  );
}
