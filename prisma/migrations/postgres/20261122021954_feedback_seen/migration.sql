-- AlterTable
ALTER TABLE "AssignmentMember" ADD COLUMN     "feedbackSeenAt" TIMESTAMP(3);
