-- AlterTable
ALTER TABLE "AssignmentWork" ADD COLUMN     "lastBeatAt" TIMESTAMP(3);
