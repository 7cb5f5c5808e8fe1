-- AlterTable
ALTER TABLE "AssignmentWork" ADD COLUMN "lastBeatAt" DATETIME;
