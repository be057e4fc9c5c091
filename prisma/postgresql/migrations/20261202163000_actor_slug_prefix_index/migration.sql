-- Ingest looks up the stored slugs starting with a crowded base ("slug" LIKE 'base%',
-- lib/db/resolve-actor.ts). Under a collation other than "C" the plain btree cannot serve a
-- prefix LIKE, so each such lookup read the whole Actor table, a cost that grew with the
-- database (70 ms per lookup at 45,000 actors on a loaded machine). text_pattern_ops can.
CREATE INDEX "Actor_slug_prefix_idx" ON "Actor" ("slug" text_pattern_ops);
