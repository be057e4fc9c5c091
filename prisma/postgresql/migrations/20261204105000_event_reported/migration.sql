-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "reported" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reportedById" INTEGER;

-- CreateIndex
CREATE INDEX "Event_reportedById_idx" ON "Event"("reportedById");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

