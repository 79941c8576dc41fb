-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "spans" TEXT NOT NULL DEFAULT '[]';

