/**
 * `npm run editor -- add NAME [--role admin]`: creates an editor (or resets one) and prints a
 * one-time password; `disable NAME` / `enable NAME` end or restore an editor's access at once;
 * `list` prints every editor. Works on DATABASE_URL.
 */
import { getDb } from "@/lib/db/client.ts";
import { addEditor, findEditors, setEditorDisabled, type EditorRole } from "@/lib/db/editors/editors.ts";
import { getEnv } from "@/lib/db/env.ts";
import { migrate } from "@/lib/db/migrate.ts";

const USAGE = "usage: npm run editor -- add NAME [--role editor|admin] | disable NAME | enable NAME | list";

function parseRole(args: string[]): EditorRole {
  const i = args.indexOf("--role");
  if (i < 0) return "EDITOR";
  const role = (args[i + 1] ?? "").toUpperCase();
  if (role !== "EDITOR" && role !== "ADMIN")
    throw new Error(`--role must be editor or admin, got ${JSON.stringify(args[i + 1] ?? "")}`);
  return role;
}

async function main(): Promise<void> {
  const [command, name, ...rest] = process.argv.slice(2).filter((a) => a !== "--");
  await migrate(getEnv().databaseUrl);
  const db = getDb();
  try {
    if (command === "add" && name) {
      const { editor, password, created } = await addEditor(db, name, parseRole(rest));
      console.log(`${created ? "created" : "reset"} ${editor.role.toLowerCase()} ${editor.name}`);
      console.log(`one-time password: ${password}`);
    } else if ((command === "disable" || command === "enable") && name) {
      if (!(await setEditorDisabled(db, name, command === "disable"))) throw new Error(`no editor is named "${name}"`);
      console.log(`${command}d ${name}`);
    } else if (command === "list") {
      for (const e of await findEditors(db))
        console.log(`${e.name}\t${e.role.toLowerCase()}${e.disabled ? "\tdisabled" : ""}`);
    } else throw new Error(USAGE);
  } finally {
    await db.$disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(`editor: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
