-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION', 'ANONYMOUS');

-- CreateEnum
CREATE TYPE "QuoteKind" AS ENUM ('DIRECT', 'PARTIAL', 'INDIRECT');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('AGENT', 'TARGET', 'OTHER');

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT,
    "titleNorm" TEXT NOT NULL DEFAULT '',
    "publisher" TEXT,
    "publisherNorm" TEXT NOT NULL DEFAULT '',
    "author" TEXT,
    "url" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishedPrecision" "DatePrecision",
    "dateline" TEXT,
    "body" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "warnings" TEXT NOT NULL DEFAULT '[]',
    "extractorVersion" TEXT NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameNorm" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "type" "ActorType" NOT NULL,
    "title" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorAlias" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "norm" TEXT NOT NULL,

    CONSTRAINT "ActorAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "form" TEXT NOT NULL,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "speakerId" INTEGER,
    "text" TEXT NOT NULL,
    "textNorm" TEXT NOT NULL,
    "kind" "QuoteKind" NOT NULL,
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

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "summaryNorm" TEXT NOT NULL,
    "date" TIMESTAMP(3),
    "datePrecision" "DatePrecision",
    "location" TEXT,
    "evidence" TEXT NOT NULL,
    "clusterKey" TEXT NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "eventId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "role" "ParticipantRole" NOT NULL,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("eventId","actorId","role")
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "quoteText" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "actorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "ActorAlias" ADD CONSTRAINT "ActorAlias_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

