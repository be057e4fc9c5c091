-- PostgreSQL only: the rate limits' shared buckets (lib/http/postgres-rate-limiter.ts).
-- SQLite runs one process, whose buckets stay in memory.
SELECT 1;
