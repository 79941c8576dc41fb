-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "attemptNumber" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_assignmentId_userId_attemptNumber_key" ON "Attempt"("assignmentId", "userId", "attemptNumber");

