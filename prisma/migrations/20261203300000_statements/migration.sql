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

-- hand-written: Prisma would redefine "Quote" (create, copy, drop, rename), which drops the
-- QuoteFts triggers of 20261122064500_search_fts; SQLite can add a nullable column with a
-- foreign key in place, which keeps the table, its triggers and its rows as they are.
ALTER TABLE "Quote" ADD COLUMN "statementId" INTEGER REFERENCES "Statement" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Quote_statementId_idx" ON "Quote"("statementId");

-- CreateIndex
CREATE INDEX "Statement_speakerId_reportCount_id_idx" ON "Statement"("speakerId", "reportCount", "id");

-- CreateIndex
CREATE INDEX "StatementBand_speakerId_hash_idx" ON "StatementBand"("speakerId", "hash");
