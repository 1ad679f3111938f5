-- CreateTable
CREATE TABLE "NewQuestionFrontier" (
    "userId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NewQuestionFrontier_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "NewQuestionFrontier" ADD CONSTRAINT "NewQuestionFrontier_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
