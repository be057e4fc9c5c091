-- Article."displayTitle": the one name shown everywhere; Article."bodyNorm": the normalised
-- body for full-text search (lib/db/search/README.md), with a GIN expression index like the
-- other searched columns. Rows stored before this migration hold "" until ingested again.
ALTER TABLE "Article" ADD COLUMN "displayTitle" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Article" ADD COLUMN "bodyNorm" TEXT NOT NULL DEFAULT '';

CREATE INDEX "Article_bodyNorm_fts_idx" ON "Article" USING GIN (to_tsvector('simple'::regconfig, "bodyNorm"));
