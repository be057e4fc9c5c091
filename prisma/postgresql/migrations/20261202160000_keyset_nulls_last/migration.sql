-- Keyset pagination indexes in list order (lib/db/queries/raw-keyset.ts): lists put undated
-- rows last in either direction, so newest-first reads ORDER BY key DESC NULLS LAST, id DESC.
-- PostgreSQL's plain btree scanned backwards gives DESC NULLS FIRST, which cannot serve that
-- order: every matching row was sorted before the LIMIT. These indexes match it exactly, so a
-- page walks the index and stops. Written by hand (Prisma's schema cannot say NULLS LAST);
-- the Prisma-declared indexes stay for range filters.

CREATE INDEX "Event_type_date_desc_idx" ON "Event" ("type", "date" DESC NULLS LAST, "id" DESC);

CREATE INDEX "Event_date_desc_idx" ON "Event" ("date" DESC NULLS LAST, "id" DESC);

CREATE INDEX "Article_publishedAt_desc_idx" ON "Article" ("publishedAt" DESC NULLS LAST, "id" DESC);
