-- CreateTable
CREATE TABLE "Statement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "speakerId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "firstQuoteId" INTEGER NOT NULL,
    "firstReportedAt" DATETIME,
    "firstReportedPrecision" TEXT,
    "reportCount" INTEGER NOT NULL,
    "outletCount" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatementBand" (
    "quoteId" INTEGER NOT NULL,
    "speakerId" INTEGER NOT NULL,
    "hash" INTEGER NOT NULL,

    PRIMARY KEY ("quoteId", "hash"),
    CONSTRAINT "StatementBand_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Quote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "speakerId" INTEGER,
    "text" TEXT NOT NULL,
    "textNorm" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "speakerMentionText" TEXT,
    "speakerMentionStart" INTEGER,
    "speakerMentionEnd" INTEGER,
    "contextText" TEXT NOT NULL,
    "contextStart" INTEGER NOT NULL,
    "contextEnd" INTEGER NOT NULL,
    "cue" TEXT,
    "speakerCorrected" BOOLEAN NOT NULL DEFAULT false,
    "statementId" INTEGER,
    CONSTRAINT "Quote_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Quote_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Quote_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Quote" ("articleId", "contextEnd", "contextStart", "contextText", "cue", "end", "id", "kind", "speakerCorrected", "speakerId", "speakerMentionEnd", "speakerMentionStart", "speakerMentionText", "start", "text", "textNorm") SELECT "articleId", "contextEnd", "contextStart", "contextText", "cue", "end", "id", "kind", "speakerCorrected", "speakerId", "speakerMentionEnd", "speakerMentionStart", "speakerMentionText", "start", "text", "textNorm" FROM "Quote";
DROP TABLE "Quote";
ALTER TABLE "new_Quote" RENAME TO "Quote";
CREATE INDEX "Quote_articleId_start_idx" ON "Quote"("articleId", "start");
CREATE INDEX "Quote_speakerId_id_idx" ON "Quote"("speakerId", "id");
CREATE INDEX "Quote_kind_id_idx" ON "Quote"("kind", "id");
CREATE INDEX "Quote_statementId_idx" ON "Quote"("statementId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Statement_speakerId_reportCount_id_idx" ON "Statement"("speakerId", "reportCount", "id");

-- CreateIndex
CREATE INDEX "StatementBand_speakerId_hash_idx" ON "StatementBand"("speakerId", "hash");


-- hand-written: the redefinition above dropped Quote's full-text triggers (20261122064500_search_fts); created again, the index rebuilt
CREATE TRIGGER "QuoteFts_insert" AFTER INSERT ON "Quote" BEGIN
  INSERT INTO "QuoteFts"(rowid, "textNorm") VALUES (new."id", new."textNorm");
END;

-- hand-written:
CREATE TRIGGER "QuoteFts_delete" AFTER DELETE ON "Quote" BEGIN
  INSERT INTO "QuoteFts"("QuoteFts", rowid, "textNorm") VALUES ('delete', old."id", old."textNorm");
END;

-- hand-written:
CREATE TRIGGER "QuoteFts_update" AFTER UPDATE OF "id", "textNorm" ON "Quote" BEGIN
  INSERT INTO "QuoteFts"("QuoteFts", rowid, "textNorm") VALUES ('delete', old."id", old."textNorm");
  INSERT INTO "QuoteFts"(rowid, "textNorm") VALUES (new."id", new."textNorm");
END;

-- hand-written:
INSERT INTO "QuoteFts"("QuoteFts") VALUES ('rebuild');
