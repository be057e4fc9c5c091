-- The PostgreSQL migration of this name adds keyset indexes in list order (DESC NULLS LAST).
-- SQLite needs none: NULL sorts lowest, so DESC already puts undated rows last, and the
-- existing (type, date), (date, id) and (publishedAt, id) indexes, walked backwards, serve
-- ORDER BY key DESC NULLS LAST, id DESC and stop at the LIMIT.
SELECT 1;
