-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "draft" TEXT,
ADD COLUMN     "draftSavedAt" TIMESTAMP(3);
