-- CreateTable
CREATE TABLE "FsrsParameters" (
    "userId" TEXT NOT NULL,
    "parameters" DOUBLE PRECISION[],
    "inUse" BOOLEAN NOT NULL,
    "reviewCount" INTEGER NOT NULL,
    "cardCount" INTEGER NOT NULL,
    "logLossDefault" DOUBLE PRECISION NOT NULL,
    "logLossFitted" DOUBLE PRECISION NOT NULL,
    "rmseBinsDefault" DOUBLE PRECISION NOT NULL,
    "rmseBinsFitted" DOUBLE PRECISION NOT NULL,
    "fitMs" INTEGER NOT NULL,
    "fittedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FsrsParameters_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "FsrsParameters" ADD CONSTRAINT "FsrsParameters_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
