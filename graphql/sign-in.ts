/** Signing an editor in, for the sign-in route: checks the name and password and seals a new session (pages never touch the database). */
import { newSession, sealSession } from "@/lib/auth/session.ts";
import { getDb, type Db } from "@/lib/db/client.ts";
import { authenticateEditor } from "@/lib/db/editors/editors.ts";

/** The signed-in editor's name and sealed session, or null when the name and password match no active editor. */
export async function signInEditor(
  name: string,
  password: string,
  secret: string,
  db: Db = getDb(),
): Promise<{ name: string; seal: string } | null> {
  const editor = await authenticateEditor(db, name, password);
  if (!editor) return null;
  return { name: editor.name, seal: await sealSession(newSession(editor.id, Date.now()), secret) };
}
