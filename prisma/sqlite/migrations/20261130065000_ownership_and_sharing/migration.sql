-- CreateTable
CREATE TABLE "ClassDocument" (
    "classId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "sharedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("classId", "documentId"),
    CONSTRAINT "ClassDocument_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClassDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClassDeck" (
    "classId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "sharedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("classId", "deckId"),
    CONSTRAINT "ClassDeck_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClassDeck_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Deck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "seed" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "warnings" TEXT NOT NULL DEFAULT '[]',
    "hiddenFromStudents" BOOLEAN NOT NULL DEFAULT false,
    "starter" BOOLEAN NOT NULL DEFAULT false,
    "deletedAt" DATETIME,
    "copiedFromId" TEXT,
    CONSTRAINT "Deck_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Deck" ("createdAt", "createdById", "description", "hiddenFromStudents", "id", "seed", "title", "warnings") SELECT "createdAt", "createdById", "description", "hiddenFromStudents", "id", "seed", "title", "warnings" FROM "Deck";
DROP TABLE "Deck";
ALTER TABLE "new_Deck" RENAME TO "Deck";
CREATE INDEX "Deck_createdById_idx" ON "Deck"("createdById");
CREATE INDEX "Deck_starter_idx" ON "Deck"("starter");
CREATE TABLE "new_Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "spans" TEXT NOT NULL DEFAULT '[]',
    "addedById" TEXT,
    "starter" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Document_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Document" ("addedById", "contentHash", "createdAt", "format", "id", "spans", "text", "title", "wordCount") SELECT "addedById", "contentHash", "createdAt", "format", "id", "spans", "text", "title", "wordCount" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
CREATE INDEX "Document_contentHash_idx" ON "Document"("contentHash");
CREATE INDEX "Document_starter_idx" ON "Document"("starter");
CREATE UNIQUE INDEX "Document_addedById_contentHash_key" ON "Document"("addedById", "contentHash");
CREATE TABLE "new_ItemCitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "itemId" TEXT NOT NULL,
    "documentId" TEXT,
    "position" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT,
    "documentTitle" TEXT,
    CONSTRAINT "ItemCitation_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ItemCitation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ItemCitation" ("documentId", "end", "id", "itemId", "position", "start") SELECT "documentId", "end", "id", "itemId", "position", "start" FROM "ItemCitation";
DROP TABLE "ItemCitation";
ALTER TABLE "new_ItemCitation" RENAME TO "ItemCitation";
CREATE INDEX "ItemCitation_itemId_idx" ON "ItemCitation"("itemId");
CREATE INDEX "ItemCitation_documentId_idx" ON "ItemCitation"("documentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ClassDocument_documentId_idx" ON "ClassDocument"("documentId");

-- CreateIndex
CREATE INDEX "ClassDeck_deckId_idx" ON "ClassDeck"("deckId");


-- The samples imported at first start (no owner) become the read-only starter collection.
UPDATE "Document" SET "starter" = 1 WHERE "addedById" IS NULL;
UPDATE "Deck" SET "starter" = 1 WHERE "createdById" IS NULL;
