-- AlterTable
ALTER TABLE "AssignmentMember" ADD COLUMN "feedbackSeenAt" DATETIME;
