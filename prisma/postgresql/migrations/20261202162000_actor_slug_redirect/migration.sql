-- CreateTable
CREATE TABLE "ActorSlugRedirect" (
    "slug" TEXT NOT NULL,
    "actorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActorSlugRedirect_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "ActorSlugRedirect_actorId_idx" ON "ActorSlugRedirect"("actorId");

-- AddForeignKey
ALTER TABLE "ActorSlugRedirect" ADD CONSTRAINT "ActorSlugRedirect_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
