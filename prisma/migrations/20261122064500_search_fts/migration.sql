-- Full-text indexes for search (lib/db/search/README.md). Hand-written: FTS5 tables are not
-- Prisma models. Each indexes one normalised column (lower-case, accent-free words) of its
-- table as external content, kept in sync by triggers, so writers need no change.
-- A later migration that redefines one of these tables (Prisma's "RedefineTables": create,
-- copy, drop, rename) drops its triggers: it must create them again and rebuild the index
-- (tests/db/search-fts.test.ts checks that every trigger exists and every index is in sync).

-- Quote."textNorm"
CREATE VIRTUAL TABLE "QuoteFts" USING fts5("textNorm", content='Quote', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TRIGGER "QuoteFts_insert" AFTER INSERT ON "Quote" BEGIN
  INSERT INTO "QuoteFts"(rowid, "textNorm") VALUES (new."id", new."textNorm");
END;

CREATE TRIGGER "QuoteFts_delete" AFTER DELETE ON "Quote" BEGIN
  INSERT INTO "QuoteFts"("QuoteFts", rowid, "textNorm") VALUES ('delete', old."id", old."textNorm");
END;

CREATE TRIGGER "QuoteFts_update" AFTER UPDATE OF "id", "textNorm" ON "Quote" BEGIN
  INSERT INTO "QuoteFts"("QuoteFts", rowid, "textNorm") VALUES ('delete', old."id", old."textNorm");
  INSERT INTO "QuoteFts"(rowid, "textNorm") VALUES (new."id", new."textNorm");
END;

INSERT INTO "QuoteFts"("QuoteFts") VALUES ('rebuild');

-- Article."titleNorm"
CREATE VIRTUAL TABLE "ArticleFts" USING fts5("titleNorm", content='Article', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TRIGGER "ArticleFts_insert" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "ArticleFts"(rowid, "titleNorm") VALUES (new."id", new."titleNorm");
END;

CREATE TRIGGER "ArticleFts_delete" AFTER DELETE ON "Article" BEGIN
  INSERT INTO "ArticleFts"("ArticleFts", rowid, "titleNorm") VALUES ('delete', old."id", old."titleNorm");
END;

CREATE TRIGGER "ArticleFts_update" AFTER UPDATE OF "id", "titleNorm" ON "Article" BEGIN
  INSERT INTO "ArticleFts"("ArticleFts", rowid, "titleNorm") VALUES ('delete', old."id", old."titleNorm");
  INSERT INTO "ArticleFts"(rowid, "titleNorm") VALUES (new."id", new."titleNorm");
END;

INSERT INTO "ArticleFts"("ArticleFts") VALUES ('rebuild');

-- Actor."nameNorm"
CREATE VIRTUAL TABLE "ActorFts" USING fts5("nameNorm", content='Actor', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TRIGGER "ActorFts_insert" AFTER INSERT ON "Actor" BEGIN
  INSERT INTO "ActorFts"(rowid, "nameNorm") VALUES (new."id", new."nameNorm");
END;

CREATE TRIGGER "ActorFts_delete" AFTER DELETE ON "Actor" BEGIN
  INSERT INTO "ActorFts"("ActorFts", rowid, "nameNorm") VALUES ('delete', old."id", old."nameNorm");
END;

CREATE TRIGGER "ActorFts_update" AFTER UPDATE OF "id", "nameNorm" ON "Actor" BEGIN
  INSERT INTO "ActorFts"("ActorFts", rowid, "nameNorm") VALUES ('delete', old."id", old."nameNorm");
  INSERT INTO "ActorFts"(rowid, "nameNorm") VALUES (new."id", new."nameNorm");
END;

INSERT INTO "ActorFts"("ActorFts") VALUES ('rebuild');

-- ActorAlias."norm"
CREATE VIRTUAL TABLE "ActorAliasFts" USING fts5("norm", content='ActorAlias', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TRIGGER "ActorAliasFts_insert" AFTER INSERT ON "ActorAlias" BEGIN
  INSERT INTO "ActorAliasFts"(rowid, "norm") VALUES (new."id", new."norm");
END;

CREATE TRIGGER "ActorAliasFts_delete" AFTER DELETE ON "ActorAlias" BEGIN
  INSERT INTO "ActorAliasFts"("ActorAliasFts", rowid, "norm") VALUES ('delete', old."id", old."norm");
END;

CREATE TRIGGER "ActorAliasFts_update" AFTER UPDATE OF "id", "norm" ON "ActorAlias" BEGIN
  INSERT INTO "ActorAliasFts"("ActorAliasFts", rowid, "norm") VALUES ('delete', old."id", old."norm");
  INSERT INTO "ActorAliasFts"(rowid, "norm") VALUES (new."id", new."norm");
END;

INSERT INTO "ActorAliasFts"("ActorAliasFts") VALUES ('rebuild');
