-- AlterTable
ALTER TABLE "Quote" ADD COLUMN "confidence" REAL;
