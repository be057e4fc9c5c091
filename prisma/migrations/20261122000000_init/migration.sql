-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT,
    "titleNorm" TEXT NOT NULL DEFAULT '',
    "publisher" TEXT,
    "publisherNorm" TEXT NOT NULL DEFAULT '',
    "author" TEXT,
    "url" TEXT,
    "publishedAt" DATETIME,
    "publishedPrecision" TEXT,
    "dateline" TEXT,
    "body" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "warnings" TEXT NOT NULL DEFAULT '[]',
    "extractorVersion" TEXT NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameNorm" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "title" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ActorAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actorId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "norm" TEXT NOT NULL,
    CONSTRAINT "ActorAlias_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Mention_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Quote" (
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
    CONSTRAINT "Quote_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Quote_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "summaryNorm" TEXT NOT NULL,
    "date" DATETIME,
    "datePrecision" TEXT,
    "location" TEXT,
    "evidence" TEXT NOT NULL,
    "clusterKey" TEXT NOT NULL,
    CONSTRAINT "Event_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "eventId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("eventId", "actorId", "role"),
    CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventParticipant_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "quoteText" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "actorId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Correction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_sourceKey_key" ON "Article"("sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "Article_publisherNorm_idx" ON "Article"("publisherNorm");

-- CreateIndex
CREATE INDEX "Article_ingestedAt_id_idx" ON "Article"("ingestedAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_slug_key" ON "Actor"("slug");

-- CreateIndex
CREATE INDEX "Actor_nameNorm_idx" ON "Actor"("nameNorm");

-- CreateIndex
CREATE INDEX "Actor_type_nameNorm_idx" ON "Actor"("type", "nameNorm");

-- CreateIndex
CREATE INDEX "ActorAlias_norm_idx" ON "ActorAlias"("norm");

-- CreateIndex
CREATE UNIQUE INDEX "ActorAlias_actorId_norm_key" ON "ActorAlias"("actorId", "norm");

-- CreateIndex
CREATE INDEX "Mention_articleId_start_idx" ON "Mention"("articleId", "start");

-- CreateIndex
CREATE INDEX "Mention_actorId_articleId_idx" ON "Mention"("actorId", "articleId");

-- CreateIndex
CREATE INDEX "Quote_articleId_start_idx" ON "Quote"("articleId", "start");

-- CreateIndex
CREATE INDEX "Quote_speakerId_id_idx" ON "Quote"("speakerId", "id");

-- CreateIndex
CREATE INDEX "Quote_kind_id_idx" ON "Quote"("kind", "id");

-- CreateIndex
CREATE INDEX "Event_articleId_idx" ON "Event"("articleId");

-- CreateIndex
CREATE INDEX "Event_type_date_idx" ON "Event"("type", "date");

-- CreateIndex
CREATE INDEX "Event_date_id_idx" ON "Event"("date", "id");

-- CreateIndex
CREATE INDEX "Event_clusterKey_idx" ON "Event"("clusterKey");

-- CreateIndex
CREATE INDEX "EventParticipant_actorId_idx" ON "EventParticipant"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "Correction_articleId_kind_quoteStart_quoteText_key" ON "Correction"("articleId", "kind", "quoteStart", "quoteText");

