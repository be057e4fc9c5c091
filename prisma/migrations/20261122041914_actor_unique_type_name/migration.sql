-- DropIndex
DROP INDEX "Actor_type_nameNorm_idx";

-- CreateIndex
CREATE UNIQUE INDEX "Actor_type_nameNorm_key" ON "Actor"("type", "nameNorm");

