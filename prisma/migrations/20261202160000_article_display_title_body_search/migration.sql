-- Article."displayTitle": the one name shown everywhere; Article."bodyNorm": the normalised
-- body for full-text search (lib/db/search/README.md). Both are written by ingest; rows stored
-- before this migration hold "" until they are ingested again (an unchanged article is
-- backfilled then), and the API computes the display title meanwhile.
-- Hand-written: the FTS5 table and its triggers are not Prisma models.
ALTER TABLE "Article" ADD COLUMN "displayTitle" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Article" ADD COLUMN "bodyNorm" TEXT NOT NULL DEFAULT '';

CREATE VIRTUAL TABLE "ArticleBodyFts" USING fts5("bodyNorm", content='Article', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TRIGGER "ArticleBodyFts_insert" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "ArticleBodyFts"(rowid, "bodyNorm") VALUES (new."id", new."bodyNorm");
END;

CREATE TRIGGER "ArticleBodyFts_delete" AFTER DELETE ON "Article" BEGIN
  INSERT INTO "ArticleBodyFts"("ArticleBodyFts", rowid, "bodyNorm") VALUES ('delete', old."id", old."bodyNorm");
END;

CREATE TRIGGER "ArticleBodyFts_update" AFTER UPDATE OF "id", "bodyNorm" ON "Article" BEGIN
  INSERT INTO "ArticleBodyFts"("ArticleBodyFts", rowid, "bodyNorm") VALUES ('delete', old."id", old."bodyNorm");
  INSERT INTO "ArticleBodyFts"(rowid, "bodyNorm") VALUES (new."id", new."bodyNorm");
END;

INSERT INTO "ArticleBodyFts"("ArticleBodyFts") VALUES ('rebuild');
