-- Full-text indexes for search (lib/db/search/README.md): GIN expression indexes over the
-- normalised columns (lower-case, accent-free words written by the app), parsed with the
-- 'simple' configuration (no stemming, no stop words), so no extension is needed.
-- Queries must repeat the indexed expression exactly: to_tsvector('simple'::regconfig, "col").

CREATE INDEX "Quote_textNorm_fts_idx" ON "Quote" USING GIN (to_tsvector('simple'::regconfig, "textNorm"));

CREATE INDEX "Article_titleNorm_fts_idx" ON "Article" USING GIN (to_tsvector('simple'::regconfig, "titleNorm"));

CREATE INDEX "Actor_nameNorm_fts_idx" ON "Actor" USING GIN (to_tsvector('simple'::regconfig, "nameNorm"));

CREATE INDEX "ActorAlias_norm_fts_idx" ON "ActorAlias" USING GIN (to_tsvector('simple'::regconfig, "norm"));
