-- AlterTable
ALTER TABLE "Deck" ADD COLUMN     "hiddenFromStudents" BOOLEAN NOT NULL DEFAULT false;

