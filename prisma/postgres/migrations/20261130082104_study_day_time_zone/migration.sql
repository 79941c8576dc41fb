-- AlterTable
ALTER TABLE "User" ADD COLUMN     "dayStartHour" INTEGER NOT NULL DEFAULT 4,
ADD COLUMN     "timeZone" TEXT;


-- Accounts made before time zones keep the days they were counted with (UTC, from midnight)
-- until their browser reports a zone (docs/decisions/061).
UPDATE "User" SET "dayStartHour" = 0;
