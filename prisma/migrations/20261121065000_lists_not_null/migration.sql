-- Lists are never NULL: an entity without aliases, or a claim reported directly, has an empty list.
UPDATE "Entity" SET "aliases" = ARRAY[]::TEXT[] WHERE "aliases" IS NULL;
ALTER TABLE "Entity" ALTER COLUMN "aliases" SET DEFAULT ARRAY[]::TEXT[], ALTER COLUMN "aliases" SET NOT NULL;
UPDATE "Claim" SET "via" = ARRAY[]::TEXT[] WHERE "via" IS NULL;
ALTER TABLE "Claim" ALTER COLUMN "via" SET DEFAULT ARRAY[]::TEXT[], ALTER COLUMN "via" SET NOT NULL;
