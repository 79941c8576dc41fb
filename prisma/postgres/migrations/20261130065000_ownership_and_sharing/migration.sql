-- DropForeignKey
ALTER TABLE "ItemCitation" DROP CONSTRAINT "ItemCitation_documentId_fkey";

-- DropIndex
DROP INDEX "Document_contentHash_key";

-- AlterTable
ALTER TABLE "Deck" ADD COLUMN     "copiedFromId" TEXT,
ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "starter" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "starter" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ItemCitation" ADD COLUMN     "documentTitle" TEXT,
ADD COLUMN     "quote" TEXT,
ALTER COLUMN "documentId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "ClassDocument" (
    "classId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassDocument_pkey" PRIMARY KEY ("classId","documentId")
);

-- CreateTable
CREATE TABLE "ClassDeck" (
    "classId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassDeck_pkey" PRIMARY KEY ("classId","deckId")
);

-- CreateIndex
CREATE INDEX "ClassDocument_documentId_idx" ON "ClassDocument"("documentId");

-- CreateIndex
CREATE INDEX "ClassDeck_deckId_idx" ON "ClassDeck"("deckId");

-- CreateIndex
CREATE INDEX "Deck_createdById_idx" ON "Deck"("createdById");

-- CreateIndex
CREATE INDEX "Deck_starter_idx" ON "Deck"("starter");

-- CreateIndex
CREATE INDEX "Document_contentHash_idx" ON "Document"("contentHash");

-- CreateIndex
CREATE INDEX "Document_starter_idx" ON "Document"("starter");

-- CreateIndex
CREATE UNIQUE INDEX "Document_addedById_contentHash_key" ON "Document"("addedById", "contentHash");

-- AddForeignKey
ALTER TABLE "ClassDocument" ADD CONSTRAINT "ClassDocument_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassDocument" ADD CONSTRAINT "ClassDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassDeck" ADD CONSTRAINT "ClassDeck_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassDeck" ADD CONSTRAINT "ClassDeck_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemCitation" ADD CONSTRAINT "ItemCitation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The samples imported at first start (no owner) become the read-only starter collection.
UPDATE "Document" SET "starter" = true WHERE "addedById" IS NULL;
UPDATE "Deck" SET "starter" = true WHERE "createdById" IS NULL;
