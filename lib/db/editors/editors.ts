/** Editor accounts: created with a one-time password, signed in by name and password, looked up per request. */
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password.ts";
import type { Db } from "@/lib/db/client.ts";

/** What an editor may do: correct data, or also manage editors. */
export type EditorRole = "EDITOR" | "ADMIN";

/** An editor as the rest of the app sees it (never the password hash). */
export interface EditorAccount {
  id: number;
  name: string;
  role: EditorRole;
  disabled: boolean;
}

/** A sign-in name: 2-40 characters, lower-case letters, digits, dot, dash or underscore. */
const NAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;

/** The sign-in name `raw` as stored (trimmed, lower-case); throws naming it when it is not a valid name. */
export function normalizeEditorName(raw: string): string {
  const name = raw.trim().toLowerCase();
  if (!NAME.test(name))
    throw new Error(
      `editor name ${JSON.stringify(raw)} is not valid: use 2-40 letters, digits, ".", "-" or "_", starting with a letter or digit`,
    );
  return name;
}

const account = (e: { id: number; name: string; role: string; disabled: boolean }): EditorAccount => ({
  id: e.id,
  name: e.name,
  role: e.role === "ADMIN" ? "ADMIN" : "EDITOR",
  disabled: e.disabled,
});

/** Creates an editor (or resets an existing one's password and role) and returns the new one-time password. */
export async function addEditor(
  db: Db,
  rawName: string,
  role: EditorRole,
): Promise<{ editor: EditorAccount; password: string; created: boolean }> {
  const name = normalizeEditorName(rawName);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const prior = await db.editor.findUnique({ where: { name }, select: { id: true } });
  const row = await db.editor.upsert({
    where: { name },
    create: { name, role, passwordHash },
    update: { role, passwordHash, disabled: false },
  });
  return { editor: account(row), password, created: !prior };
}

/** Disables (or re-enables) an editor; false when no editor has that name. */
export async function setEditorDisabled(db: Db, rawName: string, disabled: boolean): Promise<boolean> {
  const { count } = await db.editor.updateMany({ where: { name: normalizeEditorName(rawName) }, data: { disabled } });
  return count > 0;
}

/** Every editor, by name. */
export async function findEditors(db: Db): Promise<EditorAccount[]> {
  return (await db.editor.findMany({ orderBy: { name: "asc" }, take: 1000 })).map(account);
}

/** The enabled editor with this id, or null (a disabled or deleted editor's session ends at once). */
export async function getActiveEditor(db: Db, id: number): Promise<EditorAccount | null> {
  const row = await db.editor.findUnique({ where: { id } });
  return row && !row.disabled ? account(row) : null;
}

// verified when the name is unknown, so a wrong name takes as long as a wrong password
let dummyHash: Promise<string> | null = null;

/** The enabled editor whose name and password these are, or null. */
export async function authenticateEditor(db: Db, rawName: string, password: string): Promise<EditorAccount | null> {
  const name = rawName.trim().toLowerCase();
  const row = NAME.test(name) ? await db.editor.findUnique({ where: { name } }) : null;
  if (!row) {
    await verifyPassword(password, await (dummyHash ??= hashPassword(generatePassword())));
    return null;
  }
  const ok = await verifyPassword(password, row.passwordHash);
  return ok && !row.disabled ? account(row) : null;
}
