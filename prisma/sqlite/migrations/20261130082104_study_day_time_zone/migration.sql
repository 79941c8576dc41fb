-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'student',
    "retention" REAL NOT NULL DEFAULT 0.9,
    "dailyNewLimit" INTEGER NOT NULL DEFAULT 20,
    "timeZone" TEXT,
    "dayStartHour" INTEGER NOT NULL DEFAULT 4,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_User" ("createdAt", "dailyNewLimit", "email", "id", "name", "passwordHash", "retention", "role") SELECT "createdAt", "dailyNewLimit", "email", "id", "name", "passwordHash", "retention", "role" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Accounts made before time zones keep the days they were counted with (UTC, from midnight)
-- until their browser reports a zone (docs/decisions/061).
UPDATE "User" SET "dayStartHour" = 0;
