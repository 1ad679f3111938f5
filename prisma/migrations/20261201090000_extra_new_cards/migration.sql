-- AlterTable
ALTER TABLE "User" ADD COLUMN     "extraNewCards" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "extraNewDay" TEXT;
