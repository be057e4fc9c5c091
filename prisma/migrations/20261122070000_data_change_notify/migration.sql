-- PostgreSQL only: triggers that notify the app's caches of committed writes.
-- SQLite needs nothing: the app reads PRAGMA data_version instead.
SELECT 1;
