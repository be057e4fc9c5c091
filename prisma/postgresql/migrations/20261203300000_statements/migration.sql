-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "statementId" INTEGER;

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "speakerId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "firstQuoteId" INTEGER NOT NULL,
    "firstReportedAt" TIMESTAMP(3),
    "firstReportedPrecision" "DatePrecision",
    "reportCount" INTEGER NOT NULL,
    "outletCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementBand" (
    "quoteId" INTEGER NOT NULL,
    "speakerId" INTEGER NOT NULL,
    "hash" INTEGER NOT NULL,

    CONSTRAINT "StatementBand_pkey" PRIMARY KEY ("quoteId","hash")
);

-- CreateIndex
CREATE INDEX "Statement_speakerId_reportCount_id_idx" ON "Statement"("speakerId", "reportCount", "id");

-- CreateIndex
CREATE INDEX "StatementBand_speakerId_hash_idx" ON "StatementBand"("speakerId", "hash");

-- CreateIndex
CREATE INDEX "Quote_statementId_idx" ON "Quote"("statementId");

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementBand" ADD CONSTRAINT "StatementBand_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

