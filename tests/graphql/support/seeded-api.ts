/** One seeded database and executor per test file, the setup every API query suite shares. */
import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/lib/db/client.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";
import { executor } from "./exec.ts";
import { seedCorpus } from "./fixtures.ts";

/** Ids of the fixture corpus's actors and articles, for assertions. */
export interface SeedIds {
  atmar: number;
  lopez: number;
  khan: number;
  ministry: number;
  articles: number[];
}

/** What a suite gets: filled in by `beforeAll`, so read it inside tests and hooks only. */
export interface SeededApi {
  t: TestDb;
  db: Db;
  run: ReturnType<typeof executor>;
  ids: SeedIds;
}

/** Registers hooks that create a fresh database with the fixture corpus, and drop it after the file. */
export function useSeededApi(defaults: Parameters<typeof executor>[1] = {}): SeededApi {
  const api = {} as SeededApi;
  beforeAll(async () => {
    api.t = await createTestDb();
    api.db = api.t.db;
    const saved = await seedCorpus(api.db);
    const actor = async (nameNorm: string) => (await api.db.actor.findFirstOrThrow({ where: { nameNorm } })).id;
    api.ids = {
      atmar: await actor("mohammad hanif atmar"),
      lopez: await actor("lucia lopez"),
      khan: await actor("omar khan"),
      ministry: await actor("ministry of rivers"),
      articles: saved.map((s) => s.articleId),
    };
    api.run = executor(api.db, defaults);
  });
  afterAll(async () => api.t.cleanup());
  return api;
}
