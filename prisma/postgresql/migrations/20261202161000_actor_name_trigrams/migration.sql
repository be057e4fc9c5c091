-- Trigram indexes over actor names and aliases, for "did you mean" (lib/db/search/suggest-spelling.ts).
-- pg_trgm (a trusted extension shipped with PostgreSQL) lives in "public" whatever the app's schema,
-- so its operators are named with that schema; the lock keeps two schemas migrating at once from
-- racing to create it.
SELECT pg_advisory_xact_lock(hashtext('news-migrate:pg_trgm'));
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE INDEX "Actor_nameNorm_trgm_idx" ON "Actor" USING GIN ("nameNorm" public.gin_trgm_ops);

CREATE INDEX "ActorAlias_norm_trgm_idx" ON "ActorAlias" USING GIN ("norm" public.gin_trgm_ops);
