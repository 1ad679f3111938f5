-- DropForeignKey
ALTER TABLE "Attempt" DROP CONSTRAINT "Attempt_assignmentId_fkey";

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
