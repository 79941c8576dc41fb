-- AlterTable
ALTER TABLE "Deck" ADD COLUMN     "importHash" TEXT,
ADD COLUMN     "importedFrom" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Deck_createdById_importHash_key" ON "Deck"("createdById", "importHash");

