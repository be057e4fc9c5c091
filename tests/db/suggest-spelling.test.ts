import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { suggestSpelling } from "@/lib/db/search/suggest-spelling.ts";
import { seedCorpus } from "@/tests/graphql/support/fixtures.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

describe("suggestSpelling", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedCorpus(t.db);
  });
  afterAll(async () => t.cleanup());

  it.each([
    ["Atmr", "Atmar"],
    ["Mohamad", "Mohammad"],
    ["Lopes", "López"],
    ["hanif Atmr", "hanif Atmar"],
  ])("respells %j as %j after a name or alias", async (q, out) => {
    expect(await suggestSpelling(t.db, q)).toBe(out);
  });

  it("respells a near plural after the name word it is one letter from", async () => {
    expect(await suggestSpelling(t.db, "river")).toBe("Rivers");
  });

  // a swap that shares no three-letter piece with the name ("Atamr" for "Atmar") is out of reach of trigrams
  it.fails("respells a swap of two letters inside a short name", async () => {
    expect(await suggestSpelling(t.db, "Atamr")).toBe("Atmar");
  });

  it.each(["Atmar", "atm", "harbour", "Zebrafish", ""])(
    "suggests nothing for %j (a name, too short, or nothing near)",
    async (q) => {
      expect(await suggestSpelling(t.db, q)).toBeNull();
    },
  );
});
