-- The PostgreSQL migration of this name adds a prefix index for slug lookups. SQLite's LIKE
-- is case-insensitive, so no index on "slug" serves it; the scan is a few milliseconds in-process.
SELECT 1;
