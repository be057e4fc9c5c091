-- Event.reported and Event.reportedById (issue #18). Hand-written: Prisma redefines the table on
-- SQLite; adding the columns in place keeps every row, index and trigger as it is.
ALTER TABLE "Event" ADD COLUMN "reported" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Event" ADD COLUMN "reportedById" INTEGER REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "Event_reportedById_idx" ON "Event"("reportedById");
