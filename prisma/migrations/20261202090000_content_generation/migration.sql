-- AlterTable
ALTER TABLE "NewQuestionFrontier" ADD COLUMN     "generation" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ContentGeneration" (
    "id" INTEGER NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ContentGeneration_pkey" PRIMARY KEY ("id")
);
