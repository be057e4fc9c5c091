-- Trigram indexes over actor names and aliases, for "did you mean" (lib/db/search/suggest-spelling.ts):
-- a misspelt name ("Khalilzd") shares most of its three-letter pieces with the right one.
-- Hand-written: FTS5 tables are not Prisma models; triggers keep them in sync like search_fts.

CREATE VIRTUAL TABLE "ActorTrigramFts" USING fts5("nameNorm", content='Actor', content_rowid='id', tokenize='trigram');

CREATE TRIGGER "ActorTrigramFts_insert" AFTER INSERT ON "Actor" BEGIN
  INSERT INTO "ActorTrigramFts"(rowid, "nameNorm") VALUES (new."id", new."nameNorm");
END;

CREATE TRIGGER "ActorTrigramFts_delete" AFTER DELETE ON "Actor" BEGIN
  INSERT INTO "ActorTrigramFts"("ActorTrigramFts", rowid, "nameNorm") VALUES ('delete', old."id", old."nameNorm");
END;

CREATE TRIGGER "ActorTrigramFts_update" AFTER UPDATE OF "id", "nameNorm" ON "Actor" BEGIN
  INSERT INTO "ActorTrigramFts"("ActorTrigramFts", rowid, "nameNorm") VALUES ('delete', old."id", old."nameNorm");
  INSERT INTO "ActorTrigramFts"(rowid, "nameNorm") VALUES (new."id", new."nameNorm");
END;

INSERT INTO "ActorTrigramFts"("ActorTrigramFts") VALUES ('rebuild');

CREATE VIRTUAL TABLE "ActorAliasTrigramFts" USING fts5("norm", content='ActorAlias', content_rowid='id', tokenize='trigram');

CREATE TRIGGER "ActorAliasTrigramFts_insert" AFTER INSERT ON "ActorAlias" BEGIN
  INSERT INTO "ActorAliasTrigramFts"(rowid, "norm") VALUES (new."id", new."norm");
END;

CREATE TRIGGER "ActorAliasTrigramFts_delete" AFTER DELETE ON "ActorAlias" BEGIN
  INSERT INTO "ActorAliasTrigramFts"("ActorAliasTrigramFts", rowid, "norm") VALUES ('delete', old."id", old."norm");
END;

CREATE TRIGGER "ActorAliasTrigramFts_update" AFTER UPDATE OF "id", "norm" ON "ActorAlias" BEGIN
  INSERT INTO "ActorAliasTrigramFts"("ActorAliasTrigramFts", rowid, "norm") VALUES ('delete', old."id", old."norm");
  INSERT INTO "ActorAliasTrigramFts"(rowid, "norm") VALUES (new."id", new."norm");
END;

INSERT INTO "ActorAliasTrigramFts"("ActorAliasTrigramFts") VALUES ('rebuild');
