-- AlterTable
ALTER TABLE "FinalMark" ADD COLUMN     "date" DATE;

