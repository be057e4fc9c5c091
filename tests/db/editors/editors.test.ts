import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addEditor,
  authenticateEditor,
  getActiveEditor,
  normalizeEditorName,
  setEditorDisabled,
} from "@/lib/db/editors/editors.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

describe("editors", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  it("creates an editor whose one-time password signs in, stored only as a scrypt hash", async () => {
    const { editor, password, created } = await addEditor(t.db, "  Ines ", "ADMIN");
    expect(created).toBe(true);
    expect(editor).toMatchObject({ name: "ines", role: "ADMIN", disabled: false });
    const row = await t.db.editor.findUniqueOrThrow({ where: { name: "ines" } });
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(row.passwordHash).not.toContain(password);
    expect(await authenticateEditor(t.db, "INES", password)).toMatchObject({ id: editor.id });
    expect(await authenticateEditor(t.db, "ines", `${password}x`)).toBeNull();
    expect(await authenticateEditor(t.db, "nobody", password)).toBeNull();
  });

  it("resets the password of an existing editor, so the old one stops working", async () => {
    const first = await addEditor(t.db, "omar", "EDITOR");
    const second = await addEditor(t.db, "omar", "EDITOR");
    expect(second.created).toBe(false);
    expect(await authenticateEditor(t.db, "omar", first.password)).toBeNull();
    expect(await authenticateEditor(t.db, "omar", second.password)).not.toBeNull();
  });

  it("keeps a disabled editor out, by password and by session lookup", async () => {
    const { editor, password } = await addEditor(t.db, "leaver", "EDITOR");
    expect(await setEditorDisabled(t.db, "leaver", true)).toBe(true);
    expect(await authenticateEditor(t.db, "leaver", password)).toBeNull();
    expect(await getActiveEditor(t.db, editor.id)).toBeNull();
    expect(await setEditorDisabled(t.db, "nobody-here", true)).toBe(false);
  });

  it.each(["a", "has space", "-dash-first", "x".repeat(41), "émile"])("refuses the name %j", (name) => {
    expect(() => normalizeEditorName(name)).toThrow(/is not valid/);
  });
});
