-- CreateIndex
CREATE INDEX "TeachingAssignment_groupId_idx" ON "TeachingAssignment"("groupId");

