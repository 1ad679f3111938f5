-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "site" TEXT;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "alteration" JSONB,
ADD COLUMN     "answerEnd" INTEGER,
ADD COLUMN     "answerStart" INTEGER,
ADD COLUMN     "factKind" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "Sentence" ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SourceConflict" (
    "id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "claims" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceConflict_pkey" PRIMARY KEY ("id")
);
