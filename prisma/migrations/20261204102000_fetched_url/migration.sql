-- CreateTable
CREATE TABLE "FetchedUrl" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" TEXT NOT NULL,
    "contentHash" TEXT,
    "articleId" INTEGER,
    "status" TEXT NOT NULL,
    "reason" TEXT,
    "fetchedAt" DATETIME NOT NULL,
    CONSTRAINT "FetchedUrl_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "FetchedUrl_url_key" ON "FetchedUrl"("url");

-- CreateIndex
CREATE INDEX "FetchedUrl_articleId_idx" ON "FetchedUrl"("articleId");

