-- CreateIndex
CREATE INDEX "Mention_articleId_actorId_idx" ON "Mention"("articleId", "actorId");

