-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN "draft" TEXT;
ALTER TABLE "QuizAttempt" ADD COLUMN "draftSavedAt" DATETIME;
