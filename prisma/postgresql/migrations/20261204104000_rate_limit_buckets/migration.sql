-- The rate limits' token buckets, shared by every app instance on this database
-- (lib/http/postgres-rate-limiter.ts): one row per limit and client, taken with one atomic
-- INSERT … ON CONFLICT DO UPDATE … RETURNING. UNLOGGED: no WAL for a hot, disposable table
-- (after a crash it starts empty, which only forgives clients); no data-change trigger, so
-- counting requests never invalidates the caches. Full buckets are deleted by "at".
CREATE UNLOGGED TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "allowed" BOOLEAN NOT NULL,
    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "RateLimitBucket_at_idx" ON "RateLimitBucket"("at");
