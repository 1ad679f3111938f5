-- DropIndex
DROP INDEX "AttemptAnswer_userId_idx";

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "deadlineAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "AttemptAnswer_userId_idempotencyKey_key" ON "AttemptAnswer"("userId", "idempotencyKey");
