-- AlterTable
ALTER TABLE "Quote" ADD COLUMN "confidence" DOUBLE PRECISION;
