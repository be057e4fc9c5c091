-- CreateTable
CREATE TABLE "ActorSlugRedirect" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "actorId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ActorSlugRedirect_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ActorSlugRedirect_actorId_idx" ON "ActorSlugRedirect"("actorId");
