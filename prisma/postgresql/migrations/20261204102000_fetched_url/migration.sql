-- CreateTable
CREATE TABLE "FetchedUrl" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "contentHash" TEXT,
    "articleId" INTEGER,
    "status" TEXT NOT NULL,
    "reason" TEXT,
    "fetchedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FetchedUrl_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FetchedUrl_url_key" ON "FetchedUrl"("url");

-- CreateIndex
CREATE INDEX "FetchedUrl_articleId_idx" ON "FetchedUrl"("articleId");

-- AddForeignKey
ALTER TABLE "FetchedUrl" ADD CONSTRAINT "FetchedUrl_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

