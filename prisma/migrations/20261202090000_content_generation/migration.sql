-- AlterTable
ALTER TABLE "NewQuestionFrontier" ADD COLUMN     "generation" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ContentGeneration" (
    "id" INTEGER NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ContentGeneration_pkey" PRIMARY KEY ("id")
);

-- Frontiers written before this migration were kept by per-user restarts that could miss a raise
-- racing a sync or an undo: void them all once.
INSERT INTO "ContentGeneration" ("id", "generation") VALUES (1, 1);
